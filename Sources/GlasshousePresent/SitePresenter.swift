import Foundation
import GlasshouseCompute
import GlasshouseCore

/// Turns the content and computed figures into the site's files: HTML pages from the theme's
/// templates, the theme's assets and the machine-readable index.
public struct SitePresenter: Sendable {
    public let content: Content
    public let figures: SiteFigures
    var tree: OrgTree { figures.tree }
    public let asOf: AsOf
    public let templates: TemplateSet
    public let generator: String
    public let catalog: MarkdownCatalog
    let dora: DORAPresenter
    let sloPanels = SLOPanelPresenter()
    let costPanels: CostPanelPresenter
    let calmsPanels = CALMSPanelPresenter()
    /// Teams by id: unit and org pages look up every team of their subtree.
    let teamsByID: [String: Team]

    /// Every warning of the build (loading and computing), for the data-quality page, with
    /// content-relative paths.
    public let warnings: [Diagnostic]
    /// How the loader named the content folder in messages (`Content`, or the build machine's
    /// absolute path): pages show paths relative to it, never the machine's.
    let contentRoot: String?

    /// `previousCatalog` (`glasshouse serve`): the Markdown rendered by the previous build, reused
    /// for files whose text is unchanged.
    public init(
        content: Content, figures: SiteFigures, asOf: AsOf, templates: TemplateSet, generator: String, contentRoot: String? = nil,
        previousCatalog: MarkdownCatalog? = nil
    ) {
        self.contentRoot = contentRoot
        warnings = (content.warnings + figures.warnings).map { warning in
            var relative = warning
            relative.file = SitePresenter.relative(warning.file, to: contentRoot)
            return relative
        }.sorted()
        teamsByID = Dictionary(uniqueKeysWithValues: content.teams.map { ($0.id, $0) })
        self.content = content
        self.figures = figures
        dora = DORAPresenter(benchmark: figures.benchmark, zone: content.config.timezone, asOf: asOf.day)
        costPanels = CostPanelPresenter(currency: content.config.currency)
        self.asOf = asOf
        self.templates = templates
        self.generator = generator
        let published = content.teams.flatMap { team in
            [team.narrative].compactMap { $0 }
                + (team.isPrivate(.notes) ? [] : team.notes)
                + (team.isPrivate(.postmortems) ? [] : team.postmortems)
        }
        catalog = MarkdownCatalog(sources: published + content.orgNotes + content.pages, unsafeHTML: content.config.unsafeHTML, reusing: previousCatalog)
    }

    /// The site-wide pages, then every unit's.
    var sitePages: [any Page] {
        [Pages.Org(), Pages.PostmortemsIndex(), Pages.NotesIndex(), Pages.Methodology(), Pages.Quality(), Pages.DataGuide()]
            + tree.units.map { Pages.Unit(unit: $0) }
    }

    /// A team's page, then its published notes and postmortems.
    func pages(of team: Team) -> [any Page] {
        [Pages.Team(team: team)]
            + (team.isPrivate(.notes) ? [] : team.notes.map { Pages.TeamNote(owner: team, source: $0) })
            + (team.isPrivate(.postmortems) ? [] : team.postmortems.map { Pages.TeamPostmortem(owner: team, source: $0) })
    }

    /// The org's notes and the free pages.
    var documentPages: [any Page] {
        content.orgNotes.map { Pages.OrgNote(source: $0) } + content.pages.map { Pages.Free(source: $0) }
    }

    /// Every page, then the sitemap (with `base_url`) and the feed, with each team's pages taken
    /// from `teamPages` when it has them (`glasshouse serve` passes the pages of teams whose inputs
    /// did not change); also returns each team's pages.
    public func pages(reusing teamPages: [String: [OutputFile]]) throws(TemplateSet.Failure) -> (files: [OutputFile], teamPages: [String: [OutputFile]]) {
        var files = try render(sitePages)
        // A team's pages (its page, notes and postmortems) are independent of other teams': render
        // them on every core and keep them in team order.
        let teamFiles = Parallel.map(content.teams) { team in
            Result { () throws(TemplateSet.Failure) -> [OutputFile] in
                if let reused = teamPages[team.id] { return reused }
                return try self.render(self.pages(of: team))
            }
        }
        var rendered: [String: [OutputFile]] = [:]
        for (team, result) in zip(content.teams, teamFiles) {
            let pages = try result.get()
            rendered[team.id] = pages
            files += pages
        }
        files += try render(documentPages)
        let baseURL = content.config.baseURL
        if let baseURL { files.append(FeedExport.sitemap(baseURL: baseURL, pages: files.map(\.path))) }
        files.append(FeedExport.feed(title: content.config.title, orgName: content.orgName, baseURL: baseURL, entries: feedEntries()))
        return (files, rendered)
    }

    func render(_ pages: [any Page]) throws(TemplateSet.Failure) -> [OutputFile] {
        var files: [OutputFile] = []
        for page in pages { files.append(try page.file(in: self)) }
        return files
    }

    /// The dated notes and postmortems among the published pages.
    func feedEntries() -> [FeedExport.Entry] {
        (documentPages + content.teams.flatMap(pages(of:))).compactMap { page in
            (page as? any DocumentPageKind)?.feedEntry(in: self)
        }
    }

    /// `path` relative to the content folder `root` (unchanged when it lies elsewhere).
    static func relative(_ path: String, to root: String?) -> String {
        guard let root, !root.isEmpty else { return path }
        if path == root { return "." }
        return path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }
}
