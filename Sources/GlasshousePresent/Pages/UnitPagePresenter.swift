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
            dora: figures.units[unit.id]?.dora.map { dora.panel($0, id: "unit", events: leadership.events, targets: leadership.targets) },
            teamsDORA: teamsDORA(subtree, from: path),
            slos: unitSLOs(subtree, rollup: figures.units[unit.id]!, from: path),
            costs: figures.units[unit.id]?.costs.map {
                costPanels.unitCosts($0, budget: figures.units[unit.id]!.budget, asOf: asOf.day, marks: costMarks(leadership), id: "unit")
            },
            calms: calmsPanels.unitCALMS(figures.units[unit.id]?.calms, heatmap: heatmap(subtree, from: path)),
            banner: feedBanner(subtree),
            changes: changesPanel(subtree, changes: leadership.changes, from: path),
            targets: targetRows(leadership.targets, named: false, from: path)
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
