/// Parses the contract's timestamps and dates (content.md §2) straight from bytes.
///
/// Hand-written because Foundation's ISO8601DateFormatter is slow, allocates per call and cannot
/// tell "no offset" (an error we must name) from other malformations.
public enum Timestamps {
    /// The outcome of parsing a timestamp.
    public enum Parsed: Sendable, Equatable {
        case instant(Instant)
        /// A well-formed local date-time without `Z` or an offset: ambiguous, so an error.
        case missingOffset
        case invalid
    }

    /// `YYYY-MM-DDTHH:MM[:SS[.fraction]]` followed by `Z` or `±HH:MM` / `±HHMM` / `±HH`.
    /// A space may stand for `T`. With `assumeUTC`, the space-separated form without an offset
    /// (`2024-09-18 22:00:00`, FOCUS exports, content.md §7.2) means UTC; the `T` form still needs one.
    public static func parse<C: Collection<UInt8>>(_ text: C, assumeUTC: Bool = false) -> Parsed where C.Index == Int {
        parseBytes(text, assumeUTC: assumeUTC)
    }

    /// The same for a slice of a file's bytes (the CSV reader's fields): a concrete overload, so that
    /// callers in other modules run code specialised here instead of the generic one, which looked
    /// up generic metadata on every call (a seventh of the CPU of loading L).
    public static func parse(_ text: ArraySlice<UInt8>, assumeUTC: Bool = false) -> Parsed {
        parseBytes(text, assumeUTC: assumeUTC)
    }

    static func parseBytes<C: Collection<UInt8>>(_ text: C, assumeUTC: Bool) -> Parsed where C.Index == Int {
        var scanner = ByteScanner(text)
        guard let day = scanner.date(), let separator = scanner.next(),
            separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == UInt8(ascii: " "),
            let hour = scanner.digits(2), hour < 24, scanner.expect(UInt8(ascii: ":")), let minute = scanner.digits(2), minute < 60
        else { return .invalid }
        var second = 0
        var micros = 0
        if scanner.peek == UInt8(ascii: ":") {
            _ = scanner.next()
            guard let s = scanner.digits(2), s < 60 else { return .invalid }
            second = s
            if scanner.peek == UInt8(ascii: ".") || scanner.peek == UInt8(ascii: ",") {
                _ = scanner.next()
                var digits = 0
                while let byte = scanner.peek, byte >= 0x30, byte <= 0x39 {
                    _ = scanner.next()
                    if digits < 6 { micros = micros * 10 + Int(byte - 0x30) }
                    digits += 1
                }
                guard digits > 0 else { return .invalid }
                if digits < 6 { for _ in digits..<6 { micros *= 10 } }
            }
        }
        var offsetSeconds = 0
        switch scanner.next() {
        case nil:
            guard assumeUTC, separator == UInt8(ascii: " ") else { return .missingOffset }
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            break
        case let sign? where sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"):
            guard let hours = scanner.digits(2), hours <= 18 else { return .invalid }
            var minutes = 0
            let colon = scanner.peek == UInt8(ascii: ":")
            if colon { _ = scanner.next() }
            if colon || scanner.peek != nil {
                guard let m = scanner.digits(2), m < 60 else { return .invalid }
                minutes = m
            }
            offsetSeconds = (hours * 3600 + minutes * 60) * (sign == UInt8(ascii: "+") ? 1 : -1)
        default:
            return .invalid
        }
        guard scanner.atEnd else { return .invalid }
        let seconds = Int64(day.ordinal) * 86_400 + Int64(hour * 3600 + minute * 60 + second - offsetSeconds)
        return .instant(Instant(microseconds: seconds * 1_000_000 + Int64(micros)))
    }

    public static func parse(_ text: String, assumeUTC: Bool = false) -> Parsed {
        parseBytes(Array(text.utf8), assumeUTC: assumeUTC)
    }

    /// `YYYY-MM-DD`, nil unless the whole text is one real calendar day.
    public static func date<C: Collection<UInt8>>(_ text: C) -> Day? where C.Index == Int {
        var scanner = ByteScanner(text)
        guard let day = scanner.date(), scanner.atEnd else { return nil }
        return day
    }

    public static func date(_ text: String) -> Day? { date(Array(text.utf8)) }
}

/// A cursor over ASCII bytes for the fixed-width fields of dates and times.
struct ByteScanner<C: Collection<UInt8>> where C.Index == Int {
    private let bytes: C
    private var index: Int

    init(_ bytes: C) {
        self.bytes = bytes
        index = bytes.startIndex
    }

    var atEnd: Bool { index >= bytes.endIndex }
    var peek: UInt8? { atEnd ? nil : bytes[index] }

    mutating func next() -> UInt8? {
        guard !atEnd else { return nil }
        defer { index += 1 }
        return bytes[index]
    }

    mutating func expect(_ byte: UInt8) -> Bool { next() == byte }

    /// Exactly `count` decimal digits.
    mutating func digits(_ count: Int) -> Int? {
        var value = 0
        for _ in 0..<count {
            guard let byte = next(), byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// `YYYY-MM-DD` as a real calendar day.
    mutating func date() -> Day? {
        guard let year = digits(4), expect(UInt8(ascii: "-")), let month = digits(2), expect(UInt8(ascii: "-")), let day = digits(2) else { return nil }
        return Day(year: year, month: month, day: day)
    }
}
