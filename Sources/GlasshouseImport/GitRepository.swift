import Foundation
import GlasshouseCore
import GlasshouseLoad

/// Reads a local repository with the `git` command-line tool (never fetches: the repository is
/// whatever CI checked out).
public struct GitRepository: Sendable {
    public var path: String

    public init(path: String) { self.path = path }

    /// Runs `git -C path arguments…` with `input` on stdin; a failure carries git's own message.
    func run(_ arguments: [String], input: String = "") throws(ImportFailure) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw ImportFailure(file: path, position: "", message: "cannot run git: \(error)")
        }
        // Read both pipes while git runs: a large log would fill a pipe and block it.
        let output = OutputCollector(stdout.fileHandleForReading), errors = OutputCollector(stderr.fileHandleForReading)
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        let text = String(decoding: output.finish(), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errors.finish(), as: UTF8.self).trimmingSpaces
            throw ImportFailure(file: path, position: "", message: "git \(arguments.first ?? "") failed: \(message)")
        }
        return text
    }

    /// Full SHAs of `revisions` (full or abbreviated); nil for those the repository does not have.
    public func resolve(_ revisions: [String]) throws(ImportFailure) -> [String?] {
        guard !revisions.isEmpty else { return [] }
        let output = try run(
            ["cat-file", "--batch-check=%(objectname) %(objecttype)"], input: revisions.map { $0 + "^{commit}" }.joined(separator: "\n") + "\n")
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        return revisions.indices.map { index in
            guard index < lines.count else { return nil }
            let fields = lines[index].split(separator: " ")
            return fields.count == 2 && fields[1] == "commit" ? String(fields[0]) : nil
        }
    }

    /// Every commit reachable from `revisions` (newest first), with parents and committer date.
    /// With `since` (YYYY-MM-DD), only commits committed from 00:00 UTC of that day on.
    public func commits(from revisions: [String], since: String? = nil) throws(ImportFailure) -> [GitHistory.Commit] {
        let output = try run(
            ["log", "--stdin", "--format=%H%x09%P%x09%cI"] + (since.map { ["--since=" + $0 + "T00:00:00Z"] } ?? []),
            input: revisions.joined(separator: "\n") + "\n")
        return GitHistory.parseLog(output)
    }

    /// changes.csv rows for this repository: commits reachable from `head` and from the production
    /// deployments of `deployments` (the team's deployments.csv), each with the deployment that first
    /// shipped it. Deployments whose commit the repository lacks are reported in `warnings`.
    public func changes(head: String, since: String? = nil, deployments: [UInt8]?, file: String, productionEnvironments: [String]) throws(ImportFailure)
        -> ImportedData
    {
        var data = ImportedData()
        var candidates: [(id: String, finished: Instant, commit: String)] = []
        if let deployments {
            let csv = try SourceCSV.read(deployments, file: file)
            guard csv.header.contains("commit") else {
                throw ImportFailure(
                    file: file, position: "1",
                    message: "has no commit column; import deployments first (github, gitlab, …) or add the SHA each deployment shipped")
            }
            for record in csv.records {
                guard let id = record.value("id"), let commit = record.value("commit") else { continue }
                let environment = (record.value("environment") ?? "production").lowercased()
                let status = (record.value("status") ?? "success").lowercased()
                guard productionEnvironments.contains(environment), !["aborted", "cancelled", "canceled", "skipped"].contains(status) else { continue }
                guard let text = record.value("finished_at"), let finished = SourceTime.instant(text) else {
                    throw ImportFailure(file: file, position: "\(record.line)", message: "finished_at: is not a timestamp")
                }
                candidates.append((id, finished, commit))
            }
        }
        let resolved = try resolve(candidates.map(\.commit))
        var known: [GitHistory.Deployment] = []
        for (candidate, sha) in zip(candidates, resolved) {
            if let sha {
                known.append(GitHistory.Deployment(id: candidate.id, finishedAt: candidate.finished, commit: sha))
            } else {
                data.warnings.append(
                    "\(file): deployment \(candidate.id): commit \(candidate.commit) is not in \(path) (a shallow clone? run git fetch --unshallow)")
            }
        }
        let commits = try self.commits(from: [head] + known.map(\.commit), since: since)
        for row in GitHistory.changes(commits: commits, deployments: known) { data.add(row, to: .changes) }
        return data
    }
}

/// Drains a pipe on a background thread.
private final class OutputCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func finish() -> Data {
        done.wait()
        return data
    }
}
