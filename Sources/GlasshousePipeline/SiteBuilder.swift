import GlasshouseCompute
import GlasshouseCore
import GlasshouseLoad
import GlasshousePresent
import GlasshouseWrite

/// What a build reads and writes, and the inputs that fix its as-of day.
public struct BuildOptions: Sendable {
    public var content = "Content"
    public var output = "Site"
    /// `--themes`: the folder holding the themes (`NAME/templates`, `NAME/assets`); nil looks
    /// `Themes/` up beside the content folder and in the current folder (`ThemeLoader.themeFolders`).
    public var themes: String?
    /// `--theme`; overrides site.yaml `theme`.
    public var theme: String?
    /// `--as-of`.
    public var asOf: Day?
    /// The `SOURCE_DATE_EPOCH` environment variable.
    public var sourceDateEpoch: String?
    /// The current time, for "today" when nothing else fixes the as-of day.
    public var now: Instant

    public init(now: Instant) { self.now = now }
}

/// A stage of the pipeline, reported as progress.
public enum BuildStage: String, Sendable, CaseIterable {
    case load, compute, present, write
    /// Another build holds the output folder; this one waits for it to finish (site.md §2).
    case wait
}

/// What a finished build or validation did.
public struct BuildReport: Sendable {
    public let asOf: AsOf
    public let teams: Int
    public let units: Int
    public let pages: Int
    public let files: Int
    public let warnings: [Diagnostic]
    /// Data rows dated after the as-of day, left out of every figure (content.md §2).
    public var ignoredRows = 0
    /// Teams whose DORA feed is stale: no record in the last `stale_after_days` (metrics.md §2.10).
    public var staleTeams = 0

    /// The CLI's one-line summary, without the timing: `Built 3 teams, … as of 2026-11-20`.
    public func summary(verb: String) -> String {
        "\(verb) \(teams) teams, \(units) units, \(pages) pages, \(warnings.count) warnings, "
            + "\(ignoredRows) row\(ignoredRows == 1 ? "" : "s") after the as-of day ignored, \(staleTeams) team\(staleTeams == 1 ? "" : "s") with a stale feed, as of \(asOf.day)"
    }
}

/// Why a build failed; each maps to an exit status of site.md §1.
public enum BuildFailure: Error, Sendable {
    /// Content errors (exit 1): every diagnostic, errors and warnings.
    case content([Diagnostic])
    /// An I/O failure (exit 3).
    case io(String)
    /// Wrong usage (exit 2).
    case usage(String)
}

/// The pipeline: load → compute → publish → present → write (`render` is the first four; the stages are in
/// BuildStages.swift).
public enum SiteBuilder {
    public static let version = "0.1.0"

    /// Builds the site into `options.output`; the previous site is untouched on any failure.
    /// The output folder is checked first (`OutputFolder.check`: exit 2 when refused). Present
    /// writes each file into the output's staging folder as it produces it, so the whole site is
    /// never in memory at once; the staging folder replaces the output once all is written.
    public static func build(_ options: BuildOptions, progress: (BuildStage) -> Void = { _ in }) throws(BuildFailure) -> BuildReport {
        do {
            _ = try OutputFolder.check(options.output, sources: sourceFolders(options))
        } catch {
            throw .usage(error.description)
        }
        let (loaded, computed, publication) = try prepare(options, themeRequired: true, cache: nil, progress: progress)
        let staging = try stage(options, progress: progress)
        progress(.present)
        let site: SiteFiles
        do {
            site = try present(loaded, computed, publication, cache: nil, into: staging)
        } catch {
            staging.discard()
            throw error
        }
        progress(.write)
        try commit(staging, site)
        return report(loaded, computed, site)
    }

    /// The folders a build reads, which no output may be, lie in or contain: the content folder
    /// and the themes folders.
    public static func sourceFolders(_ options: BuildOptions) -> [String] {
        [options.content] + ThemeLoader.themeFolders(explicit: options.themes, content: options.content)
    }

    /// Loads, computes and renders everything a build would, and writes nothing. A content
    /// repository whose theme is found nowhere (a `--themes` folder that is missing, a site.yaml
    /// theme that lives only in the publishing repository) validates too: its pages are then not
    /// rendered. Without a theme name, the built-in default theme renders them.
    public static func validate(_ options: BuildOptions, progress: (BuildStage) -> Void = { _ in }) throws(BuildFailure) -> BuildReport {
        try render(options, themeRequired: false, progress: progress).report
    }

    /// Loads, computes and renders everything, in memory: the files of the site and the report.
    /// `cache` (`glasshouse serve`): what the previous render of the same options kept; only the
    /// work an edit requires is done again (`BuildCache`).
    public static func render(_ options: BuildOptions, themeRequired: Bool = true, cache: BuildCache? = nil, progress: (BuildStage) -> Void = { _ in })
        throws(BuildFailure) -> (files: [OutputFile], report: BuildReport)
    {
        let (loaded, figures, publication) = try prepare(options, themeRequired: themeRequired, cache: cache, progress: progress)
        progress(.present)
        let site = try present(loaded, figures, publication, cache: cache)
        return (site.files, report(loaded, figures, site))
    }

    /// Load, compute and publish: everything before present.
    static func prepare(_ options: BuildOptions, themeRequired: Bool, cache: BuildCache?, progress: (BuildStage) -> Void)
        throws(BuildFailure) -> (LoadedSite, (asOf: AsOf, figures: SiteFigures), Publication)
    {
        progress(.load)
        let loaded = try load(options, themeRequired: themeRequired, cache: cache)
        progress(.compute)
        let figures = try compute(loaded, options: options, cache: cache)
        return (loaded, figures, publish(loaded, figures))
    }
}

extension ThemeFiles: ThemeSource {}
