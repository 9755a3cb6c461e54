import GlasshouseCompute
import GlasshouseCore
import GlasshouseLoad
import GlasshousePresent
import GlasshouseWrite

/// What `glasshouse serve` keeps in memory between builds so that a rebuild after an edit does
/// only the work the edit requires (issue 14): team folders whose files did not change are not
/// read again (`LoadCache`), their figures are not recomputed, their pages, Markdown and JSON are
/// not rendered again, and only files whose bytes changed are written. Rollups (units, org) and
/// the site-wide pages are recomputed from every team on each build. A change outside `teams/`
/// (site.yaml, org.yaml, notes, pages, FOCUS, static) or another as-of day starts from scratch,
/// except that a theme edit keeps the loaded content and figures and re-renders every page.
/// The result is byte-identical to a full build (IncrementalBuildTests).
public final class BuildCache: @unchecked Sendable {
    let load = LoadCache()
    var asOf: AsOf?
    var templates: [String: String]?
    var teamFigures: [String: TeamFigures] = [:]
    var catalog: MarkdownCatalog?
    var teamPages: [String: [OutputFile]] = [:]
    var teamExports: [String: OutputFile] = [:]
    /// The files last synced into the output folder, by path.
    public var synced: [String: [UInt8]]?

    public init() {}

    /// Records the files the output folder now holds.
    public func recordSynced(_ files: [OutputFile]) {
        synced = Dictionary(files.map { ($0.path, SiteSync.signature(of: $0)) }, uniquingKeysWith: { _, last in last })
    }

    /// Forgets what does not survive a build that just loaded content: figures, pages and JSON
    /// of reloaded teams, everything when files outside `teams/` or the as-of day changed.
    func afterLoad(asOf: AsOf, templates: [String: String]) {
        let changes = load.takeChanges()
        if changes.global || self.asOf != asOf {
            teamFigures = [:]
            teamPages = [:]
            teamExports = [:]
            catalog = nil
        }
        for id in changes.teams {
            teamFigures[id] = nil
            teamPages[id] = nil
            teamExports[id] = nil
        }
        if self.templates != templates { teamPages = [:] }
        self.asOf = asOf
        self.templates = templates
    }

    /// Keeps the Markdown and team pages the build rendered, for the next one.
    func keep(catalog: MarkdownCatalog, teamPages: [String: [OutputFile]]) {
        self.catalog = catalog
        self.teamPages = teamPages
    }

    /// Keeps the figures and team JSON files the build computed, for the next one.
    func keep(figures: SiteFigures, files: [OutputFile]) {
        teamFigures = figures.teams
        let byPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var exports: [String: OutputFile] = [:]
        for id in figures.teams.keys {
            exports[id] = byPath[OutputPaths.teamData(id)]
        }
        teamExports = exports
    }
}
