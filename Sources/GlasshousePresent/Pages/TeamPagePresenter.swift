import Foundation
import GlasshouseCompute
import GlasshouseCore

/// A team's page.
extension SitePresenter {
    func teamPage(_ team: PublishedTeam, at path: String) -> TeamPage {
        let leadership = team.leadership
        let unit = team.unit.flatMap(tree.unit)
        let notes = team.notes.map { documentRow($0, page: OutputPaths.teamNote(team.id, $0.slug), from: path, team: nil) }
        let postmortems = team.postmortems.map { documentRow($0, page: OutputPaths.teamPostmortem(team.id, $0.slug), from: path, team: nil) }
        return TeamPage(
            frame: frame(title: team.name, path: path, crumbs: unitCrumbs(team.unit, from: path) + [Crumb(name: team.name, href: nil)]),
            id: team.id,
            name: team.name,
            description: team.description,
            unitName: unit?.name,
            unitHref: unit.map { OutputPaths.relative(from: path, to: OutputPaths.unit($0.id)) },
            owners: team.owners,
            services: team.services,
            links: team.links.map { link in
                LinkRow(name: link.name, href: LinkPolicy.classify(link.url) == .external ? link.url : nil, text: link.url)
            },
            narrative: team.narrative.map { TrustedHTML(Self.droppingTitle(catalog.html($0), title: catalog.title($0), name: team.name)) },
            notes: Self.newestFirst(notes),
            postmortems: Self.newestFirst(postmortems),
            withheld: team.withheld.map(\.rawValue),
            dora: team.dora.map { result in
                var panel = dora.panel(result.report, id: "team", events: leadership.events, targets: leadership.targets)
                panel.sources = sources(team, .dora, from: path)
                return panel
            },
            doraNote: team.visibility(.dora) == .withheld
                ? "This team withholds its DORA figures; they still count in its unit's and the org's figures."
                : team.dora == nil ? "No DORA data yet: add deployments.csv, changes.csv and incidents.csv, or dora.csv." : nil,
            incidents: dora.incidents(team.incidents ?? [], postmortems: postmortemLinks(team, from: path)),
            incidentsNote: team.visibility(.incidents) == .withheld ? "This team withholds its incident list." : nil,
            slos: team.slos.map { slos in
                SLOPanel(
                    rows: slos.map { sloPanels.sloRow($0, team: nil) }, counts: [], total: slos.count, met: slos.filter { $0.met == true }.count,
                    sources: sources(team, .slos, from: path))
            },
            costs: team.costs.map { months in
                var panel = costPanels.costs(months, asOf: asOf.day, budgetLine: true, marks: costMarks(leadership), id: "team")
                panel.sources = sources(team, .costs, from: path)
                panel.fromFOCUS = team.costsFromFOCUS
                return panel
            },
            calms: team.calms.map { calms in
                var panel = calmsPanels.calms(calms, notes: calms.latest?.notes.map { TrustedHTML(catalog.render(fragment: $0).html) }, id: "team")
                panel.sources = sources(team, .calms, from: path)
                return panel
            },
            slosNote: note(team, .slos, hasData: team.slos != nil, missing: "No SLOs yet: add slos.yaml (or OpenSLO files) and sli.csv."),
            costsNote: note(team, .costs, hasData: team.costs != nil, missing: "No cost data: add costs.csv, or claim FOCUS tags with cost_tags in team.yaml."),
            calmsNote: note(team, .calms, hasData: team.calms?.latest != nil, missing: "No CALMS assessment dated on or before the as-of day."),
            downloads: Section.allCases.flatMap { sources(team, $0, from: path) },
            jsonHref: OutputPaths.relative(from: path, to: OutputPaths.teamData(team.id)),
            incidentSources: sources(team, .incidents, from: path),
            freshness: freshnessRows(team.freshness),
            targets: targetRows(leadership.targets, named: false, from: path)
        )
    }

    /// Links to the published raw files of one section of a team.
    func sources(_ team: PublishedTeam, _ section: Section, from path: String) -> [LinkRow] {
        team.downloads.filter { $0.section == section }.map { download in
            LinkRow(name: download.name, href: OutputPaths.relative(from: path, to: OutputPaths.teamDownload(team.id, download.name)), text: download.name)
        }
    }

    func note(_ team: PublishedTeam, _ section: Section, hasData: Bool, missing: String) -> String? {
        if team.visibility(section) == .withheld { return "This team withholds this section; its figures still count in its unit's and the org's totals." }
        return hasData ? nil : missing
    }

    /// The freshness of the team's shown kinds (the publication holds no other).
    func freshnessRows(_ freshness: TeamFreshness) -> [FreshnessRow] {
        DataKind.allCases.compactMap { kind in
            freshness[kind].map { FreshnessRow(kind: kind.freshnessName, latest: $0.latest ?? "nothing by the as-of day", stale: $0.stale) }
        }
    }

    /// Incident id → the page of its postmortem, when postmortems are published.
    func postmortemLinks(_ team: PublishedTeam, from path: String) -> [String: String] {
        var links: [String: String] = [:]
        for source in team.postmortems {
            if let incident = source.frontMatter.incident, links[incident] == nil {
                links[incident] = OutputPaths.relative(from: path, to: OutputPaths.teamPostmortem(team.id, source.slug))
            }
        }
        return links
    }
}
