import Testing

@testable import GlasshouseCompute
@testable import GlasshouseCore

@Suite("Units and the org pool their teams (metrics.md §2.8–2.9)")
struct RollupTests {
    let asOf = day(2026, 11, 20)
    var series: PeriodSeries { PeriodSeries(asOf: asOf, windowDays: 28, historyWeeks: 4, historyMonths: 3) }

    @Test("weighted median: half the weight reached, the mean when exactly half, 0 weight is ignored")
    func weightedMedian() {
        #expect(Percentile.weightedMedian(unsortedOnes: [], weighted: [(10, 30), (20, 10)]) == 10)
        #expect(Percentile.weightedMedian(unsortedOnes: [], weighted: [(20, 30), (10, 10)]) == 20)
        #expect(Percentile.weightedMedian(unsortedOnes: [], weighted: [(1, 1), (3, 1)]) == 2)
        #expect(Percentile.weightedMedian(unsortedOnes: [], weighted: [(1, 1), (3, 1), (8, 1)]) == 3)
        #expect(Percentile.weightedMedian(unsortedOnes: [], weighted: [(1, 2), (3, 1), (8, 1)]) == 2)
        #expect(Percentile.weightedMedian(unsortedOnes: [], weighted: [(5, 0), (7, 2)]) == 7)
        #expect(Percentile.weightedMedian(unsortedOnes: [], weighted: [(5, 0)]) == nil)
        #expect(Percentile.weightedMedian(unsortedOnes: [], weighted: []) == nil)
    }

    @Test("weighted median of events (weight 1) and summary p50s walked together, as one sorted list would be")
    func weightedMedianOfOnesAndWeighted() {
        // 1 (1), 2 (1), 2.5 (3), 3 (1): total 6, cumulative 1, 2, 5 → 2.5.
        #expect(Percentile.weightedMedian(unsortedOnes: [1, 2, 3], weighted: [(2.5, 3)]) == 2.5)
        // 1 (1), 2 (1), 3 (1), 5 (1): exactly half after 2 → (2 + 3) / 2.
        #expect(Percentile.weightedMedian(unsortedOnes: [1, 3], weighted: [(2, 1), (5, 1)]) == 2.5)
        // An event and a summary of equal value, 2 (1) and 2 (1), then 4 (2): exactly half after both → (2 + 4) / 2.
        #expect(Percentile.weightedMedian(unsortedOnes: [2], weighted: [(2, 1), (4, 2)]) == 3)
        // 2 (1), 2 (2), 4 (1): the half is passed inside the equal values → 2.
        #expect(Percentile.weightedMedian(unsortedOnes: [2, 4], weighted: [(2, 2)]) == 2)
        #expect(Percentile.weightedMedian(unsortedOnes: [7], weighted: []) == 7)
        #expect(Percentile.weightedMedian(unsortedOnes: [], weighted: [(4, 2)]) == 4)
        #expect(Percentile.weightedMedian(unsortedOnes: [], weighted: []) == nil)
        // 1 (1), 3 (2), 4 (1), 9 (1), 9 (1), 9 (5): total 11, cumulative 1, 3, 4, 5, 6 → 9.
        #expect(Percentile.weightedMedian(unsortedOnes: [1, 4, 9, 9], weighted: [(3, 2), (9, 5)]) == 9)
    }

    func team(_ build: (inout DORAFixture) -> Void) -> TeamDORA {
        var fixture = DORAFixture()
        build(&fixture)
        return fixture.compute(asOf: asOf)
    }

    @Test("sums, pooled ratios and percentiles over every team's values; no deploy days, no tiers; team_tiers with none")
    func pooled() {
        let a = team { f in
            f.deploy("a1", "2026-11-02T10:00:00Z", status: .failed)
            f.deploy("a2", "2026-11-03T10:00:00Z")
            f.change("c1", "2026-11-02T09:00:00Z", deployment: "a1")  // 1 h
            f.change("c2", "2026-11-03T07:00:00Z", deployment: "a2")  // 3 h
        }
        let b = team { f in
            for (index, dayOfMonth) in [4, 5, 6].enumerated() {
                f.deploy("b\(index)", "2026-11-0\(dayOfMonth)T12:00:00Z", rework: index == 0)
            }
            f.change("c1", "2026-11-04T10:00:00Z", deployment: "b0")  // 2 h
            f.change("c2", "2026-11-05T02:00:00Z", deployment: "b1")  // 10 h
            f.change("c3", "2026-11-05T16:00:00Z", deployment: "b2")  // 20 h
            f.incident("i1", "2026-11-07T10:00:00Z")
        }
        let unit = DORAEngine.pool([a, nil, b], series: series)
        let window = unit.window
        #expect(window.figures!.deployments == 5)
        #expect(window.figures!.deployDays == nil && window.figures!.deployDaysPerWeek == nil)
        #expect(window.figures!.deploymentsPerWeek == 1.25)
        #expect(window.figures!.failedDeployments == 1)
        #expect(window.figures!.changeFailureRate == 0.2)
        #expect(window.figures!.reworkRate == 0.2)
        #expect(window.figures!.incidents == 1)
        #expect(window.figures!.restore == Distribution(p50: nil, p90: nil, n: 0, open: 1))
        // Pooled 1, 2, 3, 10, 20: p50 3; p90 h = 3.6 → 10 + 0.6·10.
        #expect(window.figures!.leadTime.p50 == 3)
        #expect(close(window.figures!.leadTime.p90, 16))
        #expect(window.figures!.leadTime.n == 5)
        // a1 recovers with a2 after 24 h.
        #expect(window.figures!.recovery == Distribution(p50: 24, p90: 24, n: 1, open: 0))
        #expect(window.tiers == nil)
        #expect(window.teamsReporting == 2)
        // a: 2 deploy days in 28 → medium; b: 3 → medium; the team without data: none.
        let frequency = window.teamTiers![.deploymentFrequency]!
        #expect(frequency[.medium] == 2 && frequency.none == 1 && frequency.total == 3)
        // a: CFR 50 % low, b: 0 % elite.
        let cfr = window.teamTiers![.changeFailureRate]!
        #expect(cfr[.low] == 1 && cfr[.elite] == 1 && cfr.none == 1)
        #expect(unit.weeks.allSatisfy { $0.teamTiers == nil })
        #expect(unit.months.allSatisfy { $0.teamTiers != nil })
        #expect(unit.source == nil)
    }

    @Test("a summary team makes pooled percentiles a weighted median without p90, marked approximate")
    func pooledWithSummaries() {
        let events = team { f in
            f.deploy("a1", "2026-11-02T10:00:00Z")
            f.change("c1", "2026-11-02T09:00:00Z", deployment: "a1")  // 1 h, weight 1
            f.change("c2", "2026-11-02T06:00:00Z", deployment: "a1")  // 4 h, weight 1
        }
        var data = DORAData(source: .summaries)
        data.summaries = [DORASummary(period: .week(ISOWeek(year: 2026, week: 46)!), deployments: 6, leadTimeP50Hours: 30, changes: 3)]
        let summary = DORAEngine.team(data, series: series, zone: .utc, benchmark: .dora2023)!
        let window = DORAEngine.pool([events, summary], series: series).window.figures!
        #expect(window.deployments == 7)
        // 1 (w1), 4 (w1), 30 (w3): total 5, half 2.5 reached at 30.
        #expect(window.leadTime == Distribution(p50: 30, p90: nil, n: 5, open: nil))
        #expect(window.recovery.open == 0)  // the events team knows its open recoveries
        #expect(window.approx)
    }
}
