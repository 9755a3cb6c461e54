import GlasshouseCompute
import GlasshouseCore
import GlasshouseLoad
import GlasshousePresent
import GlasshouseWrite

/// What `glasshouse serve` keeps in memory between builds so that a rebuild after an edit does
/// only the work the edit requires (issue 14): team folders whose files did not change are not
/// read again (`LoadCache`) nor cut at the as-of day again, their figures are not recomputed,
/// their pages, Markdown and JSON are not rendered again, and only files whose bytes changed are
/// written. When only Markdown changed in team folders (a note, a postmortem, a narrative), no
/// figure is recomputed at all and the pages and JSON made from figures alone (org, units,
/// methodology, data guide, index, unit and org JSON) are kept, and so are the pages that list
/// documents (notes and postmortems indexes, quality, feed, sitemap) when every team lists the
/// same documents (same titles, dates, authors) as before; otherwise the rollups and those
/// files are made again from every team's figures. A change outside `teams/` (site.yaml,
/// org.yaml, notes, pages, FOCUS, static) or another as-of day starts from scratch, except that a
/// theme edit keeps the loaded content and figures and re-renders every page.
/// The result is byte-identical to a full build (IncrementalBuildTests).
public final class BuildCache: @unchecked Sendable {
    let load = LoadCache()
    var asOf: AsOf?
    var templates: [String: String]?
    /// `templates` compiled, with the template files they were read from; nil after a template change.
    var compiledTemplates: (set: TemplateSet, files: [String: String])?
    var teamFigures: [String: TeamFigures] = [:]
    /// The figures of the last build that computed them.
    var figures: SiteFigures?
    var catalog: MarkdownCatalog?
    var teamPages: [String: [OutputFile]] = [:]
    var teamExports: [String: OutputFile] = [:]
    /// Pages and JSON made from figures and settings alone, by path (`dataOnlyPaths`).
    var dataFiles: [String: OutputFile] = [:]
    /// Teams read again since `figures` were computed: their as-of cut is made again.
    var reloadedTeams: Set<String> = []
    /// No team's data changed since `figures` were computed: they hold as they are.
    var sameData = false
    /// Teams whose data changed since `figures` were computed; nil after a change outside `teams/`.
    var dataTeams: Set<String>?
    /// The files last synced into the output folder, by path.
    public var synced: [String: [UInt8]]?
    /// The pages that list documents (`listingPaths`) as the last build rendered them, and what
    /// they were made from (`ListingInputs`); nil after a template change.
    var listings: (files: [String: OutputFile], inputs: ListingInputs)?

    public init() {}

    /// Records the files the output folder now holds.
    public func recordSynced(_ files: [OutputFile]) {
        synced = Dictionary(files.map { ($0.path, SiteSync.signature(of: $0)) }, uniquingKeysWith: { _, last in last })
    }

    /// Forgets what does not survive a build that just loaded content: figures, pages and JSON
    /// of reloaded teams, everything when files outside `teams/` or the as-of day changed.
    func afterLoad(asOf: AsOf, templates: [String: String]) {
        let changes = load.takeChanges()
        let reset = changes.global || self.asOf != asOf
        if reset {
            teamFigures = [:]
            teamPages = [:]
            teamExports = [:]
            catalog = nil
            figures = nil
        }
        for id in changes.teams {
            teamPages[id] = nil
            teamExports[id] = nil
        }
        for id in changes.dataTeams { teamFigures[id] = nil }
        reloadedTeams = reset ? [] : changes.teams
        dataTeams = reset ? nil : changes.dataTeams
        sameData = !reset && changes.dataTeams.isEmpty && figures != nil
        if !sameData { dataFiles = dataFiles.filter { $0.key.hasPrefix("units/") || $0.key.hasPrefix(OutputPaths.unitData("")) } }
        if self.templates != templates {
            compiledTemplates = nil
            listings = nil
            teamPages = [:]
            dataFiles = dataFiles.filter { !$0.key.hasSuffix(".html") }
        }
        self.asOf = asOf
        self.templates = templates
    }

