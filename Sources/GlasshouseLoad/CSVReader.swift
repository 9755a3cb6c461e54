import GlasshouseCore

/// A streaming RFC 4180 CSV reader over bytes.
///
/// Hand-written rather than taken from a library (SwiftCSV, CSV.swift) because those materialise every
/// field as a `String`; this reader yields byte ranges so that numbers and timestamps are parsed
/// straight from the file's bytes and only the fields a loader keeps become strings. It accepts a
/// UTF-8 BOM, LF and CRLF line endings, quoted fields with doubled quotes and embedded separators
/// and newlines, skips empty lines, never traps on malformed input and reports errors with line numbers.
public struct CSVReader: Sendable {
    /// One field of the current record: a range into the reader's bytes.
    public struct Field: Sendable {
        public var start: Int
        public var end: Int
        /// The field was quoted and contains doubled quotes that must be collapsed.
        public var hasEscapedQuotes: Bool
    }

    /// Malformed CSV that cannot be read past.
    public struct Failure: Error, Sendable, Equatable {
        public var line: Int
        public var message: String
        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }
    }

    public let bytes: [UInt8]
    private var position: Int
    private var line = 1

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

    /// Reads the next record into `fields` (cleared first) and returns the line it starts on,
    /// or nil at the end of input. Empty lines are skipped.
    public mutating func nextRecord(into fields: inout [Field]) throws(Failure) -> Int? {
        fields.removeAll(keepingCapacity: true)
        let count = bytes.count
        // Skip empty lines.
        while position < count {
            if bytes[position] == Self.lf {
                position += 1
                line += 1
            } else if bytes[position] == Self.cr, position + 1 < count, bytes[position + 1] == Self.lf {
                position += 2
                line += 1
            } else {
                break
            }
        }
        guard position < count else { return nil }
        let startLine = line
        while true {
            if position < count, bytes[position] == Self.quote {
                let openedOn = line
                position += 1
                let start = position
                var escaped = false
                while true {
                    guard position < count else {
                        throw Failure(line: openedOn, message: "a quoted field is never closed")
                    }
                    let byte = bytes[position]
                    if byte == Self.quote {
                        if position + 1 < count, bytes[position + 1] == Self.quote {
                            escaped = true
                            position += 2
                            continue
                        }
                        break
                    }
                    if byte == Self.lf { line += 1 }
                    position += 1
                }
                fields.append(Field(start: start, end: position, hasEscapedQuotes: escaped))
                position += 1  // closing quote
                guard position < count else { return startLine }
                switch bytes[position] {
                case Self.comma: position += 1; continue
                case Self.lf: position += 1; line += 1; return startLine
                case Self.cr where position + 1 < count && bytes[position + 1] == Self.lf:
                    position += 2; line += 1; return startLine
                default:
                    throw Failure(line: line, message: "a closing quote must be followed by a comma or the end of the line")
                }
            }
            let start = position
            while position < count {
                let byte = bytes[position]
                if byte == Self.comma || byte == Self.lf { break }
                if byte == Self.cr, position + 1 < count, bytes[position + 1] == Self.lf { break }
                if byte == Self.quote {
                    throw Failure(line: line, message: "a quote inside an unquoted field (quote the whole field and double the quote)")
                }
                position += 1
            }
            fields.append(Field(start: start, end: position, hasEscapedQuotes: false))
            guard position < count else { return startLine }
            switch bytes[position] {
            case Self.comma: position += 1
            case Self.lf: position += 1; line += 1; return startLine
            default: position += 2; line += 1; return startLine  // CRLF
            }
        }
    }

    /// The field's text, quotes collapsed. Invalid UTF-8 is repaired with U+FFFD.
    public func string(_ field: Field) -> String {
        let slice = bytes[field.start..<field.end]
        guard field.hasEscapedQuotes else { return String(decoding: slice, as: UTF8.self) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(slice.count)
        var previousWasQuote = false
        for byte in slice {
            if byte == Self.quote && previousWasQuote {
                previousWasQuote = false
                continue
            }
            previousWasQuote = byte == Self.quote
            unescaped.append(byte)
        }
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// The field without surrounding ASCII spaces and tabs, as a field (no string is made).
    public func trimmed(_ field: Field) -> Field {
        var start = field.start, end = field.end
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return Field(start: start, end: end, hasEscapedQuotes: field.hasEscapedQuotes)
    }

    /// The field's text with surrounding ASCII spaces and tabs removed.
    public func trimmedString(_ field: Field) -> String { string(trimmed(field)) }
}

/// A CSV file's header row: maps the contract's column names (case-insensitive, trimmed) to indexes.
public struct CSVHeader: Sendable {
    public let width: Int
    private let indexes: [String: Int]
    /// The same, as a list: a data file has a handful of columns, and comparing short names is
    /// cheaper than hashing them on every field of every row.
    private let columns: [(name: String, index: Int)]

    /// Reads the header of `reader`; reports duplicate columns and missing `required` ones.
    /// Returns nil when the file has no header row or cannot be read.
    public static func read(
        _ reader: inout CSVReader, file: String, required: [String], diagnostics: inout Diagnostics
    ) -> CSVHeader? {
        var fields: [CSVReader.Field] = []
        let headerLine: Int?
        do {
            headerLine = try reader.nextRecord(into: &fields)
        } catch {
            diagnostics.error(file, line: error.line, error.message)
            return nil
        }
        guard let headerLine else {
            diagnostics.error(file, line: 1, "the file is empty; expected a header row with \(required.joined(separator: ", "))")
            return nil
        }
        var indexes: [String: Int] = [:]
        for (index, field) in fields.enumerated() {
            let name = reader.trimmedString(field).lowercased()
            if name.isEmpty { continue }
            if indexes[name] != nil {
                diagnostics.error(file, line: headerLine, field: name, "the column appears twice in the header")
            } else {
                indexes[name] = index
            }
        }
        let missing = required.filter { indexes[$0] == nil }
        for name in missing {
            diagnostics.error(file, line: headerLine, field: name, "required column is missing from the header")
        }
        return missing.isEmpty ? CSVHeader(width: fields.count, indexes: indexes, columns: indexes.map { ($0.key, $0.value) }) : nil
    }

    /// Reports a record whose number of fields differs from the header's (content.md §2).
    public func checkWidth(_ count: Int, line: Int, file: String, diagnostics: inout Diagnostics) -> Bool {
        guard count != width else { return true }
        diagnostics.error(file, line: line, "the row has \(count) field\(count == 1 ? "" : "s"); the header has \(width)")
        return false
    }

    /// The index of column `name` (lower-case), nil when the file has no such column.
    public subscript(name: String) -> Int? {
        for column in columns where column.name == name { return column.index }
        return nil
    }
}
