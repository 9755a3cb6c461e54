/// The id rules of content.md §2.
public enum Identifier {
    /// Team and unit ids: `^[a-z0-9][a-z0-9-]{0,62}$`.
    public static func isValid(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard (1...63).contains(bytes.count) else { return false }
        func isLowerAlnum(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) }
        return isLowerAlnum(bytes[0]) && bytes.dropFirst().allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
    }

    /// Slugs of Markdown pages (file names without `.md`): letters, digits, `-`, `_`, `.`; no leading dot.
    public static func isValidSlug(_ slug: String) -> Bool {
        guard let first = slug.unicodeScalars.first, first != ".", slug.utf8.count <= 200 else { return false }
        return slug.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) }
    }
}
