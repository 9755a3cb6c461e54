import GlasshouseCore
import Testing

@testable import GlasshouseCompute

@Suite("DORA figures of one team (metrics.md §2)")
struct DORAEngineTests {
    let asOf = day(2026, 11, 20)  // a Friday; window of 28 days: 24 Oct … 20 Nov

    @Test("counts, deploy days, rates, aborted and non-production deployments, the as-of cutoff")
    func counts() {
        var f = DORAFixture()
        f.deploy("d1", "2026-11-02T10:00:00Z")
        f.deploy("d2", "2026-11-02T15:00:00Z", status: .failed)
        f.deploy("d3", "2026-11-03T09:00:00Z", rework: true)
        f.deploy("d4", "2026-11-05T09:00:00Z", status: .aborted)
        f.deploy("d5", "2026-11-06T09:00:00Z", production: false)
        f.deploy("d6", "2026-11-21T09:00:00Z")  // after D: does not exist
        let result = f.compute(asOf: asOf)
        let window = result.report.window.figures!
        #expect(window.deployments == 3)
        #expect(window.deployDays == 2)
        #expect(window.deploymentsPerWeek == 0.75)  // 3·7/28
        #expect(window.deployDaysPerWeek == 0.5)  // 2·7/28
        #expect(window.failedDeployments == 1)
        #expect(close(window.changeFailureRate, 1.0 / 3))
        #expect(close(window.reworkRate, 1.0 / 3))
        // d2 recovers with the next success of the same service, d3: 15:00 → 09:00 next day.
        #expect(window.recovery == Distribution(p50: 18, p90: 18, n: 1, open: 0))
        #expect(window.leadTime == Distribution(p50: nil, p90: nil, n: 0, open: nil))
        #expect(!window.approx)
        #expect(f.cut(asOf: asOf).ignored == 1)
        // deploy_days·7 = 14 < 28, deploy_days·31 = 62 ≥ 28 → medium; CFR 33 % → low; 18 h → high.
        #expect(result.report.window.tiers == DORATiers(deploymentFrequency: .medium, leadTime: nil, changeFailureRate: .low, recoveryTime: .high))

        let weeks = result.report.weeks
        #expect(weeks.map(\.period.label) == ["2026-W44", "2026-W45", "2026-W46", "2026-W47"])
        #expect(weeks.map(\.figures!.deployments) == [0, 3, 0, 0])
        #expect(weeks[1].figures!.deploymentsPerWeek == 3)
        #expect(weeks[3].period.days == 5 && weeks[3].period.partial)
        #expect(weeks[0].tiers == nil)
        let november = result.report.months.last!
        #expect(november.period.label == "2026-11" && november.period.days == 20)
        #expect(november.figures!.deployDaysPerWeek == 0.7)  // 2·7/20
        // 2·7 = 14 < 20 → not high; 2·31 ≥ 20 → medium.
        #expect(november.tiers?.deploymentFrequency == .medium)
    }

