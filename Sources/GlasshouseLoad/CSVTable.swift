import GlasshouseCore

/// Where a CSV data file's bytes come from: memory, or the file itself, read a chunk at a time so
/// that a large file is never held whole (only the rows parsed from it are).
enum CSVInput {
    case bytes([UInt8])
    /// The real path of the file (see `SourceFolder.source`).
    case file(String)

    /// Files up to this size are read whole and parsed from memory; larger ones a chunk at a time.
    static let wholeFileLimit = 4 << 20

    /// The number of line feeds: at least the number of data rows, for reserving storage up front
    /// (an array or dictionary grown by doubling holds up to twice what it needs, and briefly three times).
    var lineCount: Int {
        switch self {
        case .bytes(let bytes): return bytes.withUnsafeBufferPointer(TextCheck.lineFeeds)
        case .file(let path):
            guard let file = CSVFile(path: path, chunkSize: 1 << 20) else { return 0 }
            var chunk: [UInt8] = []
            chunk.reserveCapacity(1 << 20)
            var count = 0
            while let read = file.read(appendingTo: &chunk), read > 0 {
                count += chunk.withUnsafeBufferPointer(TextCheck.lineFeeds)
                chunk.removeAll(keepingCapacity: true)
            }
            return count
        }
    }
}

/// Reads a CSV data file row by row with typed, diagnosed field access: the shared front half of
/// every CSV loader (header check, width check, file:line:field errors).
struct CSVTable {
    /// Calls `body` once per data row. Rows with the wrong width are reported and skipped.
    static func read(
        _ input: CSVInput, file: String, required: [String], diagnostics: inout Diagnostics,
        _ body: (inout CSVRow) -> Void
    ) {
        var reader: CSVReader
        switch input {
        case .bytes(let bytes): reader = CSVReader(bytes: bytes)
        case .file(let path):
            guard let opened = CSVReader(path: path) else {
                diagnostics.error(file, "the file cannot be read")
                return
            }
            reader = opened
        }
        guard let header = CSVHeader.read(&reader, file: file, required: required, diagnostics: &diagnostics) else { return }
        // One row for the whole file, which owns the reader and moves from record to record: a row
        // made per record retained and released the reader's bytes, the header and the field list
        // for every record.
        var row = CSVRow(reader: consume reader, header: header, file: file)
        while true {
            let line: Int?
            do {
                line = try row.advance()
            } catch {
                diagnostics.error(file, line: error.line, error.message)
                return
            }
            guard let line else { return }
            guard header.checkWidth(row.fields.count, line: line, file: file, diagnostics: &diagnostics) else { continue }
            body(&row)
            if !row.diagnostics.all.isEmpty { diagnostics.append(contentsOf: row.diagnostics) }
        }
    }
}

/// One data row of a CSV file; each accessor reports a malformed value against the row's line and
/// the column's name, and marks the row invalid.
struct CSVRow {
    private(set) var reader: CSVReader
    let header: CSVHeader
    private(set) var fields: [CSVReader.Field] = []
    let file: String
    private(set) var line = 0
    /// What this row's accessors reported.
    private(set) var diagnostics = Diagnostics()
    /// False once any field of the row was reported.
    private(set) var isValid = true

    /// A row before the first record of `reader` (whose header is read).
    init(reader: consuming CSVReader, header: CSVHeader, file: String) {
        (self.reader, self.header, self.file) = (reader, header, file)
    }

    /// Moves to the next record and returns its line, nil at the end of input; what the previous
    /// record reported is cleared.
    mutating func advance() throws(CSVReader.Failure) -> Int? {
        if !diagnostics.all.isEmpty { diagnostics = Diagnostics() }
        isValid = true
        guard let next = try reader.nextRecord(into: &fields) else { return nil }
        line = next
        return next
    }

    mutating func error(_ column: String, _ message: String) {
        diagnostics.error(file, line: line, field: column, message)
        isValid = false
    }

    /// The trimmed text of `column`; nil when the column is absent from the file or the cell is empty.
    func text(_ column: String) -> String? {
        guard let field = field(column) else { return nil }
        return reader.string(field)
    }

    /// The trimmed, non-empty field of `column`, without making a string.
    func field(_ column: String) -> CSVReader.Field? {
        guard let index = header[column] else { return nil }
        let field = reader.trimmed(fields[index])
        return field.start == field.end ? nil : field
    }

    /// A required text field.
    mutating func requiredText(_ column: String) -> String? {
        if let value = text(column) { return value }
        error(column, "is empty; a value is required")
        return nil
    }

