import GlasshouseCore

/// Whether a headline figure got better or worse against the previous window (metrics.md §2.11).
public enum ChangeDirection: String, Sendable {
    case better, worse, steady
}

/// One headline metric against the previous window: `{previous, current, delta, ratio, direction, notable}`.
public struct MetricChange: Sendable, Equatable {
    public var previous: Double?
    public var current: Double?
    public var delta: Double?
    public var ratio: Double?
    /// nil when either value is nil.
    public var direction: ChangeDirection?
    public var notable: Bool
    /// Teams only: the tiers of the two windows.
    public var tierFrom: Tier?
    public var tierTo: Tier?
}

/// The four headline metrics against the previous window (metrics.md §2.11).
public enum DORAChange {
    /// The minimum deployments (frequency, change failure rate) or n (lead time, recovery) in each window.
    public static let minimumData = 10

    /// `withTiers`: a team, for which a change of tier is always notable.
    public static func compare(previous: DORAPeriodFigures, current: DORAPeriodFigures, withTiers: Bool) -> [TieredMetric: MetricChange] {
        Dictionary(
            uniqueKeysWithValues: TieredMetric.allCases.map { metric in
                (metric, change(metric, previous: previous, current: current, withTiers: withTiers))
            })
    }

    /// The headline value of a metric in a period (deployments per week, p50 hours, rate).
    public static func value(_ metric: TieredMetric, _ figures: DORAFigures?) -> Double? {
        guard let figures else { return nil }
        switch metric {
        case .deploymentFrequency: return figures.deploymentsPerWeek
        case .leadTime: return figures.leadTime.p50
        case .changeFailureRate: return figures.changeFailureRate
        case .recoveryTime: return figures.recovery.p50
        }
    }

    static func change(_ metric: TieredMetric, previous: DORAPeriodFigures, current: DORAPeriodFigures, withTiers: Bool) -> MetricChange {
        let old = value(metric, previous.figures), new = value(metric, current.figures)
        var result = MetricChange(previous: old, current: new, notable: false)
        if withTiers {
            result.tierFrom = previous.tiers?[metric]
            result.tierTo = current.tiers?[metric]
        }
        guard let old, let new else { return result }
        result.delta = new - old
        result.ratio = old == 0 ? nil : new / old
        let tierMoved = result.tierFrom != nil && result.tierTo != nil && result.tierFrom != result.tierTo
        let moved = enoughData(metric, previous.figures!) && enoughData(metric, current.figures!) && threshold(metric, previous, current)
        result.notable = moved || tierMoved
        guard result.notable else {
            result.direction = .steady
            return result
        }
        if new != old {
            result.direction = (new > old) == metric.direction.higherIsBetter ? .better : .worse
        } else {
            // Only the tier moved: a lower position (elite first) is better.
            result.direction = position(result.tierTo!) < position(result.tierFrom!) ? .better : .worse
        }
        return result
    }

    /// Position of a tier, elite 0 … low 3.
    public static func position(_ tier: Tier) -> Int { Tier.allCases.firstIndex(of: tier)! }

    static func enoughData(_ metric: TieredMetric, _ figures: DORAFigures) -> Bool {
        switch metric {
        case .deploymentFrequency, .changeFailureRate: figures.deployments >= minimumData
        case .leadTime: figures.leadTime.n >= minimumData
        case .recoveryTime: figures.recovery.n >= minimumData
        }
    }

    /// |ratio − 1| ≥ 0.25 or |delta| ≥ 0.05, compared exactly: in integers from counts, and on a
    /// grid of a microsecond for hours (durations are whole microseconds, medians half of two).
    static func threshold(_ metric: TieredMetric, _ previous: DORAPeriodFigures, _ current: DORAPeriodFigures) -> Bool {
        let old = previous.figures!, new = current.figures!
        switch metric {
        case .deploymentFrequency:
            // (d₁·7/t₁) / (d₀·7/t₀) − 1 = (d₁·t₀ − d₀·t₁) / (d₀·t₁)
            let t0 = rateDays(previous), t1 = rateDays(current)
            guard exact(new.deployments, old.deployments, t0, t1) else {
                let denominator = Double(old.deployments) * Double(t1)
                return denominator > 0 && 4 * abs(Double(new.deployments) * Double(t0) - denominator) >= denominator
            }
            let numerator = new.deployments * t0 - old.deployments * t1, denominator = old.deployments * t1
            return denominator > 0 && 4 * abs(numerator) >= denominator
        case .changeFailureRate:
            // f₁/d₁ − f₀/d₀ = (f₁·d₀ − f₀·d₁) / (d₀·d₁); |…| ≥ 1/20
            guard exact(new.failedDeployments, old.deployments, old.failedDeployments, new.deployments) else {
                let numerator = Double(new.failedDeployments) * Double(old.deployments) - Double(old.failedDeployments) * Double(new.deployments)
                return 20 * abs(numerator) >= Double(old.deployments) * Double(new.deployments)
            }
            let numerator = new.failedDeployments * old.deployments - old.failedDeployments * new.deployments
            return 20 * abs(numerator) >= old.deployments * new.deployments
        case .leadTime, .recoveryTime:
            guard let a = value(metric, old), let b = value(metric, new) else { return false }
            // Beyond 10^8 hours the grid would overflow; such figures need no microsecond exactness.
            guard max(a, b) < 1e8 else { return a > 0 && 4 * abs(b - a) >= a }
            let p = grid(a), c = grid(b)
            return p > 0 && 4 * abs(c - p) >= p
        }
    }

    /// The days a period's per-week rate is taken over: observed days (teams) or days (units).
    static func rateDays(_ entry: DORAPeriodFigures) -> Int { entry.observedDays ?? entry.period.days }

    /// Whether counts are small enough (below 2^28) for the exact integer comparisons: every
    /// product of two and its multiple by 20 stay far below `Int.max`. Larger ones (content allows
    /// counts up to 10^12) are compared in `Double`, never with a trapping overflow.
    static func exact(_ values: Int...) -> Bool { values.allSatisfy { (0..<(1 << 28)).contains($0) } }

    /// Hours as whole half-microseconds (exact for medians of whole-microsecond durations).
    static func grid(_ hours: Double) -> Int64 { Int64((hours * 7_200_000_000).rounded()) }
}
