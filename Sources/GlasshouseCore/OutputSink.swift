/// Where the present stage hands the site's files as it produces them, group by group (the
/// site-wide pages, each team's pages, each team's JSON file, …). `glasshouse build` passes the
/// output's staging folder (`SiteStaging`), which writes each group and keeps only its paths, so
/// the whole site is never in memory at once; `InMemorySink` keeps the files (`validate`,
/// `serve`). Called from several threads at once, with distinct files.
public protocol OutputSink: Sendable {
    /// Takes `files` and returns what the caller keeps of them, in order: the files themselves,
    /// or, once written, each file's path without its bytes.
    func take(_ files: [OutputFile]) -> [OutputFile]
}

/// The sink that keeps every file in memory, as it is.
public struct InMemorySink: OutputSink {
    public init() {}

    public func take(_ files: [OutputFile]) -> [OutputFile] { files }
}
