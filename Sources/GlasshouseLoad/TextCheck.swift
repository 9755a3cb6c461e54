/// What the bytes of every content text file must be before anything reads them (content.md §2):
/// UTF-8, and free of the characters XML 1.0 forbids (C0 controls other than tab, LF and CR;
/// U+FFFE and U+FFFF), which would otherwise reach `feed.xml` and `sitemap.xml` and make them
/// invalid. Both are reported with the line they are on.
enum TextCheck {
    /// The first problem of a file: its line (1-based) and what is wrong.
    struct Problem: Equatable, Sendable {
        let line: Int
        let message: String
    }

    /// The first problem in `bytes` (a BOM already removed), nil when the text is acceptable.
    static func problem(in bytes: ArraySlice<UInt8>) -> Problem? {
        bytes.withUnsafeBufferPointer { problem(in: $0) }
    }

    private static func problem(in bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        var line = 1
        var index = 0
        let end = bytes.count
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < end && range.contains(bytes[index + offset])
        }
        while index < end {
            // Eight bytes at once while they are all ASCII from 0x20 up (no line feed, no control
            // character): the bulk of a data file, and nothing to check in them.
            if index + 8 <= end {
                let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                if word & Self.highBits == 0, (word &- Self.spaces) & ~word & Self.highBits == 0 {
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x0A {
                    line += 1
                } else if byte < 0x20, byte != 0x09, byte != 0x0D {
                    return forbidden(UInt32(byte), line: line)
                }
                index += 1
                continue
            }
            // Well-formed UTF-8 sequences (Unicode Table 3-7).
            let length: Int
            switch byte {
            case 0xC2...0xDF where continuation(1): length = 2
            case 0xE0 where continuation(1, 0xA0...0xBF) && continuation(2): length = 3
            case 0xE1...0xEC where continuation(1) && continuation(2), 0xEE...0xEF where continuation(1) && continuation(2): length = 3
            case 0xED where continuation(1, 0x80...0x9F) && continuation(2): length = 3
            case 0xF0 where continuation(1, 0x90...0xBF) && continuation(2) && continuation(3): length = 4
            case 0xF1...0xF3 where continuation(1) && continuation(2) && continuation(3): length = 4
            case 0xF4 where continuation(1, 0x80...0x8F) && continuation(2) && continuation(3): length = 4
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                return Problem(line: line, message: "the file is not valid UTF-8 (byte 0x\(hex) on this line); save it as UTF-8")
            }
            if byte == 0xEF, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
                return forbidden(bytes[index + 2] == 0xBE ? 0xFFFE : 0xFFFF, line: line)
            }
            index += length
        }
        return nil
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let spaces: UInt64 = 0x2020_2020_2020_2020

    /// The number of line feeds in `bytes`, counted eight bytes at a time.
    static func lineFeeds(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var index = 0
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
            // The high bit of each byte that is zero (a line feed before the xor), and no other bit.
            count += (~(((word & low) &+ low) | word | low)).nonzeroBitCount
            index += 8
        }
        while index < bytes.count {
            if bytes[index] == 0x0A { count += 1 }
            index += 1
        }
        return count
    }

    private static func forbidden(_ scalar: UInt32, line: Int) -> Problem {
        Problem(
            line: line,
            message: "the character \(code(scalar)) is not allowed in content (XML 1.0 forbids it; the feed and sitemap could not carry it); remove it")
    }

    /// Whether XML 1.0 forbids `scalar` (for values decoded from escapes, such as YAML's `"\e"`).
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    /// `U+001B`.
    static func code(_ scalar: Unicode.Scalar) -> String { code(scalar.value) }

    static func code(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
