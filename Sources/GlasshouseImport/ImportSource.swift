/// The tools `glasshouse import` reads (docs/importing.md). Every source reads files that CI
/// fetched; none calls a network API.
public enum ImportSource: String, Sendable, CaseIterable {
    case github, githubActions = "github-actions", gitlab, git, pagerduty, opsgenie, devlake, fourkeys
}

/// Choices that the source files cannot make themselves.
public struct ImportOptions: Sendable {
    /// The `service` column for every imported row; nil leaves it empty (the team id) or as the source names it.
    public var service: String?
    /// github-actions: the environment its runs deploy to (default `production`).
    public var environment: String?
    /// github-actions: the workflow that deploys to production, by name, path or file name.
    public var workflow: String?

    public init(service: String? = nil, environment: String? = nil, workflow: String? = nil) {
        (self.service, self.environment, self.workflow) = (service, environment, workflow)
    }
}

/// One source file: its name (for messages) and bytes.
public struct SourceFile: Sendable {
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        (self.name, self.bytes) = (name, bytes)
    }
}

extension ImportSource {
    /// Reads the files of a file-based source into rows. (`git` reads a repository instead: see `GitHistory`.)
    public func read(_ files: [SourceFile], options: ImportOptions = ImportOptions()) throws(ImportFailure) -> ImportedData {
        switch self {
        case .github: return try GitHubImporter.deployments(files, options: options)
        case .githubActions: return try GitHubImporter.workflowRuns(files, options: options)
        case .gitlab: return try GitLabImporter.deployments(files, options: options)
        case .pagerduty: return try PagerDutyImporter.incidents(files, options: options)
        case .opsgenie: return try OpsgenieImporter.incidents(files, options: options)
        case .devlake: return try DevLakeImporter.tables(files, options: options)
        case .fourkeys: return try FourKeysImporter.tables(files, options: options)
        case .git: throw ImportFailure(file: "git", position: "", message: "the git source reads a repository (--repo PATH), not files")
        }
    }

    /// A file is JSON when it starts with `{` or `[` (after a BOM and spaces), else CSV.
    static func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        return index < bytes.count && (bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "["))
    }
}
