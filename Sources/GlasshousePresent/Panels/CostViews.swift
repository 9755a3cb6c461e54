import GlasshouseCompute

/// A month of a cost table.
public struct CostRowView: ViewModel {
    public var month: String
    public var total: String
    public var budget: String?
    /// Units and the org with the teams' budgets: the cost of those teams (the budget compares with it).
    public var budgetCost: String?
    public var variance: String?
    public var overBudget: Bool
    public var forecast: String?
    public var waste: String?
    public var perDeployment: String?
    public var change: String?
    public var unallocated: String?
    public var anomaly: Bool
}

/// A series of the cost chart with its colour index.
public struct LegendItem: ViewModel {
    public var name: String
    public var index: Int
}

/// The cost section of a page.
public struct CostPanel: ViewModel {
    public var currency: String
    public var chart: TrustedHTML
    public var legend: [LegendItem]
    /// Newest first.
    public var months: [CostRowView]
    public var latestTotal: String?
    public var latestPerDeployment: String?
    public var anomalies: Int
    /// Whether the chart draws a forecast (the legend names it only then).
    public var hasForecast: Bool
    /// Whether the chart draws a budget line: a team's budget, or a unit's own (never the sum of
    /// some teams' budgets over the whole unit's cost).
    public var budgetLine: Bool
    public var hasUnallocated: Bool
    /// Which columns of the monthly table have a value in any month shown.
    public var columns: CostColumns
    /// Units and the org: "Budgets of 2 of 12 teams", when the budget is the teams' (metrics.md §4).
    public var budgetNote: String?
    /// Teams: the files the figures come from, and whether FOCUS rows were allocated to it.
    public var sources: [LinkRow] = []
    public var fromFOCUS: Bool = false
}

/// The columns of a cost table that have a value in at least one of its months, so that pages print
/// only those (a column empty in every month is left out).
public struct CostColumns: ViewModel, Equatable {
    public var unallocated: Bool
    public var change: Bool
    public var forecast: Bool
    public var budget: Bool
    public var variance: Bool
    public var waste: Bool
    public var perDeployment: Bool
    /// Units and the org whose budget is their teams': the cost it is compared with.
    public var budgetCost: Bool
    /// At least one month is an anomaly.
    public var anomaly: Bool

    public init(_ months: [CostMonth]) {
        unallocated = months.contains { ($0.unallocated ?? 0) != 0 }
        change = months.contains { $0.change != nil }
        forecast = months.contains { $0.forecast != nil }
        budget = months.contains { $0.budget != nil }
        variance = months.contains { $0.budgetVariance != nil }
        waste = months.contains { $0.wasteRatio != nil }
        perDeployment = months.contains { $0.costPerDeployment != nil }
        budgetCost = months.contains { $0.budgetScope == .teams && $0.budgetCost != nil }
        anomaly = months.contains { $0.anomaly == true }
    }
}

/// A unit's or team's cost of one month on the org page.
public struct CostShareRow: ViewModel {
    public var name: String
    public var href: String
    public var total: String
    /// The total as a number, for sorting.
    public var sort: String
    /// Against the month before; nil without one.
    public var change: String?
    public var changeSort: String?
    /// Forecast or total minus budget; nil without budget.
    public var variance: String?
    public var over: Bool
}
