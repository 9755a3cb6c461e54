import Foundation
import GlasshouseCompute
import GlasshouseCore

/// A team's page.
extension SitePresenter {
    func teamPage(_ team: Team, at path: String) -> TeamPage {
        let result = figures.teams[team.id]!
        let leadership = figures.leadership.teams[team.id]!
        let unit = team.unit.flatMap(tree.unit)
        let notes = team.isPrivate(.notes) ? [] : team.notes.map { documentRow($0, page: OutputPaths.teamNote(team.id, $0.slug), from: path, team: nil) }
        let postmortems =
            team.isPrivate(.postmortems)
            ? [] : team.postmortems.map { documentRow($0, page: OutputPaths.teamPostmortem(team.id, $0.slug), from: path, team: nil) }
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
            withheld: team.privateSections.sorted().map(\.rawValue),
            dora: team.isPrivate(.dora)
                ? nil
                : figures.teams[team.id]?.dora.map { result in
                    var panel = dora.panel(result.report, id: "team", events: leadership.events, targets: leadership.targets)
                    panel.sources = sources(team, .dora, from: path)
                    return panel
                },
            doraNote: team.isPrivate(.dora)
                ? "This team withholds its DORA figures; they still count in its unit's and the org's figures."
                : figures.teams[team.id]?.dora == nil ? "No DORA data yet: add deployments.csv, changes.csv and incidents.csv, or dora.csv." : nil,
            incidents: team.isPrivate(.incidents) ? [] : team.dora.map { dora.incidents($0, postmortems: postmortemLinks(team, from: path)) } ?? [],
            incidentsNote: team.isPrivate(.incidents) ? "This team withholds its incident list." : nil,
            slos: team.isPrivate(.slos)
                ? nil
                : result.slos.map { slos in
                    SLOPanel(
                        rows: slos.map { sloPanels.sloRow($0, team: nil) }, counts: [], total: slos.count, met: slos.filter { $0.met == true }.count,
                        sources: sources(team, .slos, from: path))
                },
            costs: team.isPrivate(.costs)
                ? nil
                : result.costs.map { months in
                    var panel = costPanels.costs(months, asOf: asOf.day, budgetLine: true, marks: costMarks(leadership), id: "team")
                    panel.sources = sources(team, .costs, from: path)
                    panel.fromFOCUS = team.focusRows > 0
                    return panel
                },
            calms: team.isPrivate(.calms)
                ? nil
                : result.calms.map { calms in
                    var panel = calmsPanels.calms(calms, notes: calms.latest?.notes.map { TrustedHTML(catalog.render(fragment: $0).html) }, id: "team")
                    panel.sources = sources(team, .calms, from: path)
                    return panel
                },
            slosNote: note(team, .slos, hasData: result.slos != nil, missing: "No SLOs yet: add slos.yaml (or OpenSLO files) and sli.csv."),
            costsNote: note(
                team, .costs, hasData: result.costs != nil, missing: "No cost data: add costs.csv, or claim FOCUS tags with cost_tags in team.yaml."),
            calmsNote: note(team, .calms, hasData: result.calms?.latest != nil, missing: "No CALMS assessment dated on or before the as-of day."),
            downloads: Section.allCases.flatMap { sources(team, $0, from: path) },
            jsonHref: OutputPaths.relative(from: path, to: OutputPaths.teamData(team.id)),
            incidentSources: sources(team, .incidents, from: path),
            freshness: freshnessRows(team, result.freshness),
            targets: targetRows(leadership.targets, named: false, from: path)
        )
    }

    /// Links to the downloadable raw files of one section of a team.
    func sources(_ team: Team, _ section: Section, from path: String) -> [LinkRow] {
        guard !team.isPrivate(section) else { return [] }
        return team.downloads.filter { $0.section == section }.map { download in
            LinkRow(name: download.name, href: OutputPaths.relative(from: path, to: OutputPaths.teamDownload(team.id, download.name)), text: download.name)
        }
    }

    func note(_ team: Team, _ section: Section, hasData: Bool, missing: String) -> String? {
        if team.isPrivate(section) { return "This team withholds this section; its figures still count in its unit's and the org's totals." }
        return hasData ? nil : missing
    }

    func freshnessRows(_ team: Team, _ freshness: TeamFreshness) -> [FreshnessRow] {
        DataKind.allCases.compactMap { kind in
            guard let value = freshness[kind], !team.isPrivate(kind.section) else { return nil }
            return FreshnessRow(kind: kind.freshnessName, latest: value.latest ?? "nothing by the as-of day", stale: value.stale)
        }
    }

    /// Incident id → the page of its postmortem, when postmortems are published.
    func postmortemLinks(_ team: Team, from path: String) -> [String: String] {
        guard !team.isPrivate(.postmortems) else { return [:] }
        var links: [String: String] = [:]
        for source in team.postmortems {
            if let incident = source.frontMatter.incident, links[incident] == nil {
                links[incident] = OutputPaths.relative(from: path, to: OutputPaths.teamPostmortem(team.id, source.slug))
            }
        }
        return links
    }
}
