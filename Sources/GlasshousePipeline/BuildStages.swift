import GlasshouseCompute
import GlasshouseCore
import GlasshouseLoad
import GlasshousePresent
import GlasshouseWrite

/// What the load stage read: the content and the theme.
struct LoadedSite {
    let folder: SourceFolder
    let content: Content
    /// Nil only when validating a content repository whose theme is found nowhere.
    let theme: ThemeFiles?
}

/// The stages of `SiteBuilder`, each a call into its module with the options and failures mapped
/// to `BuildFailure`; no rules live here.
extension SiteBuilder {
    /// Reads the content folder and the theme.
    static func load(_ options: BuildOptions, themeRequired: Bool, cache: BuildCache?) throws(BuildFailure) -> LoadedSite {
        let folder = try contentFolder(options)
        let themesFolderExists = options.themes.map { SourceFolder(path: $0) != nil } ?? true
        if let themes = options.themes, !themesFolderExists, themeRequired {
            throw .usage("--themes \(themes): the folder does not exist")
        }
        let themeFolders = ThemeLoader.themeFolders(explicit: options.themes, content: options.content)
        let content = try loadContent(folder, cache: cache?.load)
        let themeName = options.theme ?? content.config.theme
        var theme: ThemeFiles?
        if themesFolderExists && ThemeLoader.exists(themeName, in: themeFolders) {
            do {
                theme = try ThemeLoader.load(folders: themeFolders, name: themeName)
            } catch {
                throw .content(error.diagnostics)
            }
        } else if themeRequired {
            let looked =
                themeFolders.isEmpty
                ? "no Themes folder beside the content folder or in the current folder" : "not in " + themeFolders.joined(separator: " or ")
            let hint = "(\(looked)); the built-in theme is \"default\""
            if options.theme != nil { throw .usage("--theme \(themeName): no such theme \(hint)") }
            throw .content([Diagnostic(.error, file: folder.display("site.yaml"), field: "theme", message: "theme \"\(themeName)\" not found \(hint)")])
        }
        return LoadedSite(folder: folder, content: content, theme: theme)
    }

    /// The content folder of `options`, or the content error naming it.
    static func contentFolder(_ options: BuildOptions) throws(BuildFailure) -> SourceFolder {
        guard let folder = SourceFolder(path: options.content) else {
            throw .content([Diagnostic(.error, file: options.content, message: "the content folder does not exist or is not a folder")])
        }
        return folder
    }

    /// Loads and validates the content of `folder`; every content error at once.
    static func loadContent(_ folder: SourceFolder, cache: LoadCache? = nil) throws(BuildFailure) -> Content {
        do {
            return try ContentLoader.load(from: folder, cache: cache)
        } catch {
            throw .content(error.diagnostics)
        }
    }

    /// The as-of day: `--as-of`, then `SOURCE_DATE_EPOCH`, then site.yaml, then today.
    static func resolveAsOf(_ options: BuildOptions, config: SiteConfig) throws(BuildFailure) -> AsOf {
        do {
            return try AsOf.resolve(
                option: options.asOf, sourceDateEpoch: options.sourceDateEpoch, configured: config.asOf, now: options.now, zone: config.timezone)
        } catch {
            throw .usage("SOURCE_DATE_EPOCH=\"\(error.value)\" is not a whole number of seconds")
        }
    }

    /// Fixes the as-of day and computes every figure as of it.
    static func compute(_ loaded: LoadedSite, options: BuildOptions, cache: BuildCache?) throws(BuildFailure) -> (asOf: AsOf, figures: SiteFigures) {
        let asOf = try resolveAsOf(options, config: loaded.content.config)
        cache?.afterLoad(asOf: asOf, templates: loaded.theme?.templates ?? [:])
        return (asOf, cache?.figures(for: loaded.content, asOf: asOf.day) ?? SiteFigures(content: loaded.content, asOf: asOf.day))
    }

