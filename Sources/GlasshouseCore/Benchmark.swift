/// A performance tier of a DORA metric (metrics.md §2.7).
public enum Tier: String, Sendable, Hashable, CaseIterable {
    case elite, high, medium, low
}

/// The DORA metrics that get tiers, in the order the site shows them.
public enum TieredMetric: String, Sendable, Hashable, CaseIterable {
    case deploymentFrequency = "deployment_frequency"
    case leadTime = "lead_time"
    case changeFailureRate = "change_failure_rate"
    case recoveryTime = "recovery_time"
}

/// The thresholds that turn DORA figures into tiers: a built-in benchmark or a custom YAML file.
///
/// Every comparison is on the figure as reported, so a value exactly at a threshold lands where
/// the table of metrics.md §2.7 says: frequency and change failure rate thresholds are inclusive
/// ("at least", "at most"), lead and recovery time thresholds exclusive ("below").
public struct Benchmark: Sendable, Hashable {
    /// Elite, high and medium thresholds of one metric; anything else is low.
    public struct Thresholds: Sendable, Hashable {
        public let elite, high, medium: Double
        public init(elite: Double, high: Double, medium: Double) {
            (self.elite, self.high, self.medium) = (elite, high, medium)
        }

        /// The threshold a figure must pass for `tier`; nil for low, which every figure reaches.
        public subscript(tier: Tier) -> Double? {
            switch tier {
            case .elite: elite
            case .high: high
            case .medium: medium
            case .low: nil
            }
        }
    }

    public var name: String
    /// Deploy days per week, at least.
    public var deployDaysPerWeek: Thresholds
    /// p50 lead time in hours, below.
    public var leadTimeHours: Thresholds
    /// Change failure rate (0–1), at most.
    public var changeFailureRate: Thresholds
    /// p50 failed-deployment recovery time in hours, below.
    public var recoveryHours: Thresholds

    /// DORA 2023's clusters as gap-free bands. Frequency: deploy_days·7 ≥ 5·days, ≥ days, deploy_days·31 ≥ days.
    public static let dora2023 = Benchmark(
        name: "dora-2023",
        deployDaysPerWeek: .init(elite: 5, high: 1, medium: 7.0 / 31.0),
        leadTimeHours: .init(elite: 24, high: 168, medium: 720),
        changeFailureRate: .init(elite: 0.05, high: 0.10, medium: 0.15),
        recoveryHours: .init(elite: 1, high: 24, medium: 168)
    )

    /// DORA 2021. Frequency: deploy_days·7 ≥ 5·days, deploy_days·31 ≥ days, deploy_days·183 ≥ days.
    public static let dora2021 = Benchmark(
        name: "dora-2021",
        deployDaysPerWeek: .init(elite: 5, high: 7.0 / 31.0, medium: 7.0 / 183.0),
        leadTimeHours: .init(elite: 1, high: 168, medium: 4380),
        changeFailureRate: .init(elite: 0.15, high: 0.20, medium: 0.30),
        recoveryHours: .init(elite: 1, high: 24, medium: 168)
    )

    public static let builtIn: [String: Benchmark] = [dora2023.name: dora2023, dora2021.name: dora2021]

    /// A metric's thresholds.
    public subscript(metric: TieredMetric) -> Thresholds {
        get {
            switch metric {
            case .deploymentFrequency: deployDaysPerWeek
            case .leadTime: leadTimeHours
            case .changeFailureRate: changeFailureRate
            case .recoveryTime: recoveryHours
            }
        }
        set {
            switch metric {
            case .deploymentFrequency: deployDaysPerWeek = newValue
            case .leadTime: leadTimeHours = newValue
            case .changeFailureRate: changeFailureRate = newValue
            case .recoveryTime: recoveryHours = newValue
            }
        }
    }

    /// The one tier rule: the best tier whose threshold the figure passes in its metric's
    /// direction, else low. Frequency is given as deploy days per week (deploy_days·7/days, one
    /// division, so a value equal to a threshold in exact arithmetic is equal as a Double too).
    public func tier(_ metric: TieredMetric, _ value: Double) -> Tier {
        let thresholds = self[metric]
        return Tier.allCases.first { tier in thresholds[tier].map { metric.direction.passes(value, $0) } ?? true } ?? .low
    }
}

extension TieredMetric {
    /// How a figure is compared with a threshold of the tier table (metrics.md §2.7).
    public enum Direction: Sendable, Hashable {
        /// Higher is better; a figure equal to the threshold passes (frequency).
        case atLeast
        /// Lower is better; a figure equal to the threshold passes (change failure rate).
        case atMost
        /// Lower is better; a figure equal to the threshold does not pass (lead and recovery time).
        case below

        public func passes(_ value: Double, _ threshold: Double) -> Bool {
            switch self {
            case .atLeast: value >= threshold
            case .atMost: value <= threshold
            case .below: value < threshold
            }
        }

        /// Thresholds of a higher-is-better metric fall from elite to medium; the others rise.
        public var higherIsBetter: Bool { self == .atLeast }
    }

    public var direction: Direction {
        switch self {
        case .deploymentFrequency: .atLeast
        case .leadTime, .recoveryTime: .below
        case .changeFailureRate: .atMost
        }
    }

    /// The metric's key in a benchmark file.
    public var benchmarkKey: String {
        switch self {
        case .deploymentFrequency: "deploy_days_per_week"
        case .leadTime: "lead_time_hours"
        case .changeFailureRate: "change_failure_rate"
        case .recoveryTime: "recovery_hours"
        }
    }

    /// Whether the figure is a rate between 0 and 1.
    public var isRate: Bool { self == .changeFailureRate }
}
