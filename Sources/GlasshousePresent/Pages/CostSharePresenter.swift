import GlasshouseCompute
import GlasshouseCore

/// Cost by unit and by team on the org page (site.md §3): the last complete month, sorted by
/// spend, with the change on the month before and the budget variance.
extension SitePresenter {
    /// The last month complete by the as-of day: the partial month would compare a part with wholes.
    var costShareMonth: Month { asOf.day.month.advanced(by: -1) }

    func costShare(name: String, href: String, months: [CostMonth]?) -> CostShareRow? {
        guard let months, let month = months.first(where: { $0.month == costShareMonth }) else { return nil }
        let before = months.first { $0.month == costShareMonth.advanced(by: -1) }
        let currency = content.config.currency
        func signed(_ value: Double) -> String { (value > 0 ? "+" : "") + Format.money(value, currency) }
        return CostShareRow(
            name: name, href: href, total: Format.money(month.total, currency), sort: String(month.total),
            change: before.map { signed(month.total - $0.total) }, changeSort: before.map { String(month.total - $0.total) },
            variance: month.budgetVariance.map(signed), over: (month.budgetVariance ?? 0) > 0
        )
    }

    /// Top-level units, then every team with published costs, each sorted by spend (largest first).
    func costShares(from path: String) -> (units: [CostShareRow], teams: [CostShareRow]) {
        let units = tree.children(of: nil).compactMap(tree.unit).compactMap { unit in
            costShare(name: unit.name, href: OutputPaths.relative(from: path, to: OutputPaths.unit(unit.id)), months: figures.units[unit.id]?.costs)
        }
        let teams = publication.teams.compactMap { team in
            costShare(name: team.name, href: OutputPaths.relative(from: path, to: OutputPaths.team(team.id)), months: team.costs)
        }
        func bySpend(_ rows: [CostShareRow]) -> [CostShareRow] { rows.sorted { (Double($0.sort)!, $1.name) > (Double($1.sort)!, $0.name) } }
        return (bySpend(units), bySpend(teams))
    }
}
