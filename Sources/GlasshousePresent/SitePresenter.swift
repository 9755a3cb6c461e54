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
    /// What of each team the site may show (and the warnings it may show): pages read teams
    /// only from here, never from `content.teams` or `figures.teams`.
    public let publication: Publication

    /// `content` gives the site settings, org notes and pages; `figures` the unit and org rollups.
    /// `previousCatalog` (`glasshouse serve`): the Markdown rendered by the previous build, reused
    /// for files whose text is unchanged.
    public init(
        content: Content, publication: Publication, figures: SiteFigures, asOf: AsOf, templates: TemplateSet, generator: String,
        previousCatalog: MarkdownCatalog? = nil
    ) {
        (self.content, self.publication, self.figures) = (content, publication, figures)
        dora = DORAPresenter(benchmark: figures.benchmark, zone: content.config.timezone)
        costPanels = CostPanelPresenter(currency: content.config.currency)
        self.asOf = asOf
        self.templates = templates
        self.generator = generator
        let published = publication.teams.flatMap { team in [team.narrative].compactMap { $0 } + team.notes + team.postmortems }
        catalog = MarkdownCatalog(sources: published + content.orgNotes + content.pages, unsafeHTML: content.config.unsafeHTML, reusing: previousCatalog)
    }

    /// The site-wide pages, then every unit's.
    var sitePages: [any Page] {
        [Pages.org, Pages.postmortemsIndex, Pages.notesIndex, Pages.methodology, Pages.quality, Pages.dataGuide]
            + tree.units.map { Pages.Unit(unit: $0) }
    }

    /// A team's page, then its published notes and postmortems.
    func pages(of team: PublishedTeam) -> [any Page] {
        [Pages.Team(team: team)]
            + team.notes.map { Pages.teamNote(team, $0) }
            + team.postmortems.map { Pages.teamPostmortem(team, $0) }
    }

    /// The org's notes and the free pages.
    var documentPages: [any Page] {
        content.orgNotes.map(Pages.orgNote) + content.pages.map(Pages.free)
    }

    /// Every page, then the sitemap (with `base_url`) and the feed, with each team's pages taken
    /// from `teamPages` when it has them (`glasshouse serve` passes the pages of teams whose inputs
    /// did not change) and its Markdown renders as before, and a site-wide page from `other` (by
    /// path; the sitemap and feed too) when it is there; also returns each team's pages. Hands
    /// them to `sink` as they are rendered (the site-wide pages, then each team's, …) and returns
    /// what it keeps.
    public func pages(
        reusing teamPages: [String: [OutputFile]], other: [String: OutputFile] = [:], into sink: any OutputSink = InMemorySink()
    ) throws(TemplateSet.Failure) -> (files: [OutputFile], teamPages: [String: [OutputFile]]) {
        var site: [OutputFile] = []
        for page in sitePages {
            if let reused = other[page.path] { site.append(reused) } else { site.append(try page.file(in: self)) }
        }
        var files = sink.take(site)
        // A link to another team's note renders differently when that note comes or goes.
        let changedMarkdown = Set(catalog.changed.filter { $0.hasPrefix("teams/") }.map { String($0.split(separator: "/")[1]) })
        // A team's pages (its page, notes and postmortems) are independent of other teams': render
        // them on every core and keep them in team order.
        let teamFiles = Parallel.map(publication.teams) { team in
            Result { () throws(TemplateSet.Failure) -> [OutputFile] in
                if let reused = teamPages[team.id], !changedMarkdown.contains(team.id) { return sink.take(reused) }
                return sink.take(try self.render(self.pages(of: team)))
            }
        }
        var rendered: [String: [OutputFile]] = [:]
        for (team, result) in zip(publication.teams, teamFiles) {
            let pages = try result.get()
            rendered[team.id] = pages
            files += pages
        }
        files += sink.take(try render(documentPages))
        let baseURL = content.config.baseURL
        var index: [OutputFile] = []
        if let baseURL { index.append(other[OutputPaths.sitemap] ?? FeedExport.sitemap(baseURL: baseURL, pages: files.map(\.path))) }
        index.append(
            other[OutputPaths.feed] ?? FeedExport.feed(title: content.config.title, orgName: content.orgName, baseURL: baseURL, entries: feedEntries()))
        return (files + sink.take(index), rendered)
    }

    func render(_ pages: [any Page]) throws(TemplateSet.Failure) -> [OutputFile] {
        var files: [OutputFile] = []
        for page in pages { files.append(try page.file(in: self)) }
        return files
    }

    /// The dated notes and postmortems among the published pages.
    func feedEntries() -> [FeedExport.Entry] {
        (documentPages + publication.teams.flatMap(pages(of:))).compactMap { page in
            (page as? MarkdownPage)?.feedEntry(in: self)
        }
    }
}
