import GlasshouseCore
import GlasshouseLoad

/// Merges imported rows into a team's existing event file by id (content.md §5): a known id is
/// updated in the columns the source sets, a new id is added, rows the source no longer returns
/// are kept. The result is sorted by the file's timestamp, then id, and written with LF endings,
/// so that importing the same data twice gives the same bytes and a nightly import a small diff.
public enum CSVMerge {
    /// A row whose values changed: the column, the old and the new value.
    public struct Update: Sendable, Equatable {
        public var id: String
        public var changes: [(column: String, old: String, new: String)]

        public static func == (lhs: Update, rhs: Update) -> Bool {
            lhs.id == rhs.id && lhs.changes.count == rhs.changes.count
                && zip(lhs.changes, rhs.changes).allSatisfy { $0.column == $1.column && $0.old == $1.old && $0.new == $1.new }
        }
    }

    /// The merged file and what changed.
    public struct Result: Sendable, Equatable {
        public var text: String
        public var added: [[String]]
        public var updated: [Update]
        public var columns: [String]
    }

    /// Merges `rows` into `existing` (the file's bytes, nil when it does not exist yet).
    /// A malformed existing file (bad CSV, no `id` column, a duplicate id) is a failure naming it:
    /// merging into it could lose rows.
    public static func merge(existing: [UInt8]?, file: String, kind: ImportKind, rows: [ImportedRow]) throws(ImportFailure) -> Result {
        var columns: [String] = []
        var table: [[String]] = []
        if let existing, !existing.isEmpty {
            let source = try SourceCSV.read(existing, file: file)
            columns = source.header
            guard columns.contains("id") else { throw ImportFailure(file: file, position: "1", message: "the header has no id column") }
            for record in source.records {
                table.append(columns.map { record.fields[$0] ?? "" })
            }
        }
        // Columns the imported rows set that the file lacks, in the contract's order.
        var used = Set<String>()
        for row in rows { used.formUnion(row.values.keys) }
        for column in kind.columns where (used.contains(column) || column == "id" || column == kind.timeColumn) && !columns.contains(column) {
            columns.append(column)
            for index in table.indices { table[index].append("") }
        }
        let idIndex = columns.firstIndex(of: "id")!
        var byId: [String: Int] = [:]
        for (index, row) in table.enumerated() {
            let id = row[idIndex].trimmingSpaces
            if byId[id] != nil {
                throw ImportFailure(file: file, position: "", message: "the id \"\(id)\" appears twice; fix the file before importing into it")
            }
            byId[id] = index
        }
        var added: [[String]] = []
        var updated: [Update] = []
        for row in rows {
            if let index = byId[row.id] {
                var changes: [(column: String, old: String, new: String)] = []
                for (columnIndex, column) in columns.enumerated() {
                    guard let value = row.values[column], value != table[index][columnIndex] else { continue }
                    changes.append((column, table[index][columnIndex], value))
                    table[index][columnIndex] = value
                }
                if !changes.isEmpty { updated.append(Update(id: row.id, changes: changes)) }
            } else {
                let values = columns.map { row.values[$0] ?? "" }
                byId[row.id] = table.count
                table.append(values)
                added.append(values)
            }
        }
        let timeIndex = columns.firstIndex(of: kind.timeColumn)
        let keyed = table.map { row -> (instant: Int64?, time: String, id: String, row: [String]) in
            let time = timeIndex.map { row[$0] } ?? ""
            return (SourceTime.instant(time.trimmingSpaces)?.microseconds, time, row[idIndex], row)
        }
        let sorted = keyed.sorted { a, b in
            switch (a.instant, b.instant) {
            case (let x?, let y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return (a.time, a.id) < (b.time, b.id)
            }
        }
        var text = render(columns)
        for entry in sorted { text += render(entry.row) }
        return Result(text: text, added: added, updated: updated, columns: columns)
    }

    /// One CSV line: fields quoted when they hold a comma, a quote, a line break or edge spaces.
    static func render(_ fields: [String]) -> String {
        fields.map { field in
            let needsQuotes = field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || field.first == " " || field.last == " "
            return needsQuotes ? "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\"" : field
        }.joined(separator: ",") + "\n"
    }
}
