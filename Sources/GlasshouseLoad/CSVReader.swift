import GlasshouseCore

/// A streaming RFC 4180 CSV reader over bytes in memory or a file read in chunks.
///
/// Hand-written rather than taken from a library (SwiftCSV, CSV.swift) because those materialise every
/// field as a `String`; this reader yields byte ranges so that numbers and timestamps are parsed
/// straight from the file's bytes and only the fields a loader keeps become strings. A file is read
/// `chunkSize` bytes at a time: only the current record and the rest of its chunk are in memory,
/// so a large file costs its parsed rows, not its size. It accepts a UTF-8 BOM, LF and CRLF line
/// endings, quoted fields with doubled quotes and embedded separators and newlines, skips empty
/// lines, never traps on malformed input and reports errors with line numbers.
public struct CSVReader {
    /// One field of the current record: a range into the reader's `bytes`, valid until the next record is read.
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
            (self.line, self.message) = (line, message)
        }
    }

    /// The bytes in memory: the whole input, or for a file the current record and what follows it in its chunk.
    public private(set) var bytes: [UInt8]
    private var position: Int
    private var line = 1
    /// The file still being read; nil once `bytes` holds everything that is left.
    private var file: CSVFile?

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// Reads the file at `path` in chunks as records are asked for; nil when it cannot be opened.
    public init?(path: String, chunkSize: Int = 1 << 20) {
        guard let file = CSVFile(path: path, chunkSize: chunkSize) else { return nil }
        self.file = file
        bytes = []
        bytes.reserveCapacity(chunkSize)
        position = 0
    }

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

    /// What one attempt to read a record found.
    private enum Step {
        case record(line: Int)
        case end
        /// The record runs past the bytes in memory; read more of the file and try again.
        case needsMore
    }

    /// Reads the next record into `fields` (cleared first) and returns the line it starts on,
    /// or nil at the end of input. Empty lines are skipped.
    public mutating func nextRecord(into fields: inout [Field]) throws(Failure) -> Int? {
        while true {
            let (startPosition, startLine) = (position, line)
            switch try step(into: &fields) {
            case .record(let line): return line
            case .end: return nil
            case .needsMore:
                (position, line) = (startPosition, startLine)
                try readMore()
            }
        }
    }

    /// Drops the bytes before `position` and appends the next chunk of the file (at its start, at
    /// least the three bytes a BOM needs, which is skipped).
    private mutating func readMore() throws(Failure) {
        guard let reading = file else { return }
        let atStart = reading.offset == 0
        bytes.removeSubrange(0..<position)
        position = 0
        repeat {
            guard let count = reading.read(appendingTo: &bytes) else {
                throw Failure(line: line, message: "the file cannot be read to its end")
            }
            if count == 0 {
                file = nil
                break
            }
        } while atStart && bytes.count < 3
        if atStart, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    private mutating func step(into fields: inout [Field]) throws(Failure) -> Step {
        fields.removeAll(keepingCapacity: true)
        let count = bytes.count
        // Everything after the bytes in memory has been read: the input really ends at `count`.
        let complete = file == nil
        // Skip empty lines.
        while position < count {
            if bytes[position] == Self.lf {
                position += 1
                line += 1
            } else if bytes[position] == Self.cr, position + 1 < count, bytes[position + 1] == Self.lf {
                position += 2
                line += 1
            } else if bytes[position] == Self.cr, position + 1 == count, !complete {
                return .needsMore
            } else {
                break
            }
        }
        guard position < count else { return complete ? .end : .needsMore }
        let startLine = line
        while true {
            if position < count, bytes[position] == Self.quote {
                let openedOn = line
                position += 1
                let start = position
                var escaped = false
                while true {
                    guard position < count else {
                        if !complete { return .needsMore }
                        throw Failure(line: openedOn, message: "a quoted field is never closed")
                    }
                    let byte = bytes[position]
                    if byte == Self.quote {
                        if position + 1 == count, !complete { return .needsMore }
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
                guard position < count else { return complete ? .record(line: startLine) : .needsMore }
                switch bytes[position] {
                case Self.comma: position += 1; continue
                case Self.lf: position += 1; line += 1; return .record(line: startLine)
                case Self.cr where position + 1 == count && !complete: return .needsMore
                case Self.cr where position + 1 < count && bytes[position + 1] == Self.lf:
                    position += 2; line += 1; return .record(line: startLine)
                default:
                    throw Failure(line: line, message: "a closing quote must be followed by a comma or the end of the line")
                }
            }
            let start = position
            while position < count {
                let byte = bytes[position]
                if byte == Self.comma || byte == Self.lf { break }
                if byte == Self.cr {
                    if position + 1 == count, !complete { return .needsMore }
                    if position + 1 < count, bytes[position + 1] == Self.lf { break }
                }
                if byte == Self.quote {
                    throw Failure(line: line, message: "a quote inside an unquoted field (quote the whole field and double the quote)")
                }
                position += 1
            }
            if position == count, !complete { return .needsMore }
            fields.append(Field(start: start, end: position, hasEscapedQuotes: false))
            guard position < count else { return .record(line: startLine) }
            switch bytes[position] {
            case Self.comma: position += 1
            case Self.lf: position += 1; line += 1; return .record(line: startLine)
            default: position += 2; line += 1; return .record(line: startLine)  // CRLF
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
        // Lengths first: comparing two different short strings is slower than comparing their lengths.
        let length = name.utf8.count
        for column in columns where column.name.utf8.count == length && column.name == name { return column.index }
        return nil
    }
}