    @Test("an empty period of a team with data holds zeros and nulls; frequency is still tiered")
    func emptyPeriods() {
        var f = DORAFixture()
        f.deploy("d1", "2026-09-01T10:00:00Z")
        let window = f.compute(asOf: asOf).report.window
        #expect(window.figures!.deployments == 0)
        #expect(window.figures!.deployDays == 0)
        #expect(window.figures!.deploymentsPerWeek == 0)
        #expect(window.figures!.changeFailureRate == nil)
        #expect(window.figures!.reworkRate == nil)
        #expect(window.figures!.recovery == Distribution(p50: nil, p90: nil, n: 0, open: 0))
        #expect(window.figures!.restore == Distribution(p50: nil, p90: nil, n: 0, open: 0))
        #expect(window.tiers == DORATiers(deploymentFrequency: .low))
        #expect(
            DORAEngine.team(nil, series: PeriodSeries(asOf: asOf, windowDays: 28, historyWeeks: 4, historyMonths: 3), zone: .utc, benchmark: .dora2023) == nil)
    }

    @Test("a deployment fails through an incident that names it; recovery is the latest restoration, open while any is open")
    func failureByIncident() {
        var f = DORAFixture()
        f.deploy("d1", "2026-11-02T10:00:00Z")
        f.incident("i1", "2026-11-02T11:00:00Z", restored: "2026-11-02T12:00:00Z", cause: "d1")
        f.incident("i1b", "2026-11-02T11:30:00Z", restored: "2026-11-02T13:30:00Z", cause: "d1")
        f.deploy("d2", "2026-11-09T10:00:00Z")
        f.incident("i2", "2026-11-09T10:30:00Z", restored: "2026-11-21T00:00:00Z", cause: "d2")  // restored after D: open
        f.deploy("d3", "2026-11-10T10:00:00Z")  // would recover d2, but d2's incident decides
        f.deploy("d4", "2026-11-19T10:00:00Z")
        f.incident("i4", "2026-11-21T08:00:00Z", cause: "d4")  // opened after D: d4 did not fail as of D
        f.incident("i3", "2026-11-12T08:00:00Z", restored: "2026-11-12T09:00:00Z")
        let result = f.compute(asOf: asOf)
        let window = result.report.window.figures!
        #expect(window.deployments == 4)
        #expect(window.failedDeployments == 2)
        #expect(window.changeFailureRate == 0.5)
        #expect(window.recovery == Distribution(p50: 3.5, p90: 3.5, n: 1, open: 1))
        // Incidents opened by D: i1, i1b, i2, i3; restored by D: 1, 2, 1 h; i2 open.
        #expect(window.incidents == 4)
        #expect(window.restore.n == 3 && window.restore.open == 1)
        #expect(window.restore.p50 == 1)
        #expect(close(window.restore.p90, 1.8))  // sorted 1,1,2: h = 1.8 → 1 + 0.8·1
        #expect(f.cut(asOf: asOf).ignored == 1)
    }

    @Test("without incidents, recovery is the next successful production deployment of the same service")
    func recoveryByNextSuccess() {
        var f = DORAFixture()
        f.deploy("a1", "2026-11-02T10:00:00Z", service: "a", status: .failed)
        f.deploy("b1", "2026-11-02T11:00:00Z", service: "b")  // another service
        f.deploy("a2", "2026-11-02T12:00:00Z", service: "a", status: .failed)  // a failure does not recover
        f.deploy("a3", "2026-11-02T13:00:00Z", service: "a", production: false)  // staging does not count
        f.deploy("a4", "2026-11-02T13:30:00Z", service: "a", status: .aborted)  // nor an aborted one
        f.deploy("a5", "2026-11-02T14:00:00Z", service: "a")
        f.deploy("a6", "2026-11-03T15:00:00Z", service: "a", status: .failed)
        f.deploy("a7", "2026-11-21T09:00:00Z", service: "a")  // after D: a6 stays open
        let window = f.compute(asOf: asOf).report.window.figures!
        #expect(window.failedDeployments == 3)
        // a1: 4 h, a2: 2 h, a6: open.
        #expect(window.recovery == Distribution(p50: 3, p90: 3.8, n: 2, open: 1))
    }

    @Test("a recovery before the deployment finished is left out with a warning")
    func negativeRecovery() {
        var f = DORAFixture()
        f.data.incidentsFile = "teams/x/incidents.csv"
        f.deploy("d1", "2026-11-02T10:00:00Z")
        f.incident("i1", "2026-11-02T09:00:00Z", restored: "2026-11-02T09:30:00Z", cause: "d1")
        let result = f.compute(asOf: asOf)
        #expect(result.report.window.figures!.failedDeployments == 1)
        #expect(result.report.window.figures!.recovery == Distribution(p50: nil, p90: nil, n: 0, open: 0))
        #expect(
            result.warnings.map(\.description) == [
                "teams/x/incidents.csv:2: warning: restored_at: restored before its cause, deployment d1, finished: a negative recovery time, left out"
            ])
    }

    @Test("lead time counts changes shipped to production by D; negative ones are left out with a warning, zero counts")
    func leadTime() {
        var f = DORAFixture()
        f.data.changesFile = "teams/x/changes.csv"
        f.deploy("d1", "2026-11-02T10:00:00Z")
        f.deploy("s1", "2026-11-02T10:00:00Z", production: false)
        f.deploy("x1", "2026-11-02T10:00:00Z", status: .aborted)
        f.change("c1", "2026-11-01T10:00:00Z", deployment: "d1")  // 24 h
        f.change("c2", "2026-11-02T09:00:00Z", deployment: "d1")  // 1 h
        f.change("c3", "2026-11-02T11:00:00Z", deployment: "d1")  // −1 h: warning
        f.change("c4", "2026-11-01T10:00:00Z", deployment: "s1")  // staging
        f.change("c5", "2026-11-01T10:00:00Z", deployment: "x1")  // aborted
        f.change("c6", "2026-11-01T10:00:00Z", deployment: nil)  // not deployed yet
        f.change("c7", "2026-11-02T10:00:00Z", deployment: "d1")  // 0 h counts
        let result = f.compute(asOf: asOf)
        let lead = result.report.window.figures!.leadTime
        #expect(lead.n == 3 && lead.open == nil)
        #expect(lead.p50 == 1)
        #expect(close(lead.p90, 19.4))  // 0, 1, 24: h = 1.8 → 1 + 0.8·23
        #expect(result.report.window.tiers?.leadTime == .elite)
        #expect(
            result.warnings.map(\.description) == [
                "teams/x/changes.csv:4: warning: committed_at: committed after deployment d1 finished: a negative lead time, left out"
            ])
    }

    @Test("days are site-zone days: events near midnight and across DST land on the right day, week and month")
    func timeZones() {
        var f = DORAFixture()
        f.zone = SiteZone(identifier: "Europe/Berlin")!
        f.deploy("late", "2026-11-20T22:30:00Z")  // 23:30 in Berlin on D: counts
        f.deploy("next", "2026-11-20T23:30:00Z")  // 00:30 on 21 Nov in Berlin: after D
        f.deploy("nov", "2026-10-31T23:30:00-01:00")  // 01:30 on 1 Nov in Berlin (CET after the DST end)
        f.deploy("oct", "2026-10-31T22:59:59Z")  // 23:59:59 on 31 Oct in Berlin
        let result = f.compute(asOf: asOf, months: 2)
        #expect(result.report.months.map(\.period.label) == ["2026-10", "2026-11"])
        #expect(result.report.months.map(\.figures!.deployments) == [1, 2])
        #expect(f.cut(asOf: asOf).ignored == 1)

        var spring = DORAFixture()
        spring.zone = SiteZone(identifier: "Europe/Berlin")!
        spring.deploy("sunday", "2026-03-29T21:30:00Z")  // 23:30 CEST on Sunday 29 Mar: W13
        spring.deploy("monday", "2026-03-29T22:30:00Z")  // 00:30 CEST on Monday 30 Mar: W14
        let weeks = spring.compute(asOf: day(2026, 4, 5), weeks: 2).report.weeks
        #expect(weeks.map(\.period.label) == ["2026-W13", "2026-W14"])
        #expect(weeks.map(\.figures!.deployments) == [1, 1])
        #expect(weeks.map(\.period.days) == [7, 7])  // the DST week still has 7 days
    }

    @Test("summaries add up counts, take weighted medians, drop p90 and are approximate (§2.8)")
    func summaries() {
        var data = DORAData(source: .summaries)
        data.summaries = [
            DORASummary(
                period: .week(ISOWeek(year: 2026, week: 45)!), deployments: 10, failedDeployments: 1, deployDays: 4,
                leadTimeP50Hours: 10, changes: 30, recoveryP50Hours: 2, reworkDeployments: 2),
            DORASummary(
                period: .week(ISOWeek(year: 2026, week: 46)!), deployments: 4, leadTimeP50Hours: 20, changes: 10,
                recoveryP50Hours: 6, recoveries: 3),
            DORASummary(period: .week(ISOWeek(year: 2026, week: 48)!), deployments: 9),  // starts after D
        ]
        data.summariesFile = "dora.csv"
        let series = PeriodSeries(asOf: asOf, windowDays: 28, historyWeeks: 4, historyMonths: 3)
        var team = Team(id: "x", name: "X")
        team.dora = data
        let (cut, ignored) = Snapshot.cut(team, at: asOf, zone: .utc)
        #expect(ignored == [IgnoredRows(kind: .dora, file: "teams/x/dora.csv", count: 1)])
        let result = DORAEngine.team(cut.dora, series: series, zone: .utc, benchmark: .dora2023)!
        let window = result.report.window.figures!
        #expect(result.report.source == .summaries)
        #expect(window.deployments == 14)
        #expect(window.failedDeployments == 1)
        #expect(window.deployDays == 8)  // 4 + min(4, 7)
        #expect(close(window.deployDaysPerWeek, 56.0 / 19))  // 8·7 over the 19 observed days 2–20 Nov (§2.10)
        #expect(close(window.reworkRate, 2.0 / 14))
        // Lead: 10 h weighs 30, 20 h weighs 10 → 10. Recovery: 2 h weighs 1, 6 h weighs 3 → 6.
        #expect(window.leadTime == Distribution(p50: 10, p90: nil, n: 40, open: nil))
        #expect(window.recovery == Distribution(p50: 6, p90: nil, n: 4, open: nil))
        #expect(window.approx)
        #expect(result.report.weeks[0].figures == nil)  // W44 ends before the first summary row (§2.10)
        #expect(result.report.weeks.dropFirst().allSatisfy { $0.figures!.approx })
        #expect(result.report.window.tiers == DORATiers(deploymentFrequency: .high, leadTime: .elite, changeFailureRate: .high, recoveryTime: .high))
    }

    @Test("a monthly summary row belongs to the week and window that contain its first day")
    func monthlySummaries() {
        var data = DORAData(source: .summaries)
        data.summaries = [DORASummary(period: .month(Month(year: 2026, month: 11)), deployments: 31)]
        let series = PeriodSeries(asOf: asOf, windowDays: 28, historyWeeks: 4, historyMonths: 2)
        let report = DORAEngine.team(data, series: series, zone: .utc, benchmark: .dora2023)!.report
        #expect(report.months.map { $0.figures?.deployments } == [nil, 31])  // October: before the first record, no data (§2.10)
        #expect(report.months[1].figures!.deployDays == 30)  // min(31, 30 days of November)
        #expect(report.weeks.map(\.figures!.deployments) == [31, 0, 0, 0])  // 1 Nov is a Sunday, in W44
        #expect(report.window.figures!.deployments == 31)
    }
}
