import Foundation
import GlasshouseCore

/// Applies imported rows to one team's folder: merges every file first (any failure leaves all
/// files untouched), then replaces each changed file atomically, or only describes the changes (`--dry-run`).
public enum TeamImport {
    /// The merge of one event file.
    public struct FileChange: Sendable {
        public var kind: ImportKind
        public var path: String
        public var merge: CSVMerge.Result
        /// The merged text differs from the file's bytes (false: nothing to write).
        public var changed: Bool
    }

    /// The team's folder, checked to be a team (content.md §4: it has team.yaml).
    public static func teamFolder(content: String, team: String) throws(ImportFailure) -> String {
        let folder = content + "/teams/" + team
        guard FileManager.default.fileExists(atPath: folder + "/team.yaml") else {
            throw ImportFailure(file: folder, position: "", message: "is not a team (no team.yaml); create it with `glasshouse new team \(team)`")
        }
        return folder
    }

    /// Reads a file's bytes, nil when it does not exist.
    public static func bytes(_ path: String) -> [UInt8]? {
        POSIXIO.readFile(path)
    }

    /// Merges `data` into the team folder's files, writing nothing.
    /// A team that gives DORA summaries (dora.csv) cannot take deployments or changes: content.md §5
    /// allows events or summaries, not both.
    public static func plan(_ data: ImportedData, folder: String) throws(ImportFailure) -> [FileChange] {
        let events = !(data.rows[.deployments] ?? []).isEmpty || !(data.rows[.changes] ?? []).isEmpty
        if events, FileManager.default.fileExists(atPath: folder + "/dora.csv") {
            throw ImportFailure(
                file: folder + "/dora.csv", position: "",
                message:
                    "the team gives DORA summaries; a team gives events (deployments.csv, changes.csv) or summaries, not both: remove dora.csv to import events"
            )
        }
        var changes: [FileChange] = []
        for kind in ImportKind.allCases {
            guard let rows = data.rows[kind], !rows.isEmpty else { continue }
            let path = folder + "/" + kind.fileName
            let existing = bytes(path)
            let merge = try CSVMerge.merge(existing: existing, file: path, kind: kind, rows: rows)
            changes.append(FileChange(kind: kind, path: path, merge: merge, changed: existing != Array(merge.text.utf8)))
        }
        return changes
    }

    /// Replaces each changed file atomically (a temporary file renamed over it).
    public static func write(_ changes: [FileChange]) throws(ImportFailure) {
        for change in changes where change.changed {
            do {
                try Data(change.merge.text.utf8).write(to: URL(fileURLWithPath: change.path), options: .atomic)
            } catch {
                throw ImportFailure(file: change.path, position: "", message: "cannot write: \(error.localizedDescription)")
            }
        }
    }

    /// What changed, per file: counts, then (with `rows`) each added row and each updated value.
    public static func report(_ changes: [FileChange], rows: Bool) -> [String] {
        var lines: [String] = []
        for change in changes {
            let merge = change.merge
            lines.append(
                "\(change.path): \(merge.added.count) added, \(merge.updated.count) updated\(change.changed || !merge.added.isEmpty || !merge.updated.isEmpty ? "" : " (unchanged)")"
            )
            guard rows else { continue }
            for row in merge.added { lines.append("  + " + CSVMerge.render(row).dropLast()) }
            for update in merge.updated {
                let values = update.changes.map { "\($0.column): \"\($0.old)\" → \"\($0.new)\"" }.joined(separator: ", ")
                lines.append("  ~ \(update.id): \(values)")
            }
        }
        return lines
    }
}
