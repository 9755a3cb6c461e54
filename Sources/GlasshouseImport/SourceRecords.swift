/// Walks a provider's JSON response to its records, each with the JSON path it came from, so that
/// a missing or malformed field is reported as `file:$[3].created_at: …`.
struct SourceRecords {
    struct Record {
        var path: String
        var value: JSONValue
        let file: String

        /// A string (or number) member; nil when absent or null.
        func text(_ key: String) -> String? {
            guard let text = value[key]?.text?.trimmingSpaces, !text.isEmpty else { return nil }
            return text
        }

        /// A member at a dotted path (`deployable.finished_at`).
        func text(path keys: [String]) -> String? {
            var current: JSONValue? = value
            for key in keys { current = current?[key] }
            guard let text = current?.text?.trimmingSpaces, !text.isEmpty else { return nil }
            return text
        }

        func required(_ key: String) throws(ImportFailure) -> String {
            guard let text = text(key) else { throw failure(key, "is missing; every record needs it") }
            return text
        }

        func failure(_ key: String, _ message: String) -> ImportFailure {
            ImportFailure(file: file, position: "\(path).\(key)", message: message)
        }

        /// A timestamp member in the content format.
        func time(_ key: String, naive: SourceTime.Naive = .rejected) throws(ImportFailure) -> String? {
            guard let raw = text(key) else { return nil }
            return try SourceTime.normalize(raw, naive: naive, file: file, position: "\(path).\(key)", field: key)
        }
    }

    /// The objects of a response: a top-level array (or an array of pages, as `gh api --paginate
    /// --slurp` writes), or the array under one of `wrappers` (`workflow_runs`, `incidents`, `data`).
    static func objects(_ document: JSONValue, file: String, wrappers: [String]) throws(ImportFailure) -> [Record] {
        var records: [Record] = []
        func walk(_ value: JSONValue, path: String) throws(ImportFailure) {
            switch value {
            case .array(let items):
                for (index, item) in items.enumerated() { try walk(item, path: "\(path)[\(index)]") }
            case .object:
                if let key = wrappers.first(where: { value[$0]?.array != nil }) {
                    try walk(value[key]!, path: "\(path).\(key)")
                } else {
                    records.append(Record(path: path, value: value, file: file))
                }
            default:
                throw ImportFailure(file: file, position: path, message: "expected an object or an array of objects")
            }
        }
        try walk(document, path: "$")
        return records
    }
}
