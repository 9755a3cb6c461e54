import GlasshouseCompute

/// One SLO on a team page, or among the worst SLOs of a unit.
public struct SLORow: ViewModel {
    public var name: String
    public var id: String
    public var teamName: String?
    public var teamHref: String?
    public var service: String?
    public var description: String?
    public var objective: String
    public var windowDays: Int
    public var attainment: String
    /// `healthy`, `at_risk`, `exhausted`, `no_data`.
    public var status: String
    public var statusName: String
    /// 0…100 for the width of the budget bar.
    public var budgetWidth: Int
    public var budgetText: String
    public var burn1d: String
    public var burn7d: String
    /// "Budget lasts 9 more days at this week's burn."
    public var forecast: String?
    /// The exhausted-budget policy applies.
    public var policy: Bool
    /// "Data only since 3 Nov 2026: less than the 28-day window." when the SLO has less than its window of data.
    public var shortHistory: String?
}

/// The SLO section of a page.
public struct SLOPanel: ViewModel {
    /// Team pages: every SLO. Unit pages: the worst ones across the subtree.
    public var rows: [SLORow]
    /// Units: the counts by status.
    public var counts: [FigureCell]
    public var total: Int
    public var met: Int
    /// Teams: the files the figures come from.
    public var sources: [LinkRow] = []
}

/// A month of a cost table.
public struct CostRowView: ViewModel {
    public var month: String
    public var total: String
    public var budget: String?
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
    public var hasBudget: Bool
    public var hasUnallocated: Bool
    /// Which columns of the monthly table have a value in any month shown.
    public var columns: CostColumns
    /// Units and the org: "Budgets of 2 of 12 teams", when the budget is the teams' (metrics.md §4).
    public var budgetNote: String? = nil
    /// Teams: the files the figures come from, and whether FOCUS rows were allocated to it.
    public var sources: [LinkRow] = []
    public var fromFOCUS: Bool = false
}

/// A pillar's score with its band and change.
public struct PillarCell: ViewModel {
    public var pillar: String
    public var score: String
    public var band: String?
    public var delta: String?
    public var constraint: Bool
    /// 1…5 rounded for the heatmap colour class.
    public var level: Int
}

/// A team's row of the CALMS heatmap.
public struct CALMSHeatRow: ViewModel {
    public var name: String
    public var href: String
    public var cells: [PillarCell]
    public var overall: String
    public var note: String?
}

/// The CALMS section of a page.
public struct CALMSPanel: ViewModel {
    /// "Lean holds this team back."
    public var headline: String?
    public var date: String?
    public var respondents: Int?
    public var overall: String?
    public var stale: Bool
    public var chart: TrustedHTML?
    public var pillars: [PillarCell]
    public var notes: TrustedHTML?
    /// Units and the org: teams with a current assessment.
    public var n: Int?
    public var heatmap: [CALMSHeatRow]
    /// Teams: the file the figures come from.
    public var sources: [LinkRow] = []
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
        anomaly = months.contains { $0.anomaly == true }
    }
}
