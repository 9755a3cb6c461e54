import GlasshouseCore
import Testing

@testable import GlasshouseCompute

@Suite("Change against the previous window (§2.11), Quick Check scores (§2.12), what changed most (§8)")
struct ChangeAndQuickCheckTests {
    static let period = Period.window(endingOn: day(2026, 11, 20), days: 28)

    /// A team period of `days` observed days with the given counts and medians.
    static func entry(
        deployments: Int, failed: Int = 0, lead: Double? = nil, leadN: Int = 0, recovery: Double? = nil, recoveryN: Int = 0,
        days: Int = 28, tiers: DORATiers? = nil, team: Bool = true
    ) -> DORAPeriodFigures {
        let figures = DORAFigures(
            deployments: deployments, deployDays: nil, deploymentsPerWeek: Double(deployments * 7) / Double(days), deployDaysPerWeek: nil,
            failedDeployments: failed, changeFailureRate: deployments == 0 ? nil : Double(failed) / Double(deployments), reworkRate: deployments == 0 ? nil : 0,
            leadTime: Distribution(p50: lead, p90: nil, n: leadN, open: nil), recovery: Distribution(p50: recovery, p90: nil, n: recoveryN, open: 0),
            incidents: 0, restore: Distribution(p50: nil, p90: nil, n: 0, open: 0), approx: false)
        return DORAPeriodFigures(period: period, figures: figures, observedDays: team ? days : nil, tiers: tiers)
    }

    @Test("frequency: |ratio − 1| ≥ 0.25 inclusive, both windows with ≥ 10 deployments")
    func frequency() {
        let change = DORAChange.compare(previous: Self.entry(deployments: 20), current: Self.entry(deployments: 25), withTiers: false)[.deploymentFrequency]!
        #expect(change.previous == 5 && change.current == 6.25 && change.delta == 1.25 && change.ratio == 1.25)
        #expect(change.notable && change.direction == .better)
        let below = DORAChange.compare(previous: Self.entry(deployments: 20), current: Self.entry(deployments: 24), withTiers: false)[.deploymentFrequency]!
        #expect(!below.notable && below.direction == .steady)
        let few = DORAChange.compare(previous: Self.entry(deployments: 9), current: Self.entry(deployments: 30), withTiers: false)[.deploymentFrequency]!
        #expect(!few.notable && few.direction == .steady)  // 9 < 10 deployments before
        // Observed days differ: 10 in 14 days (5/week) against 20 in 28 (5/week): steady.
        let span = DORAChange.compare(previous: Self.entry(deployments: 10, days: 14), current: Self.entry(deployments: 20), withTiers: false)[
            .deploymentFrequency]!
        #expect(span.ratio == 1 && !span.notable)
    }

    @Test("change failure rate: |delta| ≥ 0.05 exactly (0.15 − 0.10 is 0.05, not 0.04999…)")
    func changeFailureRate() {
        let change = DORAChange.compare(previous: Self.entry(deployments: 20, failed: 2), current: Self.entry(deployments: 20, failed: 3), withTiers: false)[
            .changeFailureRate]!
        #expect(change.notable && change.direction == .worse)
        let less = DORAChange.compare(previous: Self.entry(deployments: 40, failed: 4), current: Self.entry(deployments: 40, failed: 5), withTiers: false)[
            .changeFailureRate]!
        #expect(!less.notable)  // 0.125 − 0.1 = 0.025
    }

    @Test("lead time and recovery: lower is better, n ≥ 10; ratio null when previous is 0")
    func durations() {
        let lead = DORAChange.compare(
            previous: Self.entry(deployments: 10, lead: 8, leadN: 10), current: Self.entry(deployments: 10, lead: 6, leadN: 12), withTiers: false)[.leadTime]!
        #expect(lead.ratio == 0.75 && lead.notable && lead.direction == .better)  // |0.75 − 1| = 0.25
        let zero = DORAChange.compare(
            previous: Self.entry(deployments: 10, recovery: 0, recoveryN: 10), current: Self.entry(deployments: 10, recovery: 5, recoveryN: 10),
            withTiers: false)[.recoveryTime]!
        #expect(zero.ratio == nil && zero.delta == 5 && !zero.notable)
        let none = DORAChange.compare(previous: Self.entry(deployments: 0), current: Self.entry(deployments: 10, lead: 6, leadN: 12), withTiers: false)[
            .leadTime]!
        #expect(none.direction == nil && none.delta == nil && !none.notable)
    }

