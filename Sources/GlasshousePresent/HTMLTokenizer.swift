/// The sanitiser's tokenizer, after the HTML5 tokenizer's rules for tags, attributes, comments
/// and raw-text elements.
extension HTMLSanitizer {
    /// One piece of HTML as the HTML5 tokenizer sees it.
    enum Token {
        case text(Range<Int>)
        /// A `<` that starts no markup.
        case lessThan
        case startTag(String, [(name: String, value: String?)])
        case endTag(String)
        /// A comment, doctype, processing instruction, CDATA section or tag cut off by the end.
        case dropped
    }

    /// Splits HTML bytes into tokens; names are lower-cased, values still hold character references.
    struct Tokenizer {
        let bytes: [UInt8]
        private var position = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        private static let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/"), eq = UInt8(ascii: "=")

        private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D }
        private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

        mutating func next() -> Token? {
            guard position < bytes.count else { return nil }
            guard bytes[position] == Self.lt else {
                let start = position
                while position < bytes.count, bytes[position] != Self.lt { position += 1 }
                return .text(start..<position)
            }
            let following = position + 1 < bytes.count ? bytes[position + 1] : 0
            if following == UInt8(ascii: "!") {
                if bytes[position...].starts(with: Array("<!--".utf8)) {
                    skip(past: Array("-->".utf8), from: position + 4)
                } else {
                    skip(past: [Self.gt], from: position + 2)
                }
                return .dropped
            }
            if following == UInt8(ascii: "?") {
                skip(past: [Self.gt], from: position + 2)
                return .dropped
            }
            if following == Self.slash, position + 2 < bytes.count, Self.isLetter(bytes[position + 2]) {
                position += 2
                let name = readName()
                guard readAttributes() != nil else { return .dropped }
                return .endTag(name)
            }
            if Self.isLetter(following) {
                position += 1
                let name = readName()
                guard let attributes = readAttributes() else { return .dropped }
                return .startTag(name, attributes)
            }
            position += 1
            return .lessThan
        }

        /// Moves past the first `terminator` at or after `start`, or to the end.
        private mutating func skip(past terminator: [UInt8], from start: Int) {
            var index = start
            while index < bytes.count {
                if bytes[index...].starts(with: terminator) {
                    position = index + terminator.count
                    return
                }
                index += 1
            }
            position = bytes.count
        }

        /// Drops everything up to and including `</name…>` (case-insensitive), or to the end.
        mutating func skipContent(of name: String) {
            let closing = Array("</\(name)".utf8)
            var index = position
            while index + closing.count <= bytes.count {
                if zip(bytes[index..<(index + closing.count)], closing).allSatisfy({ $0 | ($1 >= 0x61 ? 0x20 : 0) == $1 }) {
                    let after = index + closing.count
                    if after == bytes.count || Self.isSpace(bytes[after]) || bytes[after] == Self.slash || bytes[after] == Self.gt {
                        position = after
                        _ = readAttributes()
                        return
                    }
                }
                index += 1
            }
            position = bytes.count
        }

        private mutating func readName() -> String {
            let start = position
            while position < bytes.count, !Self.isSpace(bytes[position]), bytes[position] != Self.slash, bytes[position] != Self.gt {
                position += 1
            }
            return String(decoding: bytes[start..<position], as: UTF8.self).lowercased()
        }

        /// Attributes up to and including the closing `>`; nil when the input ends first (browsers
        /// drop such a tag).
        private mutating func readAttributes() -> [(name: String, value: String?)]? {
            var attributes: [(name: String, value: String?)] = []
            while true {
                while position < bytes.count, Self.isSpace(bytes[position]) || bytes[position] == Self.slash { position += 1 }
                guard position < bytes.count else { return nil }
                if bytes[position] == Self.gt {
                    position += 1
                    return attributes
                }
                // A name runs to a space, `/`, `>` or `=` (an `=` first is part of the name).
                let start = position
                position += 1
                while position < bytes.count, !Self.isSpace(bytes[position]), bytes[position] != Self.slash,
                    bytes[position] != Self.gt, bytes[position] != Self.eq
                {
                    position += 1
                }
                let name = String(decoding: bytes[start..<position], as: UTF8.self).lowercased()
                while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
                guard position < bytes.count, bytes[position] == Self.eq else {
                    attributes.append((name, nil))
                    continue
                }
                position += 1
                while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
                guard position < bytes.count else { return nil }
                let quote = bytes[position]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    position += 1
                    let valueStart = position
                    while position < bytes.count, bytes[position] != quote { position += 1 }
                    guard position < bytes.count else { return nil }
                    attributes.append((name, String(decoding: bytes[valueStart..<position], as: UTF8.self)))
                    position += 1
                } else {
                    let valueStart = position
                    while position < bytes.count, !Self.isSpace(bytes[position]), bytes[position] != Self.gt { position += 1 }
                    attributes.append((name, String(decoding: bytes[valueStart..<position], as: UTF8.self)))
                }
            }
        }
    }
}
