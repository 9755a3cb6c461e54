import GlasshouseCompute
import GlasshouseCore

/// One page of the site: where it is written, the theme template that renders it, and its view
/// model. `SitePresenter` renders the list of every page; a new page is one type conforming here
/// (in `Pages`), its template in `Themes/default/templates/` and its path in `OutputPaths`.
protocol Page: Sendable {
    associatedtype Model: ViewModel
    /// The template that renders it: `templates/NAME.mustache` of the theme.
    var template: String { get }
    /// Where it is written, relative to the site root (from `OutputPaths`).
    var path: String { get }
    /// Its view model, built from the site's content and figures.
    func model(in site: SitePresenter) -> Model
}

/// A page made from one Markdown document: a note, a postmortem or a free page. Dated notes and
/// postmortems are also entries of the feed.
protocol DocumentPageKind: Page where Model == DocumentPage {
    var source: MarkdownSource { get }
    /// The team it belongs to; nil for the org's notes and free pages.
    var team: PublishedTeam? { get }
    /// `Note`, `Postmortem`: what the page and the feed call it; nil for a free page, which is
    /// not in the feed.
    var kind: String? { get }
}

extension DocumentPageKind {
    func model(in site: SitePresenter) -> DocumentPage {
        site.documentPage(source, kind: kind, path: path, team: team)
    }

    /// Its entry in the feed; nil for an undated document or a free page.
    func feedEntry(in site: SitePresenter) -> FeedExport.Entry? {
        guard let kind, let date = source.frontMatter.date else { return nil }
        return FeedExport.Entry(title: site.catalog.title(source), path: path, date: date, author: source.frontMatter.author, kind: kind, teamName: team?.name)
    }
}

extension Page {
    /// The page rendered through its template.
    func file(in site: SitePresenter) throws(TemplateSet.Failure) -> OutputFile {
        OutputFile(path: path, text: try site.templates.render(template, model(in: site)))
    }
}

/// The kinds of page of the site (site.md §3), one type each.
enum Pages {
    /// `index.html`: the org.
    struct Org: Page {
        let template = "org"
        var path: String { OutputPaths.org }
        func model(in site: SitePresenter) -> OrgPage { site.orgPage(at: path) }
    }

    /// `units/ID/index.html`.
    struct Unit: Page {
        let unit: OrgUnit
        let template = "unit"
        var path: String { OutputPaths.unit(unit.id) }
        func model(in site: SitePresenter) -> UnitPage { site.unitPage(unit, at: path) }
    }

    /// `teams/ID/index.html`.
    struct Team: Page {
        let team: PublishedTeam
        let template = "team"
        var path: String { OutputPaths.team(team.id) }
        func model(in site: SitePresenter) -> TeamPage { site.teamPage(team, at: path) }
    }

    /// `teams/ID/notes/SLUG/index.html`.
    struct TeamNote: DocumentPageKind {
        let owner: PublishedTeam
        let source: MarkdownSource
        let template = "note"
        var kind: String? { "Note" }
        var team: PublishedTeam? { owner }
        var path: String { OutputPaths.teamNote(owner.id, source.slug) }
    }

    /// `teams/ID/postmortems/SLUG/index.html`.
    struct TeamPostmortem: DocumentPageKind {
        let owner: PublishedTeam
        let source: MarkdownSource
        let template = "postmortem"
        var kind: String? { "Postmortem" }
        var team: PublishedTeam? { owner }
        var path: String { OutputPaths.teamPostmortem(owner.id, source.slug) }
    }

    /// `notes/SLUG/index.html`: an org note.
    struct OrgNote: DocumentPageKind {
        let source: MarkdownSource
        let template = "note"
        var kind: String? { "Note" }
        var team: PublishedTeam? { nil }
        var path: String { OutputPaths.orgNote(source.slug) }
    }

    /// `PAGE/index.html`: a free page of `pages/`.
    struct Free: DocumentPageKind {
        let source: MarkdownSource
        let template = "page"
        var kind: String? { nil }
        var team: PublishedTeam? { nil }
        var path: String { OutputPaths.page(source.slug) }
    }

    /// `notes/index.html`: every published note.
    struct NotesIndex: Page {
        let template = "notes"
        var path: String { OutputPaths.notes }
        func model(in site: SitePresenter) -> NotesPage { site.notesPage(at: path) }
    }

    /// `postmortems/index.html`: every published postmortem.
    struct PostmortemsIndex: Page {
        let template = "postmortems"
        var path: String { OutputPaths.postmortems }
        func model(in site: SitePresenter) -> PostmortemsPage { site.postmortemsPage(at: path) }
    }

    /// `methodology/index.html`.
    struct Methodology: Page {
        let template = "methodology"
        var path: String { OutputPaths.methodology }
        func model(in site: SitePresenter) -> MethodologyPage { site.methodologyPage(at: path) }
    }

    /// `quality/index.html`: data quality and transparency.
    struct Quality: Page {
        let template = "quality"
        var path: String { OutputPaths.quality }
        func model(in site: SitePresenter) -> QualityPage { site.qualityPage(at: path) }
    }

    /// `data/index.html`: the guide to the JSON export.
    struct DataGuide: Page {
        let template = "data"
        var path: String { OutputPaths.dataGuide }
        func model(in site: SitePresenter) -> DataPage { site.dataPage(at: path) }
    }
}
