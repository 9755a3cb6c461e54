import GlasshouseCompute
import GlasshouseCore
import GlasshouseLoad
import GlasshousePresent
import GlasshouseWrite

/// What a build reads and writes, and the inputs that fix its as-of day.
public struct BuildOptions: Sendable {
    public var content = "Content"
    public var output = "Site"
    /// The folder holding the themes (`Themes/NAME/templates`, `Themes/NAME/assets`).
    public var themes = "Themes"
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

/// The pipeline: load → compute → present → write.
public enum SiteBuilder {
    public static let version = "0.1.0"

    /// Builds the site into `options.output`; the previous site is untouched on any failure.
    public static func build(_ options: BuildOptions, progress: (BuildStage) -> Void = { _ in }) throws(BuildFailure) -> BuildReport {
        let rendered = try render(options, progress: progress)
        progress(.write)
        do {
            try SiteWriter.write(rendered.files, to: options.output)
        } catch {
            throw .io(error.description)
        }
        return rendered.report
    }

    /// Loads, computes and renders everything a build would, and writes nothing. A content
    /// repository without the themes folder validates too: its pages are then not rendered.
    public static func validate(_ options: BuildOptions, progress: (BuildStage) -> Void = { _ in }) throws(BuildFailure) -> BuildReport {
        try render(options, themeRequired: SourceFolder(path: options.themes) != nil, progress: progress).report
    }

    /// Loads, computes and renders everything, in memory: the files of the site and the report.
    public static func render(_ options: BuildOptions, themeRequired: Bool = true, progress: (BuildStage) -> Void = { _ in }) throws(BuildFailure) -> (files: [OutputFile], report: BuildReport) {
        progress(.load)
        guard let folder = SourceFolder(path: options.content) else {
            throw .content([Diagnostic(.error, file: options.content, message: "the content folder does not exist or is not a folder")])
        }
        let content: Content
        var theme: ThemeFiles?
        do {
            content = try ContentLoader.load(from: folder)
            if themeRequired { theme = try ThemeLoader.load(themesRoot: options.themes, name: options.theme ?? content.config.theme) }
        } catch {
            throw .content(error.diagnostics)
        }

        progress(.compute)
        let asOf: AsOf
        do {
            asOf = try AsOf.resolve(
                option: options.asOf, sourceDateEpoch: options.sourceDateEpoch, configured: content.config.asOf,
                now: options.now, zone: content.config.timezone
            )
        } catch {
            throw .usage("SOURCE_DATE_EPOCH=\"\(error.value)\" is not a whole number of seconds")
        }

        let figures = SiteFigures(content: content, asOf: asOf.day)

        progress(.present)
        var files: [OutputFile] = []
        if let theme {
            let templates: TemplateSet
            do {
                templates = try TemplateSet(theme: theme)
            } catch {
                throw .content(error.diagnostics)
            }
            // Present sees the content as it stood at the end of D, never rows after it.
            let presenter = SitePresenter(content: figures.snapshot.content, figures: figures, asOf: asOf, templates: templates, generator: "Glasshouse \(version)", contentRoot: folder.displayRoot)
            do {
                files = try presenter.pages()
            } catch {
                throw .content([Diagnostic(.error, file: error.file, field: "template", message: error.message)])
            }
        }
        let pages = files.count
        files += (theme?.assets.keys.sorted() ?? []).map { OutputFile(path: "assets/" + $0, bytes: theme!.assets[$0]!) }
        files += DataExport.files(content: figures.snapshot.content, figures: figures)
        var warnings = content.warnings + figures.warnings
        let feeds = figures.leadership.feeds
        if feeds.pastMostData {
            warnings.append(Diagnostic(.warning, file: folder.display("site.yaml"), field: "as_of",
                message: "the as-of day \(asOf.day) (\(asOf.source.rawValue)) is past most data: \(feeds.stale.count) of \(feeds.teamsWithData) teams with DORA data have no record in the last \(content.config.staleAfterDays) days"))
        }
        var report = BuildReport(
            asOf: asOf, teams: content.teams.count, units: figures.tree.units.count,
            pages: pages, files: files.count, warnings: warnings.sorted()
        )
        report.ignoredRows = figures.teams.values.reduce(0) { $0 + $1.ignoredAfterAsOf.values.reduce(0, +) }
        report.staleTeams = feeds.stale.count
        return (files, report)
    }
}

extension ThemeFiles: ThemeSource {}
