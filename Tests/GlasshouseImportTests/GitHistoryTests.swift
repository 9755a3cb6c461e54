import Foundation
import GlasshouseCore
import GlasshouseTesting
import Testing

@testable import GlasshouseImport

/// `import git`: each commit gets the earliest production deployment whose commit contains it.
@Suite struct GitHistoryTests {
    /// A repository with fixed dates:
    ///
    ///     A ─ B ─ C ───── M ─ E      (main)
    ///      \            /
    ///       D ─────────┘             (feature, merged by M)
    final class Repository {
        let folder: TestFolder
        var shas: [String: String] = [:]

        init() throws {
            folder = try TestFolder()
            try git("init", "-q", "-b", "main")
            try commit("A", at: "2026-03-01T09:00:00+01:00")
            try git("branch", "feature")
            try commit("B", at: "2026-03-01T12:00:00+01:00")
            try commit("C", at: "2026-03-02T08:00:00Z")
            try git("checkout", "-q", "feature")
            try commit("D", at: "2026-03-02T09:30:00-05:00")
            try git("checkout", "-q", "main")
            try git("merge", "-q", "--no-ff", "-m", "M", "feature", date: "2026-03-03T10:00:00Z")
            shas["M"] = try git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
            try commit("E", at: "2026-03-04T10:00:00Z")
        }

        func commit(_ name: String, at date: String) throws {
            try folder.write([name + ".txt": name])
            try git("add", name + ".txt")
            try git("commit", "-q", "-m", name, date: date)
            shas[name] = try git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        }

        @discardableResult
        func git(_ arguments: String..., date: String = "2026-01-01T00:00:00Z") throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments =
                ["git", "-C", folder.path, "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"] + arguments
            var environment = ProcessInfo.processInfo.environment
            environment["GIT_AUTHOR_DATE"] = date
            environment["GIT_COMMITTER_DATE"] = date
            process.environment = environment
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw CocoaError(.fileReadUnknown) }
            return String(decoding: data, as: UTF8.self)
        }

        deinit { try? FileManager.default.removeItem(atPath: folder.path) }
    }

    @Test func commitsGetTheEarliestProductionDeploymentContainingThem() throws {
        let repo = try Repository()
        let s = repo.shas
        // dep-late ships B after dep-2 already shipped it (and C): B stays with dep-2. dep-x (aborted)
        // and dep-stage (staging) ship E, which no production deployment contains yet. dep-1 names A abbreviated.
        let deployments = """
            id,finished_at,environment,status,commit
            dep-2,2026-03-02T09:00:00Z,production,success,\(s["C"]!)
            dep-1,2026-03-01T09:30:00+01:00,Production,success,\(s["A"]!.prefix(10))
            dep-3,2026-03-03T11:00:00Z,production,failed,\(s["M"]!)
            dep-late,2026-03-05T00:00:00Z,production,success,\(s["B"]!)
            dep-x,2026-03-04T11:00:00Z,production,aborted,\(s["E"]!)
            dep-stage,2026-03-04T11:00:00Z,staging,success,\(s["E"]!)
            dep-gone,2026-03-04T12:00:00Z,production,success,0123456789abcdef0123456789abcdef01234567

            """
        let data = try GitRepository(path: repo.folder.path).changes(
            head: "HEAD", deployments: Array(deployments.utf8), file: "deployments.csv", productionEnvironments: ["production", "prod"])
        var byId: [String: [String: String]] = [:]
        for row in data.rows[.changes] ?? [] { byId[row.id] = row.values }
        #expect(byId.count == 6)
        #expect(byId[s["A"]!] == ["id": s["A"]!, "committed_at": "2026-03-01T09:00:00+01:00", "deployment": "dep-1"])
        #expect(byId[s["B"]!]?["deployment"] == "dep-2")
        #expect(byId[s["C"]!]?["deployment"] == "dep-2")
        #expect(byId[s["D"]!] == ["id": s["D"]!, "committed_at": "2026-03-02T09:30:00-05:00", "deployment": "dep-3"])
        #expect(byId[s["M"]!]?["deployment"] == "dep-3")
        #expect(byId[s["E"]!] == ["id": s["E"]!, "committed_at": "2026-03-04T10:00:00+00:00", "deployment": ""])  // git writes UTC as +00:00
        #expect(
            data.warnings == [
                "deployments.csv: deployment dep-gone: commit 0123456789abcdef0123456789abcdef01234567 is not in \(repo.folder.path) (a shallow clone? run git fetch --unshallow)"
            ])
    }

    @Test func sinceLimitsTheHistory() throws {
        let repo = try Repository()
        let data = try GitRepository(path: repo.folder.path).changes(
            head: "HEAD", since: "2026-03-03", deployments: nil, file: "deployments.csv", productionEnvironments: ["production"])
        #expect(Set((data.rows[.changes] ?? []).map(\.id)) == [repo.shas["M"]!, repo.shas["E"]!])
    }

    @Test func deploymentOrderNotCommitOrderDecides() {
        // Pure: C's deployment finished first although C descends from B's.
        let commits = [
            GitHistory.Commit(sha: "c", parents: ["b"], committedAt: "2026-03-03T00:00:00Z"),
            GitHistory.Commit(sha: "b", parents: ["a"], committedAt: "2026-03-02T00:00:00Z"),
            GitHistory.Commit(sha: "a", parents: [], committedAt: "2026-03-01T00:00:00Z"),
        ]
        let rows = GitHistory.changes(
            commits: commits,
            deployments: [
                GitHistory.Deployment(id: "ships-b", finishedAt: Instant(seconds: 2000), commit: "b"),
                GitHistory.Deployment(id: "ships-c", finishedAt: Instant(seconds: 1000), commit: "c"),
            ])
        #expect(rows.map { $0.values["deployment"] } == ["ships-c", "ships-c", "ships-c"])
    }

    @Test func withoutACommitColumnTheImportExplainsWhy() throws {
        let repo = try Repository()
        #expect(
            throws: ImportFailure(
                file: "deployments.csv", position: "1",
                message: "has no commit column; import deployments first (github, gitlab, …) or add the SHA each deployment shipped")
        ) {
            try GitRepository(path: repo.folder.path).changes(
                head: "HEAD", deployments: Array("id,finished_at\nd,2026-03-01T00:00:00Z\n".utf8), file: "deployments.csv",
                productionEnvironments: ["production"])
        }
    }
}
