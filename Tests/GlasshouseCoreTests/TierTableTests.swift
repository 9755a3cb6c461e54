import GlasshouseCore
import Testing

@Suite("The tier table as data (metrics.md §2.7)")
struct TierTableTests {
    @Test("each metric's direction: frequency at least, change failure rate at most, times below")
    func directions() {
        #expect(TieredMetric.allCases.map(\.direction) == [.atLeast, .below, .atMost, .below])
        #expect(TieredMetric.allCases.map(\.benchmarkKey) == ["deploy_days_per_week", "lead_time_hours", "change_failure_rate", "recovery_hours"])
        #expect(TieredMetric.Direction.atLeast.passes(5, 5) && !TieredMetric.Direction.atLeast.passes(4.999, 5))
        #expect(TieredMetric.Direction.atMost.passes(0.05, 0.05) && !TieredMetric.Direction.atMost.passes(0.0501, 0.05))
        #expect(!TieredMetric.Direction.below.passes(24, 24) && TieredMetric.Direction.below.passes(23.999, 24))
    }

    @Test("one tier function reads the thresholds of any metric, exactly at each boundary")
    func tierAtBoundaries() {
        let b = Benchmark.dora2023
        #expect([5, 4.99, 1, 0.99, 7.0 / 31, 0.2].map { b.tier(.deploymentFrequency, $0) } == [.elite, .high, .high, .medium, .medium, .low])
        #expect([0.05, 0.0500001, 0.10, 0.15, 0.1500001].map { b.tier(.changeFailureRate, $0) } == [.elite, .high, .high, .medium, .low])
        #expect([0.99, 1, 23.99, 24, 168].map { b.tier(.recoveryTime, $0) } == [.elite, .high, .high, .medium, .low])
        var custom = b
        custom[.leadTime] = Benchmark.Thresholds(elite: 2, high: 3, medium: 4)
        #expect(custom.leadTimeHours == Benchmark.Thresholds(elite: 2, high: 3, medium: 4))
        #expect([1.9, 2, 3.5, 4].map { custom.tier(.leadTime, $0) } == [.elite, .high, .medium, .low])
    }
}
