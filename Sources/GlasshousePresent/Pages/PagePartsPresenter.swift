import GlasshouseCompute
import GlasshouseCore
import Foundation

/// Parts every page uses: the frame, breadcrumbs and rows of teams and units.
extension SitePresenter {
    func frame(title: String, path: String, crumbs: [Crumb]) -> Frame {
        let home = Crumb(name: content.orgName, href: crumbs.isEmpty ? nil : SitePaths.relative(from: path, to: SitePaths.org))
        var nav = [NavItem(name: "Overview", href: SitePaths.relative(from: path, to: SitePaths.org), current: path == SitePaths.org)]
        nav.append(NavItem(name: "Methodology", href: SitePaths.relative(from: path, to: SitePaths.methodology), current: path == SitePaths.methodology))
        nav.append(NavItem(name: "Data quality", href: SitePaths.relative(from: path, to: SitePaths.quality), current: path == SitePaths.quality))
        nav.append(NavItem(name: "Postmortems", href: SitePaths.relative(from: path, to: SitePaths.postmortems), current: path == SitePaths.postmortems))
        nav.append(NavItem(name: "Notes", href: SitePaths.relative(from: path, to: SitePaths.notes), current: path == SitePaths.notes))
        for page in content.pages {
            let target = SitePaths.page(page.slug)
            nav.append(NavItem(name: catalog.title(page), href: SitePaths.relative(from: path, to: target), current: path == target))
        }
        return Frame(
            title: title,
            siteTitle: content.config.title,
            root: SitePaths.root(from: path),
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
        return tree.ancestry(of: unit).map { Crumb(name: $0.name, href: SitePaths.relative(from: path, to: SitePaths.unit($0.id))) }
    }

    func team(_ id: String) -> PublishedTeam? { publication.team(id) }

    func teamRow(_ team: PublishedTeam, from path: String) -> TeamRow {
        let unit = team.unit.flatMap(tree.unit)
        return TeamRow(
            name: team.name,
            href: SitePaths.relative(from: path, to: SitePaths.team(team.id)),
            description: team.description,
            unitName: unit?.name,
            unitHref: unit.map { SitePaths.relative(from: path, to: SitePaths.unit($0.id)) }
        )
    }

    func unitRow(_ unit: OrgUnit, from path: String) -> UnitRow {
        UnitRow(
            name: unit.name,
            href: SitePaths.relative(from: path, to: SitePaths.unit(unit.id)),
            lead: unit.lead,
            teamCount: tree.subtreeTeams(of: unit.id).count,
            unitCount: tree.subtreeUnits(of: unit.id).count
        )
    }
}
