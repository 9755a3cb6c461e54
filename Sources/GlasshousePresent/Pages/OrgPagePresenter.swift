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
            dora: figures.org.dora.map { dora.panel($0, id: "org", events: figures.leadership.org.events) },
            teamsDORA: teamsDORA(publication.teams, from: path),
            slos: unitSLOs(publication.teams, rollup: figures.org, from: path),
            costs: figures.org.costs.map {
                costPanels.unitCosts($0, budget: figures.org.budget, asOf: asOf.day, marks: (costMarks(figures.leadership.org).events, []), id: "org")
            },
            calms: calmsPanels.unitCALMS(figures.org.calms, heatmap: heatmap(publication.teams, from: path)),
            banner: feedBanner(publication.teams),
            changes: changesPanel(publication.teams, changes: figures.leadership.org.changes, from: path),
            costMonth: costShareMonth.description,
            costByUnit: shares.units,
            costByTeam: shares.teams,
            targetCounts: targetCounts(figures.leadership.org.targets),
            targets: targetRows(figures.leadership.org.targets, named: true, from: path)
        )
    }
}
