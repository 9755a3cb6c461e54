import GlasshouseCore

/// p50, p90 and n of a duration in hours, plus `open` where metrics.md §2 counts unfinished ones.
public struct Distribution: Sendable, Equatable {
    public var p50: Double?
    public var p90: Double?
    public var n: Int
    /// Recoveries or restorations not finished by D; nil where the figure has no `open`
    /// (lead time) or where it cannot be known (summaries).
    public var open: Int?

    public init(p50: Double?, p90: Double?, n: Int, open: Int?) {
        self.p50 = p50
        self.p90 = p90
        self.n = n
        self.open = open
    }
}

/// The DORA figures of one team or unit for one period (metrics.md §2, §2.9).
public struct DORAFigures: Sendable, Equatable {
    public var deployments: Int
    /// nil for units, which have no deploy days.
    public var deployDays: Int?
    public var deploymentsPerWeek: Double
    public var deployDaysPerWeek: Double?
    public var failedDeployments: Int
    public var changeFailureRate: Double?
    public var reworkRate: Double?
    public var leadTime: Distribution
    public var recovery: Distribution
    public var incidents: Int
    public var restore: Distribution
    /// True when any figure comes from summaries (dora.csv).
    public var approx: Bool
}

/// A team's tier per metric for one period; nil where the figure is undefined.
public struct DORATiers: Sendable, Equatable {
    public var deploymentFrequency: Tier?
    public var leadTime: Tier?
    public var changeFailureRate: Tier?
    public var recoveryTime: Tier?

    public init(deploymentFrequency: Tier? = nil, leadTime: Tier? = nil, changeFailureRate: Tier? = nil, recoveryTime: Tier? = nil) {
        self.deploymentFrequency = deploymentFrequency
        self.leadTime = leadTime
        self.changeFailureRate = changeFailureRate
        self.recoveryTime = recoveryTime
    }

    public subscript(metric: TieredMetric) -> Tier? {
        switch metric {
        case .deploymentFrequency: deploymentFrequency
        case .leadTime: leadTime
        case .changeFailureRate: changeFailureRate
        case .recoveryTime: recoveryTime
        }
    }
}

/// How many of a unit's teams sit in each tier of one metric; `none` counts teams without a tier.
public struct TierCounts: Sendable, Equatable {
    public var counts: [Tier: Int] = [:]
    public var none = 0

    public init() {}

    public mutating func add(_ tier: Tier?) {
        if let tier { counts[tier, default: 0] += 1 } else { none += 1 }
    }

    public subscript(tier: Tier) -> Int { counts[tier] ?? 0 }
    public var total: Int { counts.values.reduce(none, +) }
}

/// One period's figures: for teams with tiers (window and months), for units with the tier
/// distribution of their teams (window and months) and the number of teams with DORA data.
public struct DORAPeriodFigures: Sendable {
    public var period: Period
    public var figures: DORAFigures
    /// Teams only, window and months only.
    public var tiers: DORATiers?
    /// Units only, window and months only: per metric, the teams per tier.
    public var teamTiers: [TieredMetric: TierCounts]?
    /// Units only: teams of the subtree with DORA data.
    public var teamsReporting: Int?
}

/// The DORA figures of a team or unit for the window and every week and month of the series.
public struct DORAReport: Sendable {
    /// `events` or `summaries` for a team; nil for a unit.
    public var source: DORAData.Source?
    public var window: DORAPeriodFigures
    public var weeks: [DORAPeriodFigures]
    public var months: [DORAPeriodFigures]
}
