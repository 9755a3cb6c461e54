import Foundation
import GlasshouseCompute
import GlasshouseCore

/// Unit pages, and the parts they share with the org page.
extension SitePresenter {
    func unitPage(_ unit: OrgUnit, at path: String) -> UnitPage {
        let crumbs = tree.ancestry(of: unit.id).dropLast().map { Crumb(name: $0.name, href: OutputPaths.relative(from: path, to: OutputPaths.unit($0.id))) }
        let subtree = tree.subtreeTeams(of: unit.id).compactMap(team)
        let leadership = figures.leadership.units[unit.id]!
        return UnitPage(
            frame: frame(title: unit.name, path: path, crumbs: crumbs + [Crumb(name: unit.name, href: nil)]),
            name: unit.name,
            lead: unit.lead,
            description: unit.description.map { TrustedHTML(catalog.render(fragment: $0).html) },
            units: tree.children(of: unit.id).compactMap(tree.unit).map { unitRow($0, from: path) },
            teams: tree.teams(in: unit.id).compactMap(team).map { teamRow($0, from: path) },
            subtreeTeamCount: subtree.count,
            panels: scopePanels(subtree, rollup: figures.units[unit.id]!, leadership: leadership, id: "unit", chartsTargets: true, from: path),
            targets: targetRows(leadership.targets, named: false, from: path)
        )
    }

    /// The panels of the org page (`id` `org`) or a unit page (`unit`) over `teams`, the scope's.
    /// A unit's charts draw its targets; the org's targets are every target of the site, so its
    /// charts draw only its events.
    func scopePanels(
        _ teams: [PublishedTeam], rollup: UnitFigures, leadership: ScopeLeadership, id: String, chartsTargets: Bool, from path: String
    ) -> ScopePanels {
        let targets = chartsTargets ? leadership.targets : []
        let marks = costMarks(leadership)
        return ScopePanels(
            dora: rollup.dora.map { dora.panel($0, id: id, events: leadership.events, targets: targets) },
            teamsDORA: teamsDORA(teams, from: path),
            slos: unitSLOs(teams, rollup: rollup, from: path),
            costs: rollup.costs.map {
                costPanels.unitCosts($0, budget: rollup.budget, asOf: asOf.day, marks: (marks.events, chartsTargets ? marks.targets : []), id: id)
            },
            calms: calmsPanels.unitCALMS(rollup.calms, heatmap: heatmap(teams, from: path)),
            banner: feedBanner(teams),
            changes: changesPanel(teams, changes: leadership.changes, from: path)
        )
    }

    func unitSLOs(_ teams: [PublishedTeam], rollup: UnitFigures, from path: String) -> SLOPanel {
        // Withheld SLOs count, but only published ones are named among the worst.
        var named: [(figures: SLOFigures, team: (name: String, href: String)?)] = []
        for team in teams {
            for slo in team.slos ?? [] {
                named.append((slo, (team.name, OutputPaths.relative(from: path, to: OutputPaths.team(team.id)))))
            }
        }
        var panel = sloPanels.unitSLOs(named)
        let counts = SLOCounts(rollup.slos)
        panel.counts = SLOStatus.allCases.map { FigureCell(text: String(counts[$0]), tier: $0.rawValue, tierName: SLOPanelPresenter.statusNames[$0]) }
        panel.total = counts.total
        panel.met = counts.met
        return panel
    }

    func heatmap(_ teams: [PublishedTeam], from path: String) -> [CALMSHeatRow] {
        teams.map { team in
            let href = OutputPaths.relative(from: path, to: OutputPaths.team(team.id))
            if team.visibility(.calms) == .withheld {
                return CALMSHeatRow(name: team.name, href: href, cells: [], overall: "—", note: "withheld")
            }
            return calmsPanels.heatRow(name: team.name, href: href, figures: team.calms)
        }
    }

    func teamsDORA(_ teams: [PublishedTeam], from path: String) -> [TeamDORARow] {
        teams.map { team in
            let unit = team.unit.flatMap(tree.unit)
            let report = team.dora?.report
            return TeamDORARow(
                name: team.name, href: OutputPaths.relative(from: path, to: OutputPaths.team(team.id)), unitName: unit?.name,
                cells: report.map(dora.teamCells) ?? [],
                note: team.visibility(.dora) == .withheld ? "withheld" : report == nil ? "no DORA data" : nil,
                trend: report.map { report in
                    TrustedHTML(Charts.sparkline(report.weeks.map { $0.figures?.deployments }, label: "Weekly deployments, last \(report.weeks.count) weeks"))
                }
            )
        }
    }
}
