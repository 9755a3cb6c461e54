import Foundation
import GlasshouseCompute
import GlasshouseCore

/// Notes, postmortems and free pages, and their rows in lists.
extension SitePresenter {
    func documentPage(_ source: MarkdownSource, kind: String?, path: String, team: PublishedTeam?) -> DocumentPage {
        let title = catalog.title(source)
        var crumbs = [Crumb]()
        if let team {
            crumbs = unitCrumbs(team.unit, from: path) + [Crumb(name: team.name, href: OutputPaths.relative(from: path, to: OutputPaths.team(team.id)))]
        }
        return DocumentPage(
            frame: frame(title: title, path: path, crumbs: crumbs + [Crumb(name: title, href: nil)]),
            kind: kind,
            title: title,
            date: source.frontMatter.date?.description,
            dateDisplay: source.frontMatter.date?.display,
            author: source.frontMatter.author,
            incident: source.frontMatter.incident,
            teamName: team?.name,
            teamHref: team.map { OutputPaths.relative(from: path, to: OutputPaths.team($0.id)) },
            body: TrustedHTML(catalog.html(source))
        )
    }

    func documentRow(_ source: MarkdownSource, page: String, from path: String, team: PublishedTeam?) -> DocumentRow {
        DocumentRow(
            title: catalog.title(source),
            href: OutputPaths.relative(from: path, to: page),
            date: source.frontMatter.date?.description ?? "",
            dateDisplay: source.frontMatter.date?.display ?? "",
            author: source.frontMatter.author,
            teamName: team?.name,
            teamHref: team.map { OutputPaths.relative(from: path, to: OutputPaths.team($0.id)) }
        )
    }

    /// The narrative without its leading `<h1>` when that only repeats the team's name, which the
    /// page already shows as its heading (one h1 per page).
    static func droppingTitle(_ html: String, title: String, name: String) -> String {
        guard title == name, html.hasPrefix("<h1>"), let end = html.range(of: "</h1>\n") else { return html }
        return String(html[end.upperBound...])
    }

    /// Newest first; ties by title so the order never depends on the file system.
    static func newestFirst(_ rows: [DocumentRow]) -> [DocumentRow] {
        rows.sorted { ($0.date, $1.title) > ($1.date, $0.title) }
    }
}