    /// The figures of this build: the previous ones when no team's data changed, else computed
    /// again from the teams' cached figures and as-of cuts where those still hold.
    func figures(for content: Content, asOf: Day) -> SiteFigures {
        let computed: SiteFigures
        if sameData, let figures {
            computed = SiteFigures(sameDataAs: figures, content: content, changed: reloadedTeams)
        } else {
            let kept = unchangedUnits(content)
            dataFiles = dataFiles.filter { path, _ in kept.keys.contains { path == OutputPaths.unit($0) || path == OutputPaths.unitData($0) } }
            computed = SiteFigures(content: content, asOf: asOf, reusing: teamFigures, snapshot: figures?.snapshot, changed: reloadedTeams, units: kept)
        }
        figures = computed
        teamFigures = computed.teams
        reloadedTeams = []
        return computed
    }

    /// The rollups of the previous figures that still hold: units none of whose teams (before the
    /// edit or after it) changed data, when the same teams are in the same units as before.
    /// Their pages and JSON hold as well: a unit's page shows its own subtree only.
    func unchangedUnits(_ content: Content) -> [String: UnitFigures] {
        guard let figures, let dataTeams, !dataTeams.isEmpty else { return [:] }
        let tree = OrgTree(content: content)
        guard tree.units.map(\.id) == figures.tree.units.map(\.id), Set(content.teams.map(\.id)) == Set(figures.teams.keys) else { return [:] }
        var affected: Set<String> = []
        for old in [figures.tree, tree] {
            for unit in old.units where old.subtreeTeams(of: unit.id).contains(where: dataTeams.contains) { affected.insert(unit.id) }
        }
        return figures.units.filter { !affected.contains($0.key) }
    }

    /// Keeps the Markdown and team pages the build rendered, for the next one.
    func keep(catalog: MarkdownCatalog, teamPages: [String: [OutputFile]]) {
        self.catalog = catalog
        self.teamPages = teamPages
    }

    /// The site-wide pages and JSON files made from figures and settings alone: no team's
    /// Markdown, notes list or warning shows in them.
    static func dataOnlyPaths(_ figures: SiteFigures) -> Set<String> {
        Set(
            [OutputPaths.org, OutputPaths.methodology, OutputPaths.dataGuide, OutputPaths.dataIndex, OutputPaths.orgData]
                + figures.tree.units.flatMap { [OutputPaths.unit($0.id), OutputPaths.unitData($0.id)] })
    }

    /// The notes and postmortems indexes, the quality page, the feed and the sitemap: pages made
    /// from the figures, the warnings and every team's list of documents.
    static let listingPaths = [OutputPaths.notes, OutputPaths.postmortems, OutputPaths.quality, OutputPaths.feed, OutputPaths.sitemap]

    /// What the listing pages show of the published teams: each team's name and its documents
    /// as listed (path, slug, front matter; the body only when the title comes from its first
    /// heading), the rows left out after the as-of day, and the build's warnings.
    struct ListingInputs: Equatable {
        struct Team: Equatable {
            let name: String
            let documents: [MarkdownSource]
            let ignored: [IgnoredRows]
        }
        let teams: [String: Team]
        let warnings: [Diagnostic]

        init(_ publication: Publication) {
            func listed(_ source: MarkdownSource) -> MarkdownSource {
                var source = source
                if source.frontMatter.title != nil { source.body = "" }
                return source
            }
            teams = Dictionary(
                publication.teams.map { team in
                    (team.id, Team(name: team.name, documents: (team.notes + team.postmortems).map(listed), ignored: team.ignoredAfterAsOf))
                }, uniquingKeysWith: { first, _ in first })
            warnings = publication.warnings
        }
    }

    /// The listing pages of the previous build, when they hold: no team's data changed (so the
    /// figures are the same), the templates are the same and every team lists the same documents.
    func reusableListings(_ publication: Publication) -> [String: OutputFile] {
        guard sameData, let listings, listings.inputs == ListingInputs(publication) else { return [:] }
        return listings.files
    }

    /// Keeps the figures' team JSON files and the files made from figures alone, for the next build.
    func keep(files: [OutputFile]) {
        guard let figures else { return }
        let byPath = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var exports: [String: OutputFile] = [:]
        for id in figures.teams.keys {
            exports[id] = byPath[OutputPaths.teamData(id)]
        }
        teamExports = exports
        let dataOnly = Self.dataOnlyPaths(figures)
        dataFiles = byPath.filter { dataOnly.contains($0.key) }
    }

    /// Keeps the listing pages this build made or reused, and their inputs, for the next build.
    func keepListings(files: [OutputFile], publication: Publication) {
        let paths = Set(Self.listingPaths)
        let kept = Dictionary(files.filter { paths.contains($0.path) }.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        listings = kept.isEmpty ? nil : (kept, ListingInputs(publication))
    }
}
