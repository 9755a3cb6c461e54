import GlasshouseCore

/// p50, p90 and n of a duration in hours, plus `open` where metrics.md §2 counts unfinished ones.
public struct Distribution: Sendable, Equatable {
    public var p50: Double?
    public var p90: Double?
    public var n: Int
    /// Recoveries or restorations not finished by D; nil where the figure has no `open`
    /// (lead time) or where it cannot be known (summaries).
    public var open: Int?
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

    public subscript(metric: TieredMetric) -> Tier? {
        switch metric {
        case .deploymentFrequency: deploymentFrequency
        case .leadTime: leadTime
        case .changeFailureRate: changeFailureRate
        case .recoveryTime: recoveryTime
        }
    }
}

/// How many of a unit's teams sit in each tier of one metric; `none` counts teams without a tier,
/// `stale` (window and previous window only) the teams whose DORA data stopped (metrics.md §2.10).
public struct TierCounts: Sendable, Equatable {
    public var counts: [Tier: Int] = [:]
    public var none = 0
    public var stale = 0

    public init() {}

    public mutating func add(_ tier: Tier?) {
        if let tier { counts[tier, default: 0] += 1 } else { none += 1 }
    }

    public subscript(tier: Tier) -> Int { counts[tier] ?? 0 }
    public var total: Int { counts.values.reduce(none + stale, +) }
}

/// One period's figures: for teams with tiers (window and months), for units with the tier
/// distribution of their teams (window and months) and the number of teams with DORA data.
public struct DORAPeriodFigures: Sendable {
    public var period: Period
    /// nil for a team period with no observed days (metrics.md §2.10): every figure is undefined.
    public var figures: DORAFigures?
    /// Teams only: the days of the period inside the team's observed span; per-week rates use them.
    public var observedDays: Int?
    /// Teams only, window and months only.
    public var tiers: DORATiers?
    /// Units only, window and months only: per metric, the teams per tier.
    public var teamTiers: [TieredMetric: TierCounts]?
    /// Units only: teams of the subtree with DORA data.
    public var teamsReporting: Int?
    /// Teams only, window and previous window: the Quick Check scores (metrics.md §2.12).
    public var quickCheck: QuickCheck?
    /// Units only, window and previous window: per score, the spread over non-stale teams.
    public var quickCheckSpread: [QuickCheckScore: ScoreSpread]?
}

/// The DORA figures of a team or unit for the window and every week and month of the series.
public struct DORAReport: Sendable {
    /// `events` or `summaries` for a team; nil for a unit.
    public var source: DORAData.Source?
    public var window: DORAPeriodFigures
    /// The `window_days` days right before the window (metrics.md §2.11).
    public var previous: DORAPeriodFigures
    public var weeks: [DORAPeriodFigures]
    public var months: [DORAPeriodFigures]
    /// Teams only: the days the team had DORA data to give (metrics.md §2.10).
    public var span: ObservedSpan?
    /// The four headline metrics against the previous window.
    public var change: [TieredMetric: MetricChange] = [:]
}
