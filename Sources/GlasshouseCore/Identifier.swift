/// The id rules of content.md §2, and the names every OS can hold (the site must check out on
/// Windows, macOS and Linux).
public enum Identifier {
    /// Team and unit ids: `^[a-z0-9][a-z0-9-]{0,62}$`, and not a name Windows reserves.
    public static func isValid(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard (1...63).contains(bytes.count) else { return false }
        func isLowerAlnum(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) }
        return isLowerAlnum(bytes[0]) && bytes.dropFirst().allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
            && !isWindowsReserved(id)
    }

    /// Why `id` is not valid, for messages: `(lower-case letters, …)` or the Windows reservation.
    public static func rule(for id: String) -> String {
        isWindowsReserved(id)
            ? "Windows reserves the name \(id), so the content could not be checked out there"
            : "lower-case letters, digits and -, at most 63"
    }

    /// Slugs of Markdown pages (file names without `.md`): letters, digits, `-`, `_`, `.`; no
    /// leading or trailing dot (Windows drops a trailing one); not a name Windows reserves.
    public static func isValidSlug(_ slug: String) -> Bool {
        guard let first = slug.unicodeScalars.first, first != ".", slug.last != ".", slug.utf8.count <= 200,
            !isWindowsReserved(slug)
        else { return false }
        return slug.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) }
    }

    /// `con`, `prn`, `aux`, `nul`, `com1`–`com9`, `lpt1`–`lpt9` in any case, also with an extension
    /// (`con.md`, `nul.tar.gz`): names Windows cannot create as files or folders.
    public static func isWindowsReserved(_ name: String) -> Bool {
        // Every reserved stem is 3 or 4 ASCII letters and digits before the first dot and any
        // trailing spaces: anything longer or shorter is not reserved (the content loader asks
        // this of every part of every path, 40,000 times on a 1,000-team org).
        var length = 0
        var spaces = 0
        for byte in name.utf8 {
            if byte == UInt8(ascii: ".") { break }
            length += 1
            spaces = byte == UInt8(ascii: " ") ? spaces + 1 : 0
            if spaces == 0 && length > 4 { return false }
        }
        guard length - spaces == 3 || length - spaces == 4 else { return false }
        let stem = (name.split(separator: ".", omittingEmptySubsequences: false).first ?? "").lowercased()
        let trimmed = String(stem.reversed().drop(while: { $0 == " " }).reversed())
        if ["con", "prn", "aux", "nul"].contains(trimmed) { return true }
        guard trimmed.count == 4, trimmed.hasPrefix("com") || trimmed.hasPrefix("lpt"), let digit = trimmed.last else { return false }
        return ("1"..."9").contains(digit)
    }
}
