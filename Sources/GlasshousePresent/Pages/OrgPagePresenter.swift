import Foundation
import GlasshouseCompute
import GlasshouseCore

/// The org page (`index.html`).
extension SitePresenter {
    func orgPage(at path: String) -> OrgPage {
        let shares = costShares(from: path)
        let notes = content.orgNotes.map { documentRow($0, page: OutputPaths.orgNote($0.slug), from: path, team: nil) }
        return OrgPage(
            frame: frame(title: content.orgName, path: path, crumbs: []),
            name: content.orgName,
            units: tree.children(of: nil).compactMap(tree.unit).map { unitRow($0, from: path) },
            teams: publication.teams.map { teamRow($0, from: path) },
            notes: Self.newestFirst(notes),
            teamCount: publication.teams.count,
            unitCount: tree.units.count,
            panels: scopePanels(publication.teams, rollup: figures.org, leadership: figures.leadership.org, id: "org", chartsTargets: false, from: path),
            costMonth: costShareMonth.description,
            costByUnit: shares.units,
            costByTeam: shares.teams,
            targetCounts: targetCounts(figures.leadership.org.targets),
            targets: targetRows(figures.leadership.org.targets, named: true, from: path)
        )
    }
}
