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
        public var elite: Double
        public var high: Double
        public var medium: Double
        public init(elite: Double, high: Double, medium: Double) {
            self.elite = elite
            self.high = high
            self.medium = medium
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

    public init(name: String, deployDaysPerWeek: Thresholds, leadTimeHours: Thresholds, changeFailureRate: Thresholds, recoveryHours: Thresholds) {
        self.name = name
        self.deployDaysPerWeek = deployDaysPerWeek
        self.leadTimeHours = leadTimeHours
        self.changeFailureRate = changeFailureRate
        self.recoveryHours = recoveryHours
    }

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

    /// Tier of a frequency given as deploy days per week (deploy_days·7/days, one division, so a
    /// value equal to a threshold in exact arithmetic is equal as a Double too).
    public func frequencyTier(deployDaysPerWeek value: Double) -> Tier {
        if value >= deployDaysPerWeek.elite { return .elite }
        if value >= deployDaysPerWeek.high { return .high }
        if value >= deployDaysPerWeek.medium { return .medium }
        return .low
    }

    public func leadTimeTier(p50 hours: Double) -> Tier { Self.below(hours, leadTimeHours) }

    public func changeFailureTier(rate: Double) -> Tier {
        if rate <= changeFailureRate.elite { return .elite }
        if rate <= changeFailureRate.high { return .high }
        if rate <= changeFailureRate.medium { return .medium }
        return .low
    }

    public func recoveryTier(p50 hours: Double) -> Tier { Self.below(hours, recoveryHours) }

    private static func below(_ value: Double, _ thresholds: Thresholds) -> Tier {
        if value < thresholds.elite { return .elite }
        if value < thresholds.high { return .high }
        if value < thresholds.medium { return .medium }
        return .low
    }
}
