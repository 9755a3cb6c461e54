import ArgumentParser
import Foundation
import GlasshouseCore
import GlasshouseImport
import GlasshouseLoad

extension ImportSource: ExpressibleByArgument {}

/// `glasshouse import SOURCE [files…] --team ID`: merges what CI fetched from a tool into a team's
/// event files (docs/importing.md). Reads files only; never calls a network API.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge deployments, changes or incidents exported from a tool into a team's files.",
        discussion: "SOURCE: \(ImportSource.allCases.map(\.rawValue).joined(separator: ", ")). See docs/importing.md."
    )

    @Argument(help: "The tool the files come from.")
    var source: ImportSource

    @Argument(help: "The files CI fetched (JSON, JSON lines or CSV, as the source writes them).")
    var files: [String] = []

    @Option(help: "The team id: the folder under teams/ to merge into.")
    var team: String

    @Option(help: "The content folder.")
    var content = "Content"

    @Flag(name: .customLong("dry-run"), help: "Print what would change and write nothing.")
    var dryRun = false

    @Option(help: "git: the repository to read.")
    var repo: String?

    @Option(help: "git: the revision whose history becomes changes.csv (default HEAD).")
    var head = "HEAD"

    @Option(help: "git: only commits committed on or after this day (YYYY-MM-DD); default all history.")
    var since: String?

    @Option(help: "github-actions: the production workflow (its name, path or file name).")
    var workflow: String?

    @Option(help: "github-actions: the environment its runs deploy to (default production).")
    var environment: String?

    @Option(help: "The service column for every imported row.")
    var service: String?

    func validate() throws {
        guard Identifier.isValid(team) else { throw ValidationError("\"\(team)\" is not a valid team id") }
        if source == .git {
            guard repo != nil else { throw ValidationError("import git needs --repo PATH (a local clone)") }
            guard files.isEmpty else { throw ValidationError("import git reads --repo, not files") }
        } else {
            guard !files.isEmpty else { throw ValidationError("import \(source.rawValue) needs at least one file") }
            guard repo == nil else { throw ValidationError("--repo is for import git only") }
        }
        if let since, Timestamps.date(since) == nil { throw ValidationError("--since \"\(since)\" is not a date (YYYY-MM-DD)") }
        if workflow != nil, source != .githubActions { throw ValidationError("--workflow is for import github-actions only") }
    }

    func run() throws {
        do {
            let folder = try TeamImport.teamFolder(content: content, team: team)
            let data: ImportedData
            if source == .git, let repo {
                let deployments = folder + "/deployments.csv"
                data = try GitRepository(path: repo).changes(
                    head: head, since: since, deployments: TeamImport.bytes(deployments), file: deployments, productionEnvironments: productionEnvironments())
            } else {
                var sourceFiles: [SourceFile] = []
                for file in files {
                    guard let bytes = TeamImport.bytes(file) else { throw ImportFailure(file: file, position: "", message: "cannot read the file") }
                    sourceFiles.append(SourceFile(name: file, bytes: bytes))
                }
                data = try source.read(sourceFiles, options: ImportOptions(service: service, environment: environment, workflow: workflow))
            }
            for warning in data.warnings { FileHandle.standardError.write(Data(("warning: " + warning + "\n").utf8)) }
            let changes = try TeamImport.plan(data, folder: folder)
            for line in TeamImport.report(changes, rows: dryRun) { print(line) }
            if dryRun {
                print("Dry run: nothing written.")
            } else {
                try TeamImport.write(changes)
            }
        } catch let failure as ImportFailure {
            FileHandle.standardError.write(Data(("error: " + failure.description + "\n").utf8))
            throw ExitCode(1)
        }
    }

    /// site.yaml's `dora.production_environments`, the default when the file is absent.
    func productionEnvironments() throws(ImportFailure) -> [String] {
        let path = content + "/site.yaml"
        guard let bytes = TeamImport.bytes(path) else { return DORASettings().productionEnvironments }
        var diagnostics = Diagnostics()
        guard let config = SiteConfigLoader.load(String(decoding: bytes, as: UTF8.self), file: path, diagnostics: &diagnostics) else {
            throw ImportFailure(file: path, position: "", message: "cannot be read; run `glasshouse validate` first")
        }
        return config.dora.productionEnvironments
    }
}
