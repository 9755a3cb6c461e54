import GlasshouseCore

/// A team's (or unit's) cost figures of one month (metrics.md §4).
public struct CostMonth: Sendable {
    public var month: Month
    public var total: Double
    public var idle: Double
    /// Category → total, sorted by category.
    public var byCategory: [(category: String, total: Double)]
    public var wasteRatio: Double?
    public var change: Double?
    public var forecast: Double?
    public var budget: Double?
    public var budgetVariance: Double?
    public var costPerDeployment: Double?
    public var anomaly: Bool?
    /// The org only: FOCUS cost no team claims.
    public var unallocated: Double?
    /// The org only: the categories of the teams' cost alone, for a chart that shows unallocated cost as its own series.
    public var allocatedByCategory: [(category: String, total: Double)]?
    /// Units and the org: what their budget is compared with (nil without any budget).
    public var budgetScope: BudgetScope? = nil
    /// Units and the org: the cost compared with the budget (the forecast in a partial month).
    public var budgetCost: Double? = nil
    /// Units and the org: the total of each direct sub-unit with cost this month, in org.yaml order.
    public var byUnit: [(id: String, total: Double)]? = nil
    /// Units and the org: the total of each team placed directly in this unit with cost this month, by id.
    public var byTeam: [(id: String, total: Double)]? = nil
}

/// What a unit's or the org's budget covers (metrics.md §4).
public enum BudgetScope: String, Sendable {
    /// Its own `budget.monthly` in org.yaml, compared with its whole total.
    case unit
    /// The sum of the budgets of the teams of its subtree that have one, compared with those teams' cost.
    case teams
}

/// The budget of a unit or the org: its own, or those of some teams of its subtree.
public struct UnitBudget: Sendable, Equatable {
    /// org.yaml `budget.monthly` of the unit or the org.
    public var own: Double?
    /// Ids of the subtree's teams with a budget ("budgets of N of M teams": N), sorted.
    public var budgetedTeams: [String]
    /// Teams in the subtree (M).
    public var teamCount: Int

    public var scope: BudgetScope? { own != nil ? .unit : budgetedTeams.isEmpty ? nil : .teams }
}

/// A team's months in a unit's or the org's rollup, and where it sits below that unit.
public struct CostMember: Sendable {
    public var team: String
    /// The direct sub-unit whose subtree holds the team; nil when the team is placed directly in this unit.
    public var subUnit: String?
    /// The team's monthly budget (team.yaml), if any.
    public var budget: Double?
    public var months: [CostMonth]
}

/// Sums of cost rows by month, before any figure is derived.
public struct CostSums: Sendable {
    struct Sum: Sendable {
        var total = 0.0
        var idle = 0.0
        var categories: [String: Double] = [:]

        mutating func add(_ row: CostRow) {
            total += row.amount
            idle += row.idle
            categories[row.category, default: 0] += row.amount
        }
    }

    var months: [Month: Sum] = [:]

    /// `rows` are cut at D's month (`Snapshot`).
    public init(_ rows: [CostRow]) {
        for row in rows { months[row.month, default: Sum()].add(row) }
    }

    /// The latest month with rows.
    public var latest: Month? { months.keys.max() }
    public func has(_ month: Month) -> Bool { months[month] != nil }
}

/// Computes cost figures: pure functions of the rows, the series, budgets and deployments.
public enum CostEngine {
    /// A team's months of the series that have rows (metrics.md §4).
    public static func team(_ sums: CostSums, series: PeriodSeries, budget: Double?, deployments: (Int) -> Int?, anomalyRatio: Double, anomalyMinAmount: Double)
        -> [CostMonth]
    {
        let asOf = series.asOf
        return series.months.enumerated().compactMap { index, period -> CostMonth? in
            let month = period.start.month
            guard let sum = sums.months[month] else { return nil }
            let partial = period.partial
            let forecast = partial ? sum.total * Double(month.days) / Double(asOf.components.day) : nil
            var anomaly: Bool?
            if !partial {
                let previous = (1...3).map { sums.months[month.advanced(by: -$0)]?.total }
                if previous.allSatisfy({ $0 != nil }) {
                    let mean = previous.reduce(0) { $0 + $1! } / 3
                    anomaly = sum.total > (1 + anomalyRatio) * mean && sum.total - mean >= anomalyMinAmount
                } else {
                    anomaly = false
                }
            }
            let deployed = deployments(index) ?? 0
            return CostMonth(
                month: month, total: sum.total, idle: sum.idle,
                byCategory: sum.categories.keys.sorted().map { ($0, sum.categories[$0]!) },
                wasteRatio: sum.total > 0 ? sum.idle / sum.total : nil,
                change: sums.months[month.advanced(by: -1)].map { sum.total - $0.total },
                forecast: forecast, budget: budget,
                budgetVariance: budget.map { (forecast ?? sum.total) - $0 },
                costPerDeployment: deployed > 0 ? sum.total / Double(deployed) : nil,
                anomaly: anomaly, unallocated: nil, allocatedByCategory: nil
            )
        }
    }

