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
}

/// The SLO section of a page.
public struct SLOPanel: ViewModel {
    /// Team pages: every SLO. Unit pages: the worst ones across the subtree.
    public var rows: [SLORow]
    /// Units and the org: the rows name their team, so the table has a Team column.
    public var showTeam: Bool = false
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

/// The optional columns of a cost table: each is shown only when some month has a value in it.
public struct CostColumns: ViewModel {
    public var change = false
    public var forecast = false
    public var budget = false
    public var variance = false
    public var waste = false
    public var perDeployment = false
    public var anomaly = false

    init(_ rows: [CostRowView]) {
        for row in rows {
            change = change || row.change != nil
            forecast = forecast || row.forecast != nil
            budget = budget || row.budget != nil
            variance = variance || row.variance != nil
            waste = waste || row.waste != nil
            perDeployment = perDeployment || row.perDeployment != nil
            anomaly = anomaly || row.anomaly
        }
    }
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
    /// Which columns of the monthly table have a value in some month (the others are left out).
    public var columns: CostColumns
    /// Whether the chart draws a forecast (the legend names it only then).
    public var hasForecast: Bool
    public var hasUnallocated: Bool
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