    /// A required field, without making a string.
    mutating func requiredField(_ column: String) -> CSVReader.Field? {
        if let field = field(column) { return field }
        error(column, "is empty; a value is required")
        return nil
    }

    /// The position of the first of `names` whose bytes are the field's. Only a plain ASCII field
    /// without doubled quotes is compared (a string equal to it has the same bytes); nil for any
    /// other, which the caller compares as a string.
    func position(of field: CSVReader.Field, among names: [String]) -> Int? {
        guard let bytes = plainASCII(field) else { return nil }
        return names.firstIndex { $0.utf8.elementsEqual(bytes) }
    }

    /// The field's bytes when they are its text as they stand: ASCII, without doubled quotes; nil
    /// for any other field, which the caller compares as a string.
    private func plainASCII(_ field: CSVReader.Field) -> ArraySlice<UInt8>? {
        guard !field.hasEscapedQuotes else { return nil }
        let bytes = reader.bytes[field.start..<field.end]
        return bytes.contains(where: { $0 >= 0x80 }) ? nil : bytes
    }

    /// A timestamp with an offset (content.md §2).
    mutating func timestamp(_ column: String, required: Bool) -> Instant? {
        guard let field = field(column) else {
            if required { error(column, "is empty; expected an ISO 8601 timestamp like 2026-03-04T10:15:00Z") }
            return nil
        }
        // Parsed straight from the file's bytes; a string is made only for an error message.
        let parsed = field.hasEscapedQuotes ? Timestamps.parse(reader.string(field)) : Timestamps.parse(reader.bytes[field.start..<field.end])
        switch parsed {
        case .instant(let instant): return instant
        case .missingOffset:
            error(column, "\"\(reader.string(field))\" has no time zone offset; add Z or an offset like +02:00 (a local time is ambiguous)")
        case .invalid:
            error(column, "\"\(reader.string(field))\" is not an ISO 8601 timestamp (expected like 2026-03-04T10:15:00Z)")
        }
        return nil
    }

    /// The value paired with the field's lower-cased text in `table` (lower-case names), nil when
    /// none is. ASCII fields are compared byte by byte, without making a string; others (where
    /// Unicode lower-casing can differ from ASCII's) through `String.lowercased()`.
    func lowercased<Value>(_ field: CSVReader.Field, in table: [(name: String, value: Value)]) -> Value? {
        guard let bytes = plainASCII(field) else {
            let text = reader.string(field).lowercased()
            return table.first { $0.name == text }?.value
        }
        return table.first { entry in
            entry.name.utf8.count == bytes.count
                && zip(entry.name.utf8, bytes).allSatisfy { name, byte in
                    name == (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                }
        }?.value
    }

    private static let booleans: [(name: String, value: Bool)] = [("true", true), ("yes", true), ("1", true), ("false", false), ("no", false), ("0", false)]

    /// A boolean: true/false/yes/no/1/0, case-insensitive; empty is false.
    mutating func boolean(_ column: String) -> Bool {
        guard let field = field(column) else { return false }
        if let value = lowercased(field, in: Self.booleans) { return value }
        error(column, "\"\(reader.string(field))\" is not a boolean (expected true, false, yes, no, 1 or 0)")
        return false
    }

    /// A whole number from 0 to `ContentNumber.maximumCount`; nil when empty.
    mutating func count(_ column: String, required: Bool = false) -> Int? {
        guard let value = text(column) else {
            if required { error(column, "is empty; expected a whole number ≥ 0") }
            return nil
        }
        switch ContentNumber.count(value) {
        case .success(let number) where number >= 0:
            return number
        case .failure(.outOfRange):
            error(column, ContentNumber.message(.outOfRange, value, whole: true))
        default:
            error(column, "\"\(value)\" is not a whole number ≥ 0")
        }
        return nil
    }

    /// A decimal number (`ContentNumber.decimal`: syntax and bounds); nil when empty.
    mutating func number(_ column: String, required: Bool = false, minimum: Double? = nil) -> Double? {
        guard let value = text(column) else {
            if required { error(column, "is empty; expected a number") }
            return nil
        }
        let number: Double
        switch ContentNumber.decimal(value) {
        case .success(let parsed): number = parsed
        case .failure(let problem):
            error(column, ContentNumber.message(problem, value))
            return nil
        }
        if let minimum, number < minimum {
            error(column, "\(value) is below the minimum of \(NumberText.format(minimum))")
            return nil
        }
        return number
    }
}

/// Formats a number for a message: integral values without a fraction.
enum NumberText {
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
