/// A JSON value with object keys in the order they were given, serialized deterministically.
///
/// Hand-written rather than `JSONEncoder` because the export needs keys in the contract's order
/// (not alphabetical), explicit `null` for undefined figures and unrounded numbers.
public indirect enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public static func == (lhs: JSON, rhs: JSON) -> Bool { lhs.serialized() == rhs.serialized() }

    /// A figure that may be undefined: its value, or `null` (site.md §4).
    static func nullable(_ value: Double?) -> JSON { value.map { .number($0) } ?? .null }
    static func nullable(_ value: Bool?) -> JSON { value.map { .bool($0) } ?? .null }
    static func nullable(_ value: String?) -> JSON { value.map { .string($0) } ?? .null }
    static func nullable(_ value: Int?) -> JSON { value.map { .int($0) } ?? .null }

    /// Pretty-printed with two-space indentation and a final newline.
    public func serialized() -> String { String(decoding: serializedBytes(), as: UTF8.self) }

    /// `serialized()` as UTF-8, written straight into one byte buffer (what the export writes).
    public func serializedBytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(to: &out, indent: 0)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    private static func indent(_ level: Int, into out: inout [UInt8]) {
        for _ in 0..<level * 2 { out.append(UInt8(ascii: " ")) }
    }

    private func write(to out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let value): out += (value ? "true" : "false").utf8
        case .int(let value): out += String(value).utf8
        case .number(let value): out += Self.format(value).utf8
        case .string(let value): Self.quote(value, into: &out)
        case .array(let values):
            if values.isEmpty { out += "[]".utf8; return }
            out += "[\n".utf8
            for (index, value) in values.enumerated() {
                Self.indent(indent + 1, into: &out)
                value.write(to: &out, indent: indent + 1)
                out += (index == values.count - 1 ? "\n" : ",\n").utf8
            }
            Self.indent(indent, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            if pairs.isEmpty { out += "{}".utf8; return }
            out += "{\n".utf8
            for (index, pair) in pairs.enumerated() {
                Self.indent(indent + 1, into: &out)
                Self.quote(pair.0, into: &out)
                out += ": ".utf8
                pair.1.write(to: &out, indent: indent + 1)
                out += (index == pairs.count - 1 ? "\n" : ",\n").utf8
            }
            Self.indent(indent, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Shortest round-trip decimal; integral values without a fraction; non-finite as null.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// `text` as a JSON string: `" \\` and controls escaped, `<` as `\\u003c` (safe to inline in HTML),
    /// U+2028 and U+2029 escaped (JavaScript line terminators). Works on the UTF-8 bytes: every
    /// byte to escape is ASCII except those two, whose encodings start with E2 80.
    static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var run = 0
            var index = 0
            func flush(_ end: Int) {
                if end > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<end])) }
            }
            while index < bytes.count {
                let byte = bytes[index]
                var escape: String?
                var length = 1
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case UInt8(ascii: "\n"): escape = "\\n"
                case UInt8(ascii: "\r"): escape = "\\r"
                case UInt8(ascii: "\t"): escape = "\\t"
                case UInt8(ascii: "<"): escape = "\\u003c"
                case 0..<0x20:
                    let hex = String(byte, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape = bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    length = 3
                default: break
                }
                if let escape {
                    flush(index)
                    out += escape.utf8
                    run = index + length
                }
                index += length
            }
            flush(bytes.count)
        }
        out.append(UInt8(ascii: "\""))
    }
}
