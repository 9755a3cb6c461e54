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
    /// Rows in months after D's month, ignored.
    public private(set) var ignoredAfterAsOf = 0

    public init(_ rows: [CostRow], asOf: Day) {
        let last = asOf.month
        for row in rows {
            guard row.month <= last else {
                ignoredAfterAsOf += 1
                continue
            }
            months[row.month, default: Sum()].add(row)
        }
    }

    /// The latest month with rows.
    public var latest: Month? { months.keys.max() }
    public func has(_ month: Month) -> Bool { months[month] != nil }
}

/// Computes cost figures: pure functions of the rows, the series, budgets and deployments.
public enum CostEngine {
    /// A team's months of the series that have rows (metrics.md §4).
    public static func team(_ sums: CostSums, series: PeriodSeries, budget: Double?, deployments: (Int) -> Int?, anomalyRatio: Double, anomalyMinAmount: Double) -> [CostMonth] {
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

    /// A unit's or the org's months: totals, idle, categories and budgets of its teams' months,
    /// plus, for the org, the unallocated FOCUS cost.
    public static func pool(_ teams: [[CostMonth]], unallocated: CostSums?, series: PeriodSeries) -> [CostMonth] {
        series.months.compactMap { period -> CostMonth? in
            let month = period.start.month
            let entries = teams.compactMap { $0.first { $0.month == month } }
            let extra = unallocated?.months[month]
            guard !entries.isEmpty || extra != nil else { return nil }
            var total = 0.0, idle = 0.0
            var categories: [String: Double] = [:]
            var budget: Double?
            for entry in entries {
                total += entry.total
                idle += entry.idle
                for (category, amount) in entry.byCategory { categories[category, default: 0] += amount }
                if let teamBudget = entry.budget { budget = (budget ?? 0) + teamBudget }
            }
            let allocated = categories.keys.sorted().map { ($0, categories[$0]!) }
            if let extra {
                total += extra.total
                idle += extra.idle
                for (category, amount) in extra.categories { categories[category, default: 0] += amount }
            }
            return CostMonth(
                month: month, total: total, idle: idle, byCategory: categories.keys.sorted().map { ($0, categories[$0]!) },
                wasteRatio: nil, change: nil, forecast: nil, budget: budget, budgetVariance: nil, costPerDeployment: nil, anomaly: nil,
                unallocated: unallocated == nil ? nil : (extra?.total ?? 0),
                allocatedByCategory: unallocated == nil ? nil : allocated
            )
        }
    }
}
