import GlasshouseLoad

/// A source CSV export read into records keyed by lower-cased, trimmed header names.
struct SourceCSV {
    struct Record {
        var line: Int
        var fields: [String: String]

        /// The first non-empty value among `names` (header aliases), trimmed; the text `NULL`
        /// (DevLake's database dumps) counts as empty.
        func value(_ names: String...) -> String? { value(names) }

        /// The first non-empty value among `names`, as `value(_:...)`.
        func value(_ names: [String]) -> String? {
            for name in names {
                if let text = fields[name]?.trimmingSpaces, !text.isEmpty, text != "NULL" { return text }
            }
            return nil
        }
    }

    var header: [String]
    var records: [Record]

    /// Reads `bytes`; a malformed file or a row whose width differs from the header's is a failure with its line.
    static func read(_ bytes: [UInt8], file: String) throws(ImportFailure) -> SourceCSV {
        var reader = CSVReader(bytes: bytes)
        var fields: [CSVReader.Field] = []
        do {
            guard try reader.nextRecord(into: &fields) != nil else {
                throw ImportFailure(file: file, position: "1", message: "the file is empty; expected a header row")
            }
            let header = fields.map { reader.trimmedString($0).lowercased() }
            var records: [Record] = []
            while let line = try reader.nextRecord(into: &fields) {
                guard fields.count == header.count else {
                    throw ImportFailure(file: file, position: "\(line)", message: "the row has \(fields.count) fields; the header has \(header.count)")
                }
                var values: [String: String] = [:]
                for (name, field) in zip(header, fields) where !name.isEmpty && values[name] == nil { values[name] = reader.string(field) }
                records.append(Record(line: line, fields: values))
            }
            return SourceCSV(header: header, records: records)
        } catch let failure as CSVReader.Failure {
            throw ImportFailure(file: file, position: "\(failure.line)", message: failure.message)
        } catch let failure as ImportFailure {
            throw failure
        } catch {
            throw ImportFailure(file: file, position: "", message: "\(error)")
        }
    }

    /// Fails unless the header has one of each group of alternative column names.
    func require(_ groups: [[String]], file: String, source: String) throws(ImportFailure) {
        for names in groups where !names.contains(where: header.contains) {
            throw ImportFailure(file: file, position: "1", message: "\(source): the header has no \(names.joined(separator: " or ")) column")
        }
    }
}
