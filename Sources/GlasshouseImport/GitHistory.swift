import GlasshouseCore

/// changes.csv from git history (docs/importing.md): every commit is first shipped by the earliest
/// production deployment (by finished_at, then id; aborted ones excluded) whose commit is that commit
/// or a descendant of it — the Four Keys notion of a change's deployment, independent of the order
/// deployments ran in. Commits no such deployment contains yet get an empty `deployment`.
public enum GitHistory {
    /// One commit: its full SHA, its parents' and its committer date (ISO 8601 with offset).
    public struct Commit: Sendable, Equatable {
        public var sha: String
        public var parents: [String]
        public var committedAt: String
    }

    /// A production deployment that shipped `commit` (a full SHA).
    public struct Deployment: Sendable, Equatable {
        public var id: String
        public var finishedAt: Instant
        public var commit: String
    }

    /// The changes.csv rows for `commits` (in the given order). Walks back from each deployment's
    /// commit in deployment order and stops at commits an earlier deployment already claimed: their
    /// ancestors are claimed too, so every commit is visited once.
    public static func changes(commits: [Commit], deployments: [Deployment]) -> [ImportedRow] {
        var parents: [String: [String]] = [:]
        for commit in commits { parents[commit.sha] = commit.parents }
        var shippedBy: [String: String] = [:]
        for deployment in deployments.sorted(by: { ($0.finishedAt, $0.id) < ($1.finishedAt, $1.id) }) {
            var stack = [deployment.commit]
            while let sha = stack.popLast() {
                guard shippedBy[sha] == nil, let next = parents[sha] else { continue }
                shippedBy[sha] = deployment.id
                stack.append(contentsOf: next)
            }
        }
        return commits.map { ImportedRow(["id": $0.sha, "committed_at": $0.committedAt, "deployment": shippedBy[$0.sha] ?? ""]) }
    }

    /// Parses `git log --format=%H%x09%P%x09%cI` output.
    static func parseLog(_ text: String) -> [Commit] {
        text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3 else { return nil }
            return Commit(sha: fields[0], parents: fields[1].split(separator: " ").map(String.init), committedAt: fields[2])
        }
    }
}
