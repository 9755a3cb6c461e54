import GlasshouseCompute
import GlasshouseCore
import Testing

@Suite("SLO figures and status boundaries (metrics.md §3)")
struct SLOEngineTests {
    let asOf = day(2026, 11, 20)
    var series: PeriodSeries { PeriodSeries(asOf: asOf, windowDays: 28, historyWeeks: 4, historyMonths: 2) }

    /// One SLO (99 %, 28 days) with rows of (day, good, total).
    func slo(_ rows: [(Day, Double, Double)], objective: Double = 99, window: Int = 28, zone: SiteZone = .utc) -> SLOFigures {
        var data = SLOData()
        data.slos = [SLODefinition(id: "s", objective: objective, windowDays: window)]
        data.sli = rows.map { SLIRow(slo: 0, start: .day($0.0), good: $0.1, total: $0.2) }
        return SLOEngine.figures(cutSLIs(data, at: asOf, zone: zone), series: series, zone: zone).slos[0]
    }

    @Test("window sums, attainment, budget, burn rates, days to exhaustion, monthly attainment")
    func figures() {
        let s = slo([
            (day(2026, 10, 23), 1000, 1000),  // outside the 28-day window (24 Oct … 20 Nov)
            (day(2026, 10, 24), 9_900, 10_000),
            (day(2026, 11, 14), 995, 1000),
            (day(2026, 11, 20), 990, 1000),
            (day(2026, 11, 21), 0, 1000),  // after D
        ])
        #expect(s.good == 11_885 && s.total == 12_000)
        #expect(close(s.attainment, 11_885.0 / 12_000))
        #expect(s.met == true)  // 99.04 % ≥ 99 %
        // Bad 115 of 12 000 with a 1 % budget: 115 / 120 used.
        #expect(close(s.budgetConsumed, 115.0 / 120))
        #expect(close(s.budgetRemaining, 5.0 / 120))
        #expect(s.burnRate1d == 1)  // 10 bad of 1000 = exactly the budget
        #expect(close(s.burnRate7d, 15.0 / 20))  // 14 Nov … 20 Nov: 15 bad of 2000
        #expect(close(s.daysToExhaustion, (5.0 / 120) * 28 / 0.75))
        #expect(s.status == .atRisk)  // less than 25 % left
        #expect(s.months.map(\.label) == ["2026-10", "2026-11"])
        #expect(s.months[0].good == 10_900 && s.months[0].total == 11_000)
        #expect(s.months[1].total == 2000 && s.months[1].met == true)
    }

    @Test("status: exactly used up is exhausted; exactly 25 % left and a burn of exactly 1 are healthy")
    func boundaries() {
        // 10 bad of 1000 at 99 %: consumed exactly 1, remaining exactly 0.
        let exhausted = slo([(day(2026, 11, 1), 990, 1000)])
        #expect(exhausted.budgetRemaining == 0)
        #expect(exhausted.status == .exhausted)
        #expect(exhausted.daysToExhaustion == nil)
        // 99.9 %: 3 bad of 4000 leaves exactly a quarter.
        let quarter = slo([(day(2026, 11, 1), 3997, 4000)], objective: 99.9)
        #expect(quarter.budgetRemaining == 0.25)
        #expect(quarter.status == .healthy)
        #expect(quarter.burnRate7d == nil)  // no events in the last 7 days
        let justUnder = slo([(day(2026, 11, 1), 39_969, 40_000)], objective: 99.9)  // 31/40 used
        #expect(justUnder.status == .atRisk)
        // A 7-day burn of exactly 1 is not "above 1"; just above is at risk.
        let burnOne = slo([(day(2026, 10, 25), 100_000, 100_000), (day(2026, 11, 18), 999, 1000)], objective: 99.9)
        #expect(burnOne.burnRate7d == 1)
        #expect(burnOne.status == .healthy)
        let burnMore = slo([(day(2026, 10, 25), 100_000, 100_000), (day(2026, 11, 18), 998, 1000)], objective: 99.9)
        #expect(burnMore.burnRate7d == 2)
        #expect(burnMore.status == .atRisk)
        // Overspent: remaining negative.
        let over = slo([(day(2026, 11, 19), 900, 1000)])
        #expect(close(over.budgetRemaining, -9))
        #expect(over.status == .exhausted)
    }

    @Test("no events: no_data, nulls everywhere; 100 % attainment with a 0 burn")
    func noData() {
        let none = slo([])
        #expect(none.status == .noData)
        #expect(none.attainment == nil && none.met == nil && none.budgetConsumed == nil && none.budgetRemaining == nil)
        #expect(none.burnRate1d == nil && none.burnRate7d == nil && none.daysToExhaustion == nil)
        let perfect = slo([(day(2026, 11, 20), 500, 500)])
        #expect(perfect.budgetRemaining == 1 && perfect.burnRate7d == 0 && perfect.daysToExhaustion == nil && perfect.status == .healthy)
    }

    @Test("hourly rows near midnight in a non-UTC zone count on their local day")
    func hourlyRows() {
        var data = SLOData()
        data.slos = [SLODefinition(id: "s", objective: 99, windowDays: 1)]
        data.sli = [
            SLIRow(slo: 0, start: .instant(DORAFixture.at("2026-11-19T23:00:00Z")), good: 90, total: 100),  // 00:00 on 20 Nov in Berlin
            SLIRow(slo: 0, start: .instant(DORAFixture.at("2026-11-19T22:59:00Z")), good: 0, total: 100),  // 23:59 on 19 Nov
            SLIRow(slo: 0, start: .instant(DORAFixture.at("2026-11-20T23:00:00Z")), good: 0, total: 100),  // 21 Nov: after D
        ]
        var team = Team(id: "x", name: "X")
        team.slo = data
        let (cut, ignored) = Snapshot.cut(team, at: series.asOf, zone: SiteZone(identifier: "Europe/Berlin")!)
        #expect(ignored == [IgnoredRows(kind: .slos, file: "teams/x/sli.csv", count: 1)])
        let result = SLOEngine.figures(cut.slo!, series: series, zone: SiteZone(identifier: "Europe/Berlin")!)
        #expect(result.slos[0].total == 100 && result.slos[0].good == 90)
        #expect(result.slos[0].burnRate1d == 10)
    }

    @Test("a unit counts its SLOs by status and by met")
    func counts() {
        let counts = SLOCounts([slo([(day(2026, 11, 1), 990, 1000)]), slo([]), slo([(day(2026, 11, 20), 500, 500)])])
        #expect(counts.total == 3 && counts.met == 2)
        #expect(counts[.exhausted] == 1 && counts[.noData] == 1 && counts[.healthy] == 1 && counts[.atRisk] == 0)
    }
}