    @Test("a team's tier change is always notable, below the data condition too; the tier decides when delta is 0")
    func tierChange() {
        let previous = Self.entry(deployments: 4, tiers: DORATiers(deploymentFrequency: .medium))
        let current = Self.entry(deployments: 4, tiers: DORATiers(deploymentFrequency: .high))
        let team = DORAChange.compare(previous: previous, current: current, withTiers: true)[.deploymentFrequency]!
        #expect(team.delta == 0 && team.notable && team.direction == .better && team.tierFrom == .medium && team.tierTo == .high)
        #expect(!DORAChange.compare(previous: previous, current: current, withTiers: false)[.deploymentFrequency]!.notable)
    }

    @Test("Quick Check answers at their exact boundaries, scores and means")
    func quickCheck() {
        #expect(
            [(28, 14), (27, 14), (10, 14), (9, 14), (2, 14), (1, 14), (0, 14)].map { QuickCheck.frequencyAnswer(deployments: $0.0, days: $0.1) } == [
                6, 5, 5, 4, 4, 3, 1,
            ])
        // 31·f ≥ 7 ⇔ 31·d ≥ days: 1 in 31 days → 3; 1 in 32 → 2; 1 in 183 → 2; 1 in 184 → 1.
        #expect([31, 32, 183, 184].map { QuickCheck.frequencyAnswer(deployments: 1, days: $0) } == [3, 2, 2, 1])
        #expect([0.5, 1, 23.9, 24, 167, 168, 719, 720, 4379, 4380].map(QuickCheck.durationAnswer) == [6, 5, 5, 4, 4, 3, 3, 2, 2, 1])
        let check = QuickCheck(Self.entry(deployments: 20, failed: 2, lead: 30, leadN: 20, recovery: 2, recoveryN: 2).figures, observedDays: 28)
        // f = 5/week → answer 5 → 8; lead 30 h → 4 → 6; recovery 2 h → 5 → 8; CFR 0.1 → 9; rework 0 → 10.
        #expect(check[.deploymentFrequency] == 8 && check[.leadTime] == 6 && check[.recoveryTime] == 8)
        #expect(check[.changeFailureRate] == 9 && check[.rework] == 10)
        #expect(check[.throughput] == 22.0 / 3 && check[.stability] == 9.5 && check[.performance] == 41.0 / 5)
        let idle = QuickCheck(Self.entry(deployments: 0).figures, observedDays: 28)
        #expect(idle[.deploymentFrequency] == 0 && idle[.changeFailureRate] == nil && idle[.throughput] == nil && idle[.performance] == nil)
        #expect(QuickCheck.referenceMeans2025[.performance] == 6.72)
        let spread = ScoreSpread([8, 2, 6])
        #expect(spread == ScoreSpread(p50: 6, min: 2, max: 8, n: 3))
    }

    @Test("what changed most: tier steps, then magnitude, then team, then metric order")
    func ordering() {
        func report(_ changes: [TieredMetric: MetricChange]) -> DORAReport {
            var report = DORAReport(source: .events, window: Self.entry(deployments: 0), previous: Self.entry(deployments: 0), weeks: [], months: [])
            report.change = changes
            return report
        }
        func change(_ ratio: Double?, delta: Double? = nil, from: Tier? = nil, to: Tier? = nil, notable: Bool = true) -> MetricChange {
            MetricChange(previous: 1, current: 1, delta: delta, ratio: ratio, direction: .better, notable: notable, tierFrom: from, tierTo: to)
        }
        let list = WhatChanged.list([
            (id: "b", report: report([.leadTime: change(0.5), .changeFailureRate: change(nil, delta: -0.2), .recoveryTime: change(3, notable: false)])),
            (id: "a", report: report([.deploymentFrequency: change(1.3, from: .low, to: .high), .leadTime: change(1.5)])),
        ])
        // a frequency: 2 steps; then magnitudes: a lead 0.5, b lead 0.5, b CFR 5·0.2 = 1.
        #expect(list.map { "\($0.team) \($0.metric.rawValue)" } == ["a deployment_frequency", "b change_failure_rate", "a lead_time", "b lead_time"])
    }
}

extension ScoreSpread {
    init(p50: Double?, min: Double?, max: Double?, n: Int) {
        self.init([])
        self.p50 = p50
        self.min = min
        self.max = max
        self.n = n
    }
}
