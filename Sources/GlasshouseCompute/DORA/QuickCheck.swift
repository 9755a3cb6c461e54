import GlasshouseCore

/// A scored metric of DORA's Quick Check (metrics.md §2.12), in the JSON export's order.
public enum QuickCheckScore: String, Sendable, CaseIterable {
    case deploymentFrequency = "deployment_frequency"
    case leadTime = "lead_time"
    case recoveryTime = "recovery_time"
    case changeFailureRate = "change_failure_rate"
    case rework, throughput, stability, performance
}

/// A team window's Quick Check scores (0–10); each nil when its figure is undefined.
public struct QuickCheck: Sendable, Equatable {
    public var scores: [QuickCheckScore: Double] = [:]

    public subscript(score: QuickCheckScore) -> Double? { scores[score] }

    /// The 2025 industry means dora.dev shows beside the scores (all industries); throughput and
    /// stability have none.
    public static let referenceMeans2025: [QuickCheckScore: Double] = [
        .leadTime: 5.5, .deploymentFrequency: 4.8, .recoveryTime: 7.4, .changeFailureRate: 8.1, .rework: 7.8, .performance: 6.72,
    ]

    /// Scores of a team window: `figures` over `observedDays` (no observed days: every score nil).
    public init(_ figures: DORAFigures?, observedDays: Int) {
        guard let figures, observedDays > 0 else { return }
        var s: [QuickCheckScore: Double] = [:]
        s[.deploymentFrequency] = Self.score(Self.frequencyAnswer(deployments: figures.deployments, days: observedDays))
        s[.leadTime] = figures.leadTime.n > 0 ? figures.leadTime.p50.map { Self.score(Self.durationAnswer(hours: $0)) } : nil
        s[.recoveryTime] = figures.recovery.n > 0 ? figures.recovery.p50.map { Self.score(Self.durationAnswer(hours: $0)) } : nil
        s[.changeFailureRate] = figures.changeFailureRate.map { 10 - 10 * $0 }
        s[.rework] = figures.reworkRate.map { 10 - 10 * $0 }
        s[.throughput] = Self.mean([s[.deploymentFrequency], s[.leadTime], s[.recoveryTime]])
        let withRework = s[.rework] != nil
        s[.stability] = Self.mean(withRework ? [s[.changeFailureRate], s[.rework]] : [s[.changeFailureRate]])
        let four = [s[.deploymentFrequency], s[.leadTime], s[.recoveryTime], s[.changeFailureRate]]
        s[.performance] = Self.mean(withRework ? four + [s[.rework]] : four)
        scores = s.compactMapValues { $0 }
    }

    /// Score of answer a: 2·(a − 1).
    static func score(_ answer: Int) -> Double { Double(2 * (answer - 1)) }

    /// Frequency answer from f = deployments·7/days, compared exactly in integers.
    static func frequencyAnswer(deployments: Int, days: Int) -> Int {
        let weekly = deployments * 7  // f·days
        if weekly >= 14 * days { return 6 }
        if weekly >= 5 * days { return 5 }
        if weekly >= days { return 4 }
        if 31 * weekly >= 7 * days { return 3 }
        if 183 * weekly >= 7 * days { return 2 }
        return 1
    }

    /// Lead time or recovery answer from a p50 in hours.
    static func durationAnswer(hours: Double) -> Int {
        if hours < 1 { return 6 }
        if hours < 24 { return 5 }
        if hours < 168 { return 4 }
        if hours < 720 { return 3 }
        if hours < 4380 { return 2 }
        return 1
    }

    /// The mean, nil when any value is.
    static func mean(_ values: [Double?]) -> Double? {
        let present = values.compactMap { $0 }
        guard present.count == values.count, !present.isEmpty else { return nil }
        return present.reduce(0, +) / Double(present.count)
    }
}

/// A unit's spread of one Quick Check score over its non-stale teams that have it (never pooled).
public struct ScoreSpread: Sendable, Equatable {
    public var p50: Double?
    public var min: Double?
    public var max: Double?
    public var n: Int

    public init(_ values: [Double]) {
        let sorted = values.sorted()
        p50 = Percentile.of(sorted: sorted, 0.5)
        min = sorted.first
        max = sorted.last
        n = sorted.count
    }

    /// Per score, over the teams' window Quick Checks (stale teams already left out).
    public static func of(_ checks: [QuickCheck]) -> [QuickCheckScore: ScoreSpread] {
        Dictionary(uniqueKeysWithValues: QuickCheckScore.allCases.map { score in (score, ScoreSpread(checks.compactMap { $0[score] })) })
    }
}
