import Foundation
import GlasshouseCompute
import GlasshouseCore

/// Parts every page uses: the frame, breadcrumbs and rows of teams and units.
extension SitePresenter {
    func frame(title: String, path: String, crumbs: [Crumb]) -> Frame {
        let home = Crumb(name: content.orgName, href: crumbs.isEmpty ? nil : OutputPaths.relative(from: path, to: OutputPaths.org))
        var nav = [NavItem(name: "Overview", href: OutputPaths.relative(from: path, to: OutputPaths.org), current: path == OutputPaths.org)]
        nav.append(NavItem(name: "Methodology", href: OutputPaths.relative(from: path, to: OutputPaths.methodology), current: path == OutputPaths.methodology))
        nav.append(NavItem(name: "Data quality", href: OutputPaths.relative(from: path, to: OutputPaths.quality), current: path == OutputPaths.quality))
        nav.append(NavItem(name: "Postmortems", href: OutputPaths.relative(from: path, to: OutputPaths.postmortems), current: path == OutputPaths.postmortems))
        nav.append(NavItem(name: "Notes", href: OutputPaths.relative(from: path, to: OutputPaths.notes), current: path == OutputPaths.notes))
        for page in content.pages {
            let target = OutputPaths.page(page.slug)
            nav.append(NavItem(name: catalog.title(page), href: OutputPaths.relative(from: path, to: target), current: path == target))
        }
        return Frame(
            title: title,
            siteTitle: content.config.title,
            root: OutputPaths.root(from: path),
            asOf: asOf.day.description,
            asOfDisplay: asOf.day.display,
            benchmark: figures.benchmark.name,
            generator: generator,
            crumbs: [home] + crumbs,
            nav: nav
        )
    }

    func unitCrumbs(_ unit: String?, from path: String) -> [Crumb] {
        guard let unit else { return [] }
        return tree.ancestry(of: unit).map { Crumb(name: $0.name, href: OutputPaths.relative(from: path, to: OutputPaths.unit($0.id))) }
    }

    func team(_ id: String) -> PublishedTeam? { publication.team(id) }

    func teamRow(_ team: PublishedTeam, from path: String) -> TeamRow {
        let unit = team.unit.flatMap(tree.unit)
        return TeamRow(
            name: team.name,
            href: OutputPaths.relative(from: path, to: OutputPaths.team(team.id)),
            description: team.description,
            unitName: unit?.name,
            unitHref: unit.map { OutputPaths.relative(from: path, to: OutputPaths.unit($0.id)) }
        )
    }

    func unitRow(_ unit: OrgUnit, from path: String) -> UnitRow {
        UnitRow(
            name: unit.name,
            href: OutputPaths.relative(from: path, to: OutputPaths.unit(unit.id)),
            lead: unit.lead,
            teamCount: tree.subtreeTeams(of: unit.id).count,
            unitCount: tree.subtreeUnits(of: unit.id).count
        )
    }
}
