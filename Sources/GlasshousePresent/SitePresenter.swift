import GlasshouseCompute
import GlasshouseCore
import Foundation

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
    /// What of each team the site may show (and the warnings it may show): pages read teams
    /// only from here, never from `content.teams` or `figures.teams`.
    public let publication: Publication

    /// `content` gives the site settings, org notes and pages; `figures` the unit and org rollups.
    /// `previousCatalog` (`glasshouse serve`): the Markdown rendered by the previous build, reused
    /// for files whose text is unchanged.
    public init(content: Content, publication: Publication, figures: SiteFigures, asOf: AsOf, templates: TemplateSet, generator: String, previousCatalog: MarkdownCatalog? = nil) {
        self.content = content
        self.publication = publication
        self.figures = figures
        dora = DORAPresenter(benchmark: figures.benchmark, zone: content.config.timezone)
        costPanels = CostPanelPresenter(currency: content.config.currency)
        self.asOf = asOf
        self.templates = templates
        self.generator = generator
        let published = publication.teams.flatMap { team in [team.narrative].compactMap { $0 } + team.notes + team.postmortems }
        catalog = MarkdownCatalog(sources: published + content.orgNotes + content.pages, unsafeHTML: content.config.unsafeHTML, reusing: previousCatalog)
    }

    /// Every page of the site, in a stable order.
    public func pages() throws(TemplateSet.Failure) -> [OutputFile] {
        try pages(reusing: [:]).files
    }

    /// Every page, with each team's pages taken from `teamPages` when it has them (`glasshouse
    /// serve` passes the pages of teams whose inputs did not change); also returns each team's pages.
    public func pages(reusing teamPages: [String: [OutputFile]]) throws(TemplateSet.Failure) -> (files: [OutputFile], teamPages: [String: [OutputFile]]) {
        var files: [OutputFile] = []
        files.append(OutputFile(path: SitePaths.org, text: try templates.render("org", orgPage())))
        files.append(OutputFile(path: SitePaths.postmortems, text: try templates.render("postmortems", postmortemsPage())))
        files.append(OutputFile(path: SitePaths.notes, text: try templates.render("notes", notesPage())))
        files.append(OutputFile(path: SitePaths.methodology, text: try templates.render("methodology", methodologyPage())))
        files.append(OutputFile(path: SitePaths.quality, text: try templates.render("quality", qualityPage())))
        files.append(OutputFile(path: SitePaths.dataGuide, text: try templates.render("data", dataPage())))
        for unit in tree.units {
            files.append(OutputFile(path: SitePaths.unit(unit.id), text: try templates.render("unit", unitPage(unit))))
        }
        // A team's pages (its page, notes and postmortems) are independent of other teams': render
        // them on every core and keep them in team order.
        let teamFiles = Parallel.map(publication.teams) { team in
            Result { () throws(TemplateSet.Failure) -> [OutputFile] in
                if let reused = teamPages[team.id] { return reused }
                return try self.teamPages(team)
            }
        }
        var rendered: [String: [OutputFile]] = [:]
        for (team, result) in zip(publication.teams, teamFiles) {
            let pages = try result.get()
            rendered[team.id] = pages
            files += pages
        }
        for note in content.orgNotes {
            let path = SitePaths.orgNote(note.slug)
            files.append(OutputFile(path: path, text: try templates.render("note", documentPage(note, kind: "Note", path: path, team: nil))))
        }
        for page in content.pages {
            let path = SitePaths.page(page.slug)
            files.append(OutputFile(path: path, text: try templates.render("page", documentPage(page, kind: nil, path: path, team: nil))))
        }
        let baseURL = content.config.baseURL
        if let baseURL { files.append(FeedExport.sitemap(baseURL: baseURL, pages: files.map(\.path))) }
        files.append(FeedExport.feed(title: content.config.title, orgName: content.orgName, baseURL: baseURL, entries: feedEntries()))
        return (files, rendered)
    }

    /// Org notes, and team notes and postmortems that are published.
    func feedEntries() -> [FeedExport.Entry] {
        var entries: [FeedExport.Entry] = []
        func add(_ source: MarkdownSource, path: String, kind: String, team: PublishedTeam?) {
            guard let date = source.frontMatter.date else { return }
            entries.append(FeedExport.Entry(title: catalog.title(source), path: path, date: date, author: source.frontMatter.author, kind: kind, teamName: team?.name))
        }
        for note in content.orgNotes { add(note, path: SitePaths.orgNote(note.slug), kind: "Note", team: nil) }
        for team in publication.teams {
            for note in team.notes { add(note, path: SitePaths.teamNote(team.id, note.slug), kind: "Note", team: team) }
            for postmortem in team.postmortems { add(postmortem, path: SitePaths.teamPostmortem(team.id, postmortem.slug), kind: "Postmortem", team: team) }
        }
        return entries
    }
}
