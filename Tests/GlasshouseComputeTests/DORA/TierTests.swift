import GlasshouseCompute
import GlasshouseCore
import Testing

@Suite("Tiers at and just past every threshold (metrics.md §2.7)")
struct TierTests {
    /// Deploy days per week exactly as the engine computes it: deploy_days·7 / days(P).
    func frequency(_ benchmark: Benchmark, deployDays: Int, days: Int) -> Tier {
        benchmark.tier(.deploymentFrequency, Double(deployDays * 7) / Double(days))
    }

    func cfr(_ benchmark: Benchmark, failed: Int, of deployments: Int) -> Tier {
        benchmark.tier(.changeFailureRate, Double(failed) / Double(deployments))
    }

    @Test("dora-2023 deployment frequency: deploy_days·7 ≥ 5·days, ≥ days, deploy_days·31 ≥ days")
    func frequency2023() {
        let b = Benchmark.dora2023
        // 90-day window: elite from 65 (455 ≥ 450), high from 13 (91 ≥ 90), medium from 3 (93 ≥ 90).
        #expect(frequency(b, deployDays: 65, days: 90) == .elite)
        #expect(frequency(b, deployDays: 64, days: 90) == .high)
        #expect(frequency(b, deployDays: 13, days: 90) == .high)
        #expect(frequency(b, deployDays: 12, days: 90) == .medium)
        #expect(frequency(b, deployDays: 3, days: 90) == .medium)
        #expect(frequency(b, deployDays: 2, days: 90) == .low)
        #expect(frequency(b, deployDays: 0, days: 90) == .low)
        // Exactly on the line: 20·7 = 5·28, 4·7 = 28, 1·31 = 31.
        #expect(frequency(b, deployDays: 20, days: 28) == .elite)
        #expect(frequency(b, deployDays: 19, days: 28) == .high)
        #expect(frequency(b, deployDays: 4, days: 28) == .high)
        #expect(frequency(b, deployDays: 3, days: 28) == .medium)
        #expect(frequency(b, deployDays: 1, days: 31) == .medium)
        #expect(frequency(b, deployDays: 3, days: 93) == .medium)
        #expect(frequency(b, deployDays: 2, days: 62) == .medium)  // 2·31 = 62
        #expect(frequency(b, deployDays: 2, days: 63) == .low)  // 62 < 63
    }

    @Test("dora-2023 lead time, change failure rate and recovery time")
    func others2023() {
        let b = Benchmark.dora2023
        #expect(b.tier(.leadTime, 23.999) == .elite)
        #expect(b.tier(.leadTime, 24) == .high)
        #expect(b.tier(.leadTime, 167.9) == .high)
        #expect(b.tier(.leadTime, 168) == .medium)
        #expect(b.tier(.leadTime, 719.99) == .medium)
        #expect(b.tier(.leadTime, 720) == .low)
        #expect(cfr(b, failed: 0, of: 7) == .elite)
        #expect(cfr(b, failed: 1, of: 20) == .elite)  // 100·1 = 5·20
        #expect(cfr(b, failed: 1, of: 19) == .high)
        #expect(cfr(b, failed: 2, of: 20) == .high)  // exactly 10 %
        #expect(cfr(b, failed: 3, of: 29) == .medium)  // 10.3 %
        #expect(cfr(b, failed: 3, of: 20) == .medium)  // exactly 15 %
        #expect(cfr(b, failed: 31, of: 200) == .low)  // 15.5 %
        #expect(cfr(b, failed: 5, of: 5) == .low)
        #expect(b.tier(.recoveryTime, 0.99) == .elite)
        #expect(b.tier(.recoveryTime, 1) == .high)
        #expect(b.tier(.recoveryTime, 24) == .medium)
        #expect(b.tier(.recoveryTime, 167.99) == .medium)
        #expect(b.tier(.recoveryTime, 168) == .low)
    }

    @Test("dora-2021: frequency ·7 ≥ 5·days, ·31 ≥ days, ·183 ≥ days; lead < 1 / 168 / 4380 h; CFR ≤ 15 / 20 / 30 %")
    func dora2021() {
        let b = Benchmark.dora2021
        #expect(frequency(b, deployDays: 65, days: 90) == .elite)
        #expect(frequency(b, deployDays: 64, days: 90) == .high)
        #expect(frequency(b, deployDays: 3, days: 90) == .high)  // 93 ≥ 90
        #expect(frequency(b, deployDays: 2, days: 90) == .medium)  // 62 < 90, 366 ≥ 90
        #expect(frequency(b, deployDays: 1, days: 183) == .medium)
        #expect(frequency(b, deployDays: 1, days: 184) == .low)
        #expect(frequency(b, deployDays: 0, days: 30) == .low)
        #expect(b.tier(.leadTime, 0.5) == .elite)
        #expect(b.tier(.leadTime, 1) == .high)
        #expect(b.tier(.leadTime, 168) == .medium)
        #expect(b.tier(.leadTime, 4379.9) == .medium)
        #expect(b.tier(.leadTime, 4380) == .low)
        #expect(cfr(b, failed: 3, of: 20) == .elite)  // 15 %
        #expect(cfr(b, failed: 4, of: 20) == .high)  // 20 %
        #expect(cfr(b, failed: 5, of: 20) == .medium)  // 25 %
        #expect(cfr(b, failed: 3, of: 10) == .medium)  // 30 %
        #expect(cfr(b, failed: 31, of: 100) == .low)
        #expect(b.tier(.recoveryTime, 1) == .high)
        #expect(b.tier(.recoveryTime, 168) == .low)
    }
}
