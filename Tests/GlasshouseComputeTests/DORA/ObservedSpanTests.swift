import Testing

@testable import GlasshouseCompute
@testable import GlasshouseCore

@Suite("Observed span: new teams and stale data (metrics.md §2.10)")
struct ObservedSpanTests {
    let asOf = day(2026, 11, 20)  // window of 28 days: 24 Oct … 20 Nov; November has 20 days by D

    @Test("a new team is judged from its first record: per-week rates over observed days, no tiers under 14 days")
    func newTeam() {
        var f = DORAFixture()
        f.deploy("d1", "2026-11-10T10:00:00Z")
        f.deploy("d2", "2026-11-12T10:00:00Z")
        f.deploy("d3", "2026-11-19T10:00:00Z")
        let report = f.compute(asOf: asOf, since: nil, staleAfterDays: 14).report
        #expect(report.span == ObservedSpan(from: day(2026, 11, 10), to: asOf, stale: false))
        #expect(report.window.observedDays == 11)  // 10 … 20 Nov
        #expect(close(report.window.figures?.deploymentsPerWeek, 21.0 / 11))
        #expect(close(report.window.figures?.deployDaysPerWeek, 21.0 / 11))
        #expect(report.window.tiers == DORATiers())  // 11 < 14 days: too short to judge
        #expect(report.previous.observedDays == 0 && report.previous.figures == nil)
        #expect(report.previous.tiers == DORATiers())
        #expect(report.weeks.map(\.observedDays) == [0, 0, 6, 5])  // W45 2–8 Nov before the data; W46 from Tue 10 Nov
        #expect(report.weeks.map { $0.figures?.deployments } == [nil, nil, 2, 1])
        #expect(report.months.map(\.observedDays) == [0, 0, 11])
    }

    @Test("14 observed days are enough to judge; dora_since starts the span before the first record and drops earlier records with a warning")
    func doraSince() {
        var f = DORAFixture()
        f.data.deploymentsFile = "teams/x/deployments.csv"
        f.deploy("old", "2026-11-01T10:00:00Z")
        f.deploy("d1", "2026-11-10T10:00:00Z")
        f.change("c0", "2026-11-06T10:00:00Z", deployment: "d1")  // committed before dora_since: ignored
        f.change("c1", "2026-11-09T10:00:00Z", deployment: "d1")
        let result = f.compute(asOf: asOf, since: day(2026, 11, 7), staleAfterDays: 14)
        let window = result.report.window
        #expect(result.report.span == ObservedSpan(from: day(2026, 11, 7), to: asOf, stale: false))
        #expect(window.observedDays == 14)  // 7 … 20 Nov
        #expect(window.figures?.deployments == 1)
        #expect(window.figures?.leadTime == Distribution(p50: 24, p90: 24, n: 1, open: nil))
        // 1·7 < 14 → not high; 1·31 ≥ 14 → medium.
        #expect(window.tiers?.deploymentFrequency == .medium)
        #expect(
            result.warnings.map(\.description) == [
                "teams/x/deployments.csv:2: warning: 1 deployment before dora_since 2026-11-07 ignored (team.yaml says the team's DORA data starts then)",
                ":2: warning: 1 change before dora_since 2026-11-07 ignored (team.yaml says the team's DORA data starts then)",
            ])
    }

    @Test("stale: the latest record more than stale_after_days before the end of D ends the span at its day")
    func stale() {
        var f = DORAFixture()
        f.deploy("d1", "2026-10-01T10:00:00Z")
        f.deploy("d2", "2026-11-06T23:59:59Z")  // end of D is 21 Nov 00:00: 14 days and 1 s before
        let report = f.compute(asOf: asOf, since: nil, staleAfterDays: 14).report
        #expect(report.span == ObservedSpan(from: day(2026, 10, 1), to: day(2026, 11, 6), stale: true))
        #expect(report.window.observedDays == 14)  // 24 Oct … 6 Nov
        #expect(report.window.figures?.deploymentsPerWeek == 0.5)  // 1·7/14
        #expect(report.window.tiers?.deploymentFrequency == .medium)  // 1·31 ≥ 14
        #expect(report.months.map(\.observedDays) == [0, 31, 6])  // September is before the first record
        #expect(report.weeks.last?.figures == nil)  // W47 16–20 Nov: after the data stopped

        var fresh = DORAFixture()
        fresh.deploy("d1", "2026-10-01T10:00:00Z")
        fresh.deploy("d2", "2026-11-07T00:00:00Z")  // exactly 14 days: not stale
        #expect(fresh.compute(asOf: asOf, since: nil, staleAfterDays: 14).report.span?.stale == false)
    }

    @Test("a unit counts stale teams under stale for every metric, pools all their events, and keeps days(P) for its rate")
    func unitStale() {
        var a = DORAFixture()
        a.deploy("a1", "2026-11-02T10:00:00Z")  // stale: 18 days and more
        var b = DORAFixture()
        b.deploy("b1", "2026-10-20T10:00:00Z")
        b.deploy("b2", "2026-11-19T10:00:00Z")
        let series = PeriodSeries(asOf: asOf, windowDays: 28, historyWeeks: 4, historyMonths: 3)
        let teams = [a, b].map { DORAEngine.team($0.data, series: series, zone: .utc, benchmark: .dora2023, staleAfterDays: 14) }
        let unit = DORAEngine.pool(teams, series: series)
        #expect(unit.window.figures?.deployments == 2)
        #expect(unit.window.figures?.deploymentsPerWeek == 0.5)  // 2·7/28
        let frequency = unit.window.teamTiers![.deploymentFrequency]!
        #expect(frequency.stale == 1 && frequency[.medium] == 1 && frequency.total == 2)
        #expect(unit.window.teamTiers![.leadTime]!.stale == 1)
        #expect(unit.months.last!.teamTiers![.deploymentFrequency]!.stale == 0)
    }

    @Test("a team with DORA files but no record by D has no observed day: every figure and tier null")
    func noRecords() {
        var f = DORAFixture()
        f.deploy("later", "2026-11-25T10:00:00Z")
        let report = f.compute(asOf: asOf, since: nil).report
        #expect(report.span == ObservedSpan(from: nil, to: asOf, stale: false))
        #expect(report.window.figures == nil && report.window.tiers == DORATiers())
        #expect(report.window.quickCheck == QuickCheck(nil, observedDays: 0))
    }
}
