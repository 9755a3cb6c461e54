import Foundation
import GlasshouseCompute
import GlasshouseCore

/// Turns cost figures into the cost panels of team, unit and org pages.
struct CostPanelPresenter {
    let currency: String

    /// The cost panel. `budgetLine`: whether the months' budgets cover the whole cost drawn (a team,
    /// a unit with its own budget); the summed budgets of some teams of a unit do not, and are
    /// listed beside those teams' cost in the table but never drawn over the unit's bars.
    func costs(_ months: [CostMonth], asOf: Day, budgetLine: Bool, marks: (events: [DatedEvent], targets: [Charts.Target]) = ([], []), id: String)
        -> CostPanel
    {
        let hasUnallocated = months.contains { ($0.unallocated ?? 0) != 0 }
        // With unallocated cost (the org), categories are the teams' alone and unallocated is its own series.
        func categories(_ month: CostMonth) -> [(category: String, total: Double)] { hasUnallocated ? month.allocatedByCategory ?? [] : month.byCategory }
        var totals: [String: Double] = [:]
        for month in months { for entry in categories(month) { totals[entry.category, default: 0] += entry.total } }
        var series = totals.keys.sorted { (totals[$0]!, $1) > (totals[$1]!, $0) }
        if hasUnallocated { series.append("unallocated") }
        let bars = months.map { month -> Charts.CostBar in
            let entries = categories(month)
            var amounts = series.map { name in entries.first { $0.category == name }?.total ?? 0 }
            if hasUnallocated { amounts[amounts.count - 1] = month.unallocated ?? 0 }
            return Charts.CostBar(
                label: month.month.description, amounts: amounts, budget: budgetLine ? month.budget : nil, anomaly: month.anomaly == true,
                forecast: month.forecast)
        }
        let rows = months.reversed().map { month in
            CostRowView(
                month: month.month.description, total: Format.money(month.total, currency),
                budget: month.budget.map { Format.money($0, currency) },
                budgetCost: month.budgetScope == .teams ? month.budgetCost.map { Format.money($0, currency) } : nil,
                variance: month.budgetVariance.map { ($0 > 0 ? "+" : "") + Format.money($0, currency) },
                overBudget: (month.budgetVariance ?? 0) > 0, forecast: month.forecast.map { Format.money($0, currency) },
                waste: month.wasteRatio.map { Format.percent($0) }, perDeployment: month.costPerDeployment.map { Format.money($0, currency) },
                change: month.change.map { ($0 > 0 ? "+" : "") + Format.money($0, currency) },
                unallocated: month.unallocated.map { Format.money($0, currency) }, anomaly: month.anomaly == true
            )
        }
        return CostPanel(
            currency: currency,
            chart: TrustedHTML(
                Charts.costs(
                    bars, months: months.map { Period.month($0.month, asOf: asOf) }, series: series, currency: currency,
                    events: marks.events, targets: marks.targets, id: id + "-costs")),
            legend: series.enumerated().map { LegendItem(name: $0.element, index: $0.offset % 8) },
            months: rows,
            latestTotal: months.last.map { Format.money($0.total, currency) },
            latestPerDeployment: months.last?.costPerDeployment.map { Format.money($0, currency) },
            anomalies: months.filter { $0.anomaly == true }.count,
            hasForecast: months.contains { $0.forecast != nil },
            budgetLine: budgetLine && months.contains { $0.budget != nil },
            hasUnallocated: hasUnallocated,
            columns: CostColumns(months)
        )
    }

    /// A unit's or the org's costs, with what its budget covers.
    func unitCosts(_ months: [CostMonth], budget: UnitBudget, asOf: Day, marks: (events: [DatedEvent], targets: [Charts.Target]), id: String) -> CostPanel {
        var panel = costs(months, asOf: asOf, budgetLine: budget.scope == .unit, marks: marks, id: id)
        panel.budgetNote = Self.budgetNote(budget)
        return panel
    }

    /// "Budget of the unit itself", "Budgets of 2 of 12 teams", or nil without budget.
    static func budgetNote(_ budget: UnitBudget) -> String? {
        switch budget.scope {
        case .unit: return "Budget set in org.yaml for the whole of it, compared with its whole cost."
        case .teams:
            let n = budget.budgetedTeams.count
            return
                "Budgets of \(n) of \(budget.teamCount) team\(budget.teamCount == 1 ? "" : "s"), compared with the cost of \(n == 1 ? "that team" : "those teams") only."
        case nil: return nil
        }
    }
}
