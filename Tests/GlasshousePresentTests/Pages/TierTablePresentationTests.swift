import GlasshouseCore
import Testing

@testable import GlasshousePresent

/// The methodology page's tier table is read from the benchmark: thresholds and directions are
/// those `Benchmark.tier` compares with.
@Suite("The methodology tier table comes from the benchmark")
struct TierTablePresentationTests {
    func rows(_ benchmark: Benchmark) -> [[String]] {
        TieredMetric.allCases.map { metric in
            let row = SitePresenter.benchmarkRow(metric, benchmark[metric])
            return [row.metric, row.elite, row.high, row.medium, row.low]
        }
    }

    @Test("dora-2023: every tier with its comparison, low as what passes none")
    func dora2023() {
        #expect(
            rows(.dora2023) == [
                ["Deployment frequency", "≥ 5 deploy days/week", "≥ 1 deploy days/week", "≥ 0.23 deploy days/week", "< 0.23 deploy days/week"],
                ["Lead time (p50)", "< 24 h", "< 7 days", "< 30 days", "≥ 30 days"],
                ["Change failure rate", "≤ 5 %", "≤ 10 %", "≤ 15 %", "> 15 %"],
                ["Recovery time (p50)", "< 1 h", "< 24 h", "< 7 days", "≥ 7 days"],
            ])
    }

    @Test("a custom benchmark's thresholds reach the table")
    func custom() {
        var benchmark = Benchmark.dora2023
        benchmark[.changeFailureRate] = Benchmark.Thresholds(elite: 0.01, high: 0.02, medium: 0.5)
        #expect(rows(benchmark)[2] == ["Change failure rate", "≤ 1 %", "≤ 2 %", "≤ 50 %", "> 50 %"])
    }

    @Test("the built-in benchmarks' prose is their thresholds, not text written in the template")
    func builtInLine() {
        let line = SitePresenter.builtInBenchmark(.dora2021)
        #expect(line.name == "dora-2021")
        #expect(
            line.thresholds
                == "Deployment frequency ≥ 5 deploy days/week, ≥ 0.23 deploy days/week, ≥ 0.038 deploy days/week; "
                + "Lead time (p50) < 1 h, < 7 days, < 183 days; Change failure rate ≤ 15 %, ≤ 20 %, ≤ 30 %; "
                + "Recovery time (p50) < 1 h, < 24 h, < 7 days")
    }

    @Test("the comparison signs agree with Benchmark.tier at a threshold")
    func signsAgreeWithTiers() {
        let b = Benchmark.dora2023
        // "≥ 5" includes 5; "< 24 h" excludes 24; "≤ 5 %" includes 5 %.
        #expect(b.tier(.deploymentFrequency, 5) == .elite)
        #expect(b.tier(.leadTime, 24) == .high)
        #expect(b.tier(.changeFailureRate, 0.05) == .elite)
        #expect(b.tier(.changeFailureRate, 0.150001) == .low)
        #expect(TieredMetric.Direction.atLeast.passSymbol == "≥" && TieredMetric.Direction.below.failSymbol == "≥")
    }
}