    /// The forecast of a partial month (D's month): total · days_in_month / day_of_month(D).
    static func forecast(_ total: Double, month: Month, asOf: Day) -> Double {
        total * Double(month.days) / Double(asOf.components.day)
    }

    /// A unit's or the org's months (metrics.md §4): totals, idle and categories of its teams' months
    /// (members in id order) plus, for the org, the unallocated FOCUS cost; the partial month's
    /// forecast (the team rule applied to the pooled total); the budget by its scope (with the teams'
    /// budgets, those of the budgeted teams that have cost in the month); and the totals by
    /// direct sub-unit (`subUnits`, in org.yaml order) and by team placed directly in it.
    public static func pool(_ members: [CostMember], subUnits: [String], budget: UnitBudget, unallocated: CostSums?, series: PeriodSeries) -> [CostMonth] {
        let budgeted = Set(budget.budgetedTeams)
        return series.months.compactMap { period -> CostMonth? in
            let month = period.start.month
            let entries = members.compactMap { member in member.months.first { $0.month == month }.map { (member, $0) } }
            let extra = unallocated?.months[month]
            guard !entries.isEmpty || extra != nil else { return nil }
            var total = 0.0, idle = 0.0, budgetedTotal = 0.0
            var teamBudgets: Double?
            var categories: [String: Double] = [:]
            var units: [String: Double] = [:]
            var teams: [(id: String, total: Double)] = []
            for (member, entry) in entries {
                total += entry.total
                idle += entry.idle
                for (category, amount) in entry.byCategory { categories[category, default: 0] += amount }
                if budgeted.contains(member.team), let teamBudget = member.budget {
                    budgetedTotal += entry.total
                    teamBudgets = (teamBudgets ?? 0) + teamBudget
                }
                if let unit = member.subUnit { units[unit, default: 0] += entry.total } else { teams.append((member.team, entry.total)) }
            }
            let allocated = categories.keys.sorted().map { ($0, categories[$0]!) }
            if let extra {
                total += extra.total
                idle += extra.idle
                for (category, amount) in extra.categories { categories[category, default: 0] += amount }
            }
            let forecast = period.partial ? Self.forecast(total, month: month, asOf: series.asOf) : nil
            var scope = budget.scope, monthBudget: Double?, budgetCost: Double?
            switch scope {
            case .unit:
                monthBudget = budget.own
                budgetCost = forecast ?? total
            case .teams:
                // Only the budgets of teams with cost this month, against their cost: a budget is never
                // compared with cost it does not cover, nor cost with a budget that does not cover it.
                monthBudget = teamBudgets
                if teamBudgets == nil {
                    scope = nil
                } else {
                    budgetCost = period.partial ? Self.forecast(budgetedTotal, month: month, asOf: series.asOf) : budgetedTotal
                }
            case nil:
                break
            }
            var pooled = CostMonth(
                month: month, total: total, idle: idle, byCategory: categories.keys.sorted().map { ($0, categories[$0]!) },
                wasteRatio: nil, change: nil, forecast: forecast, budget: monthBudget,
                budgetVariance: budgetCost.flatMap { cost in monthBudget.map { cost - $0 } },
                costPerDeployment: nil, anomaly: nil,
                unallocated: unallocated == nil ? nil : (extra?.total ?? 0),
                allocatedByCategory: unallocated == nil ? nil : allocated
            )
            pooled.budgetScope = scope
            pooled.budgetCost = budgetCost
            pooled.byUnit = subUnits.compactMap { id in units[id].map { (id, $0) } }
            pooled.byTeam = teams
            return pooled
        }
    }
}
