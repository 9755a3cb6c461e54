/// The three event files an importer writes (content.md §5.1–5.3), with their columns in the order
/// a new file lists them and the column its rows are sorted by.
public enum ImportKind: String, Sendable, CaseIterable, Comparable {
    case deployments, changes, incidents

    public var fileName: String { rawValue + ".csv" }

    public var columns: [String] {
        switch self {
        case .deployments: return ["id", "finished_at", "service", "environment", "status", "rework", "commit"]
        case .changes: return ["id", "committed_at", "deployment"]
        case .incidents: return ["id", "opened_at", "restored_at", "service", "severity", "cause", "summary"]
        }
    }

    /// The timestamp column rows are sorted by (then by id), so that a nightly import appends at the end.
    public var timeColumn: String { columns[1] }

    public static func < (lhs: ImportKind, rhs: ImportKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One row read from a source: the columns it sets. A column it does not name keeps the value the
/// team's file already has (a hand-written `cause`, say); a column set to "" is cleared.
public struct ImportedRow: Sendable, Equatable {
    public var values: [String: String]

    public init(_ values: [String: String]) { self.values = values }

    public var id: String { values["id"] ?? "" }
}

/// What one import read: rows per file, and warnings about source records it skipped.
public struct ImportedData: Sendable, Equatable {
    public var rows: [ImportKind: [ImportedRow]] = [:]
    public var warnings: [String] = []

    public init(rows: [ImportKind: [ImportedRow]] = [:], warnings: [String] = []) {
        (self.rows, self.warnings) = (rows, warnings)
    }

    /// Adds a row; a later row with the same id replaces an earlier one (a source listing one
    /// record on two pages, or a re-run workflow, yields one row).
    public mutating func add(_ row: ImportedRow, to kind: ImportKind) {
        var list = rows[kind, default: []]
        if let index = list.firstIndex(where: { $0.id == row.id }) {
            list[index] = row
        } else {
            list.append(row)
        }
        rows[kind] = list
    }
}
