import GlasshouseCompute
import GlasshouseCore

/// One page of the site: where it is written, the theme template that renders it, and its view
/// model. `SitePresenter` renders the list of every page; a new page is one entry of `Pages` (a
/// `SiteWide` page, a `MarkdownPage`, or a type of its own conforming here), its template in
/// `Themes/default/templates/` and its path in `OutputPaths`.
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
struct MarkdownPage: Page {
    let source: MarkdownSource
    let template: String
    /// `Note`, `Postmortem`: what the page and the feed call it; nil for a free page, which is
    /// not in the feed.
    let kind: String?
    /// The team it belongs to; nil for the org's notes and free pages.
    let team: PublishedTeam?
    let path: String

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

/// The kinds of page of the site (site.md §3).
enum Pages {
    /// A page the site has once, at a fixed path.
    struct SiteWide<Model: ViewModel>: Page {
        let template: String
        let path: String
        let build: @Sendable (SitePresenter, _ path: String) -> Model
        func model(in site: SitePresenter) -> Model { build(site, path) }
    }

    /// `index.html`: the org.
    static let org = SiteWide(template: "org", path: OutputPaths.org) { $0.orgPage(at: $1) }
    /// `notes/index.html`: every published note.
    static let notesIndex = SiteWide(template: "notes", path: OutputPaths.notes) { $0.notesPage(at: $1) }
    /// `postmortems/index.html`: every published postmortem.
    static let postmortemsIndex = SiteWide(template: "postmortems", path: OutputPaths.postmortems) { $0.postmortemsPage(at: $1) }
    /// `methodology/index.html`.
    static let methodology = SiteWide(template: "methodology", path: OutputPaths.methodology) { $0.methodologyPage(at: $1) }
    /// `quality/index.html`: data quality and transparency.
    static let quality = SiteWide(template: "quality", path: OutputPaths.quality) { $0.qualityPage(at: $1) }
    /// `data/index.html`: the guide to the JSON export.
    static let dataGuide = SiteWide(template: "data", path: OutputPaths.dataGuide) { $0.dataPage(at: $1) }

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
    static func teamNote(_ owner: PublishedTeam, _ source: MarkdownSource) -> MarkdownPage {
        MarkdownPage(source: source, template: "note", kind: "Note", team: owner, path: OutputPaths.teamNote(owner.id, source.slug))
    }

    /// `teams/ID/postmortems/SLUG/index.html`.
    static func teamPostmortem(_ owner: PublishedTeam, _ source: MarkdownSource) -> MarkdownPage {
        MarkdownPage(source: source, template: "postmortem", kind: "Postmortem", team: owner, path: OutputPaths.teamPostmortem(owner.id, source.slug))
    }

    /// `notes/SLUG/index.html`: an org note.
    static func orgNote(_ source: MarkdownSource) -> MarkdownPage {
        MarkdownPage(source: source, template: "note", kind: "Note", team: nil, path: OutputPaths.orgNote(source.slug))
    }

    /// `PAGE/index.html`: a free page of `pages/`.
    static func free(_ source: MarkdownSource) -> MarkdownPage {
        MarkdownPage(source: source, template: "page", kind: nil, team: nil, path: OutputPaths.page(source.slug))
    }
}
