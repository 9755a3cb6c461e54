import Foundation
import GlasshouseCompute
import GlasshouseCore

/// The org-wide postmortem library.
extension SitePresenter {
    func postmortemsPage(at path: String) -> PostmortemsPage {
        var rows: [PostmortemRow] = []
        for team in publication.teams {
            // Severities only from a shown incident list.
            let severities = Dictionary((team.incidents ?? []).map { ($0.id, $0.severity) }, uniquingKeysWith: { first, _ in first })
            for source in team.postmortems {
                rows.append(
                    PostmortemRow(
                        title: catalog.title(source),
                        href: OutputPaths.relative(from: path, to: OutputPaths.teamPostmortem(team.id, source.slug)),
                        date: source.frontMatter.date?.description ?? "",
                        dateDisplay: source.frontMatter.date?.display ?? "",
                        teamName: team.name,
                        teamHref: OutputPaths.relative(from: path, to: OutputPaths.team(team.id)),
                        incident: source.frontMatter.incident,
                        severity: source.frontMatter.incident.flatMap { severities[$0] ?? nil }
                    ))
            }
        }
        rows.sort { ($0.date, $1.title, $1.teamName) > ($1.date, $0.title, $0.teamName) }
        return PostmortemsPage(frame: frame(title: "Postmortems", path: path, crumbs: [Crumb(name: "Postmortems", href: nil)]), postmortems: rows)
    }
}
