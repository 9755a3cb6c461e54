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
    public init(content: Content, figures: SiteFigures, asOf: AsOf, templates: TemplateSet, generator: String, contentRoot: String? = nil, previousCatalog: MarkdownCatalog? = nil) {
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

    /// Every page of the site, in a stable order.
    public func pages() throws(TemplateSet.Failure) -> [OutputFile] {
        try pages(reusing: [:]).files
    }

    /// Every page, with each team's pages taken from `teamPages` when it has them (`glasshouse
    /// serve` passes the pages of teams whose inputs did not change), and any other page from
    /// `other` (by path) when it is there; also returns each team's pages.
    public func pages(reusing teamPages: [String: [OutputFile]], other: [String: OutputFile] = [:]) throws(TemplateSet.Failure) -> (files: [OutputFile], teamPages: [String: [OutputFile]]) {
        var files: [OutputFile] = []
        func page(_ path: String, _ render: () throws(TemplateSet.Failure) -> String) throws(TemplateSet.Failure) -> OutputFile {
            if let reused = other[path] { return reused }
            return OutputFile(path: path, text: try render())
        }
        files.append(try page(SitePaths.org) { () throws(TemplateSet.Failure) in try templates.render("org", orgPage()) })
        files.append(OutputFile(path: SitePaths.postmortems, text: try templates.render("postmortems", postmortemsPage())))
        files.append(OutputFile(path: SitePaths.notes, text: try templates.render("notes", notesPage())))
        files.append(try page(SitePaths.methodology) { () throws(TemplateSet.Failure) in try templates.render("methodology", methodologyPage()) })
        files.append(OutputFile(path: SitePaths.quality, text: try templates.render("quality", qualityPage())))
        files.append(try page(SitePaths.dataGuide) { () throws(TemplateSet.Failure) in try templates.render("data", dataPage()) })
        for unit in tree.units {
            files.append(try page(SitePaths.unit(unit.id)) { () throws(TemplateSet.Failure) in try templates.render("unit", unitPage(unit)) })
        }
        // A team's pages (its page, notes and postmortems) are independent of other teams': render
        // them on every core and keep them in team order.
        let teamFiles = Parallel.map(content.teams) { team in
            Result { () throws(TemplateSet.Failure) -> [OutputFile] in
                if let reused = teamPages[team.id] { return reused }
                return try self.teamPages(team)
            }
        }
        var rendered: [String: [OutputFile]] = [:]
        for (team, result) in zip(content.teams, teamFiles) {
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
        func add(_ source: MarkdownSource, path: String, kind: String, team: Team?) {
            guard let date = source.frontMatter.date else { return }
            entries.append(FeedExport.Entry(title: catalog.title(source), path: path, date: date, author: source.frontMatter.author, kind: kind, teamName: team?.name))
        }
        for note in content.orgNotes { add(note, path: SitePaths.orgNote(note.slug), kind: "Note", team: nil) }
        for team in content.teams {
            if !team.isPrivate(.notes) { for note in team.notes { add(note, path: SitePaths.teamNote(team.id, note.slug), kind: "Note", team: team) } }
            if !team.isPrivate(.postmortems) {
                for postmortem in team.postmortems { add(postmortem, path: SitePaths.teamPostmortem(team.id, postmortem.slug), kind: "Postmortem", team: team) }
            }
        }
        return entries
    }

    /// `path` relative to the content folder `root` (unchanged when it lies elsewhere).
    static func relative(_ path: String, to root: String?) -> String {
        guard let root, !root.isEmpty else { return path }
        if path == root { return "." }
        return path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }
}