    /// What of each team the site may show, decided once (`Publication`): Present reads teams
    /// only from it.
    static func publish(_ loaded: LoadedSite, _ computed: (asOf: AsOf, figures: SiteFigures)) -> Publication {
        Publication(figures: computed.figures, contentRoot: loaded.folder.displayRoot)
    }

    /// The whole site as files, handed to `sink` as they are produced. Present sees the content as
    /// it stood at the end of D, never rows after it.
    static func present(
        _ loaded: LoadedSite, _ computed: (asOf: AsOf, figures: SiteFigures), _ publication: Publication, cache: BuildCache?,
        into sink: any OutputSink = InMemorySink()
    ) throws(BuildFailure) -> SiteFiles {
        let other = (cache?.dataFiles ?? [:]).merging(cache?.reusableListings(publication) ?? [:], uniquingKeysWith: { first, _ in first })
        let templateFiles = loaded.theme?.templateFiles
        let compiled = cache?.compiledTemplates.flatMap { $0.files == templateFiles ? $0.set : nil }
        let reuse = SiteFiles.Reuse(
            catalog: cache?.catalog, teamPages: cache?.teamPages ?? [:], teamExports: cache?.teamExports ?? [:], other: other,
            templates: compiled)
        let site: SiteFiles
        do {
            site = try SiteFiles(
                content: computed.figures.snapshot.content, publication: publication, figures: computed.figures, asOf: computed.asOf,
                theme: loaded.theme, assets: loaded.theme?.assets ?? [:], generator: "Glasshouse \(version)",
                staticFolder: loaded.folder.display(StaticLoader.folder), reusing: reuse, into: sink)
        } catch {
            throw .content(error.diagnostics)
        }
        if let catalog = site.catalog { cache?.keep(catalog: catalog, teamPages: site.teamPages) }
        if let templates = site.templates, let templateFiles { cache?.compiledTemplates = (templates, templateFiles) }
        cache?.keep(files: site.files)
        cache?.keepListings(files: site.files, publication: publication)
        return site
    }

    /// Takes the output folder's lock and opens its staging folder (site.md §2), into which present
    /// writes the site.
    static func stage(_ options: BuildOptions, progress: (BuildStage) -> Void) throws(BuildFailure) -> SiteStaging {
        do {
            return try SiteStaging(output: options.output, sources: sourceFolders(options), waiting: { progress(.wait) })
        } catch {
            throw error.refused ? .usage(error.description) : .io(error.description)
        }
    }

    /// Replaces the output folder with the written site, or fails and leaves it as it was.
    static func commit(_ staging: SiteStaging, _ site: SiteFiles) throws(BuildFailure) {
        do {
            try staging.commit(paths: site.files.map(\.path))
        } catch {
            throw .io(error.description)
        }
    }

    /// What the build did, with the warning when the as-of day is past most teams' data.
    static func report(_ loaded: LoadedSite, _ computed: (asOf: AsOf, figures: SiteFigures), _ site: SiteFiles) -> BuildReport {
        let (asOf, figures) = computed
        let content = loaded.content
        var warnings = content.warnings + figures.warnings
        let feeds = figures.leadership.feeds
        if feeds.pastMostData {
            warnings.append(
                Diagnostic(
                    .warning, file: loaded.folder.display("site.yaml"), field: "as_of",
                    message:
                        "the as-of day \(asOf.day) (\(asOf.source.rawValue)) is past most data: \(feeds.stale.count) of \(feeds.teamsWithData) teams with DORA data have no record in the last \(content.config.staleAfterDays) days"
                ))
        }
        var report = BuildReport(
            asOf: asOf, teams: content.teams.count, units: figures.tree.units.count, pages: site.pages, files: site.files.count, warnings: warnings.sorted())
        report.ignoredRows = figures.teams.values.reduce(0) { $0 + $1.ignoredAfterAsOf.values.reduce(0, +) }
        report.staleTeams = feeds.stale.count
        return report
    }
}
