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

/// The pipeline: load → compute → present → write.
public enum SiteBuilder {
    public static let version = "0.1.0"

    /// Builds the site into `options.output`; the previous site is untouched on any failure.
    /// The output folder is checked first (`OutputFolder.check`: exit 2 when refused).
    public static func build(_ options: BuildOptions, progress: (BuildStage) -> Void = { _ in }) throws(BuildFailure) -> BuildReport {
        let sources = sourceFolders(options)
        do {
            _ = try OutputFolder.check(options.output, sources: sources)
        } catch {
            throw .usage(error.description)
        }
        let rendered = try render(options, progress: progress)
        progress(.write)
        do {
            try SiteWriter.write(rendered.files, to: options.output, sources: sources, waiting: { progress(.wait) })
        } catch {
            throw error.refused ? .usage(error.description) : .io(error.description)
        }
        return rendered.report
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
    public static func render(_ options: BuildOptions, themeRequired: Bool = true, cache: BuildCache? = nil, progress: (BuildStage) -> Void = { _ in }) throws(BuildFailure) -> (files: [OutputFile], report: BuildReport) {
        progress(.load)
        guard let folder = SourceFolder(path: options.content) else {
            throw .content([Diagnostic(.error, file: options.content, message: "the content folder does not exist or is not a folder")])
        }
        let themesFolderExists = options.themes.map { SourceFolder(path: $0) != nil } ?? true
        if let themes = options.themes, !themesFolderExists, themeRequired {
            throw .usage("--themes \(themes): the folder does not exist")
        }
        let themeFolders = ThemeLoader.themeFolders(explicit: options.themes, content: options.content)
        let content: Content
        do {
            content = try ContentLoader.load(from: folder, cache: cache?.load)
        } catch {
            throw .content(error.diagnostics)
        }
        let themeName = options.theme ?? content.config.theme
        var theme: ThemeFiles?
        if themesFolderExists && ThemeLoader.exists(themeName, in: themeFolders) {
            do {
                theme = try ThemeLoader.load(folders: themeFolders, name: themeName)
            } catch {
                throw .content(error.diagnostics)
            }
        } else if themeRequired {
            let looked = themeFolders.isEmpty ? "no Themes folder beside the content folder or in the current folder" : "not in " + themeFolders.joined(separator: " or ")
            let hint = "(\(looked)); the built-in theme is \"default\""
            if options.theme != nil { throw .usage("--theme \(themeName): no such theme \(hint)") }
            throw .content([Diagnostic(.error, file: folder.display("site.yaml"), field: "theme", message: "theme \"\(themeName)\" not found \(hint)")])
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

        cache?.afterLoad(asOf: asOf, templates: theme?.templates ?? [:])
        let figures = cache?.figures(for: content, asOf: asOf.day) ?? SiteFigures(content: content, asOf: asOf.day)

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
            let presenter = SitePresenter(content: figures.snapshot.content, figures: figures, asOf: asOf, templates: templates, generator: "Glasshouse \(version)",
                                          contentRoot: folder.displayRoot, previousCatalog: cache?.catalog)
            let teamPages: [String: [OutputFile]]
            do {
                (files, teamPages) = try presenter.pages(reusing: cache?.reusableTeamPages(catalog: presenter.catalog) ?? [:], other: cache?.dataFiles ?? [:])
            } catch {
                throw .content([Diagnostic(.error, file: error.file, field: "template", message: error.message)])
            }
            cache?.keep(catalog: presenter.catalog, teamPages: teamPages)
        }
        let pages = files.count
        files += (theme?.assets.keys.sorted() ?? []).map { OutputFile(path: "assets/" + $0, bytes: theme!.assets[$0]!) }
        files += DataExport.files(content: figures.snapshot.content, figures: figures, reusing: cache?.teamExports ?? [:], other: cache?.dataFiles ?? [:])
        files += try staticFiles(content.staticFiles, besides: files, folder: folder)
        cache?.keep(files: files)
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

    /// The files of `static/`, refused when one would replace a generated file (or the output
    /// marker), stand where the site has a folder, or put a folder where the site has a file.
    static func staticFiles(_ files: [OutputFile], besides generated: [OutputFile], folder: SourceFolder) throws(BuildFailure) -> [OutputFile] {
        guard !files.isEmpty else { return [] }
        let paths = Set(generated.map(\.path) + [OutputFolder.marker])
        var folders: Set<String> = []
        for path in paths {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                folders.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        var diagnostics = Diagnostics()
        for file in files {
            let display = folder.display(StaticLoader.folder + "/" + file.path)
            if paths.contains(file.path) {
                diagnostics.error(display, "the site generates \(file.path) itself; remove or rename the static file")
            } else if folders.contains(file.path) {
                diagnostics.error(display, "the site has a folder \(file.path)/; a static file cannot take its place")
            } else {
                let parts = file.path.split(separator: "/").dropLast()
                if let clash = parts.indices.map({ parts[...$0].joined(separator: "/") }).first(where: paths.contains) {
                    diagnostics.error(display, "the site generates the file \(clash); a static folder cannot take its place")
                }
            }
        }
        if diagnostics.hasErrors { throw .content(diagnostics.sorted) }
        return files
    }
}

extension ThemeFiles: ThemeSource {}
