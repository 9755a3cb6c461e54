import GlasshouseCore
import Testing

@testable import GlasshouseCompute

@Suite("Targets (metrics.md §7) and events per scope (content.md §3)")
struct TargetAndEventTests {
    let since = day(2026, 10, 1), by = day(2026, 12, 31)  // 91 days
    let asOf = day(2026, 11, 20)  // 50 days after since

    func result(_ metric: TargetMetric, value: Double, baseline: Double?, current: Double?, asOf: Day? = nil) -> TargetResult {
        let target = Target(scope: "pay", metric: metric, value: value, since: since, by: by)
        return TargetEngine.result(target, asOf: asOf ?? self.asOf) { _, day in day == self.since ? baseline : current }
    }

    @Test("expected is linear in whole days; on track when at least as good as expected")
    func expected() {
        let lead = result(.leadTime, value: 48, baseline: 230, current: 130)
        let expected: Double = 230 + (48 - 230) * 50.0 / 91
        #expect(lead.expected == expected)  // 130 h
        #expect(lead.status == .onTrack)  // lower is better: 130 ≤ 130
        #expect(result(.leadTime, value: 48, baseline: 230, current: 131).status == .offTrack)
        #expect(result(.deploymentFrequency, value: 10, baseline: 1, current: 6).status == .onTrack)  // expected 1 + 9·50/91 ≈ 5.95
        #expect(result(.deploymentFrequency, value: 10, baseline: 1, current: 5).status == .offTrack)
    }

    @Test("no_data, met (inclusive), missed after the deadline, off_track without a baseline")
    func statuses() {
        #expect(result(.cost, value: 5000, baseline: 7000, current: nil).status == .noData)
        #expect(result(.cost, value: 5000, baseline: 7000, current: 5000).status == .met)
        #expect(result(.slo("a"), value: 99.9, baseline: 99, current: 99.9).status == .met)
        #expect(result(.cost, value: 5000, baseline: 7000, current: 6000, asOf: day(2027, 1, 1)).status == .missed)
        #expect(result(.cost, value: 5000, baseline: 7000, current: 5000, asOf: day(2027, 1, 1)).status == .met)
        let late = result(.cost, value: 5000, baseline: 7000, current: 6000, asOf: by)
        #expect(late.expected == 5000 && late.status == .offTrack)  // D = by is not past the deadline; 6000 > expected 5000
        let none = result(.calms(nil), value: 4, baseline: nil, current: 3)
        #expect(none.expected == nil && none.status == .offTrack)
    }

    @Test("cost: the last month complete by the day")
    func lastCompleteMonth() {
        #expect(TargetEngine.lastCompleteMonth(by: day(2026, 11, 20)) == Month(year: 2026, month: 10))
        #expect(TargetEngine.lastCompleteMonth(by: day(2026, 11, 30)) == Month(year: 2026, month: 11))
        #expect(TargetEngine.lastCompleteMonth(by: day(2026, 1, 1)) == Month(year: 2025, month: 12))
    }

    @Test("a team's baseline is the whole computation as of since: later data ignored, staleness as of since")
    func baselineRecomputed() {
        var team = Team(id: "pay", name: "Pay")
        var fixture = DORAFixture()
        fixture.deploy("d1", "2026-09-01T10:00:00Z")
        fixture.deploy("d2", "2026-09-30T10:00:00Z")
        fixture.deploy("d3", "2026-10-05T10:00:00Z")
        team.dora = fixture.data
        var config = SiteConfig(title: "T")
        config.windowDays = 28
        let content = Content(config: config, org: nil, teams: [team], orgNotes: [], pages: [], warnings: [])
        let figures = TargetFigures(content: content, tree: OrgTree(content: content))
        // As of 1 Oct: window 4 Sep … 1 Oct, observed from 1 Sep: 28 days, d2 only → 0.25/week.
        #expect(figures.figure(scope: "pay", .deploymentFrequency, day(2026, 10, 1)) == 0.25)
        // As of 20 Nov: stale since 5 Oct; window 24 Oct … 20 Nov has no observed day.
        #expect(figures.figure(scope: "pay", .deploymentFrequency, asOf) == nil)
    }

    @Test("events: org-wide everywhere, a unit's below it, a team's on the team; none after D; by date, wider scope first")
    func events() {
        var team = Team(id: "pay", name: "Pay")
        team.unit = "payments"
        team.events = [DatedEvent(date: day(2026, 5, 1), title: "Team", scope: "pay"), DatedEvent(date: day(2026, 12, 1), title: "Later", scope: "pay")]
        let org = Org(
            name: "Acme",
            units: [OrgUnit(id: "commerce", name: "Commerce"), OrgUnit(id: "payments", name: "Payments", parent: "commerce"), OrgUnit(id: "ops", name: "Ops")],
            events: [
                DatedEvent(date: day(2026, 5, 1), title: "Payments", scope: "payments"), DatedEvent(date: day(2026, 5, 1), title: "Org", scope: "org"),
                DatedEvent(date: day(2026, 4, 1), title: "Commerce", scope: "commerce"), DatedEvent(date: day(2026, 3, 1), title: "Ops", scope: "ops"),
            ])
        let content = Content(config: SiteConfig(title: "T"), org: org, teams: [team], orgNotes: [], pages: [], warnings: [])
        let tree = OrgTree(content: content)
        #expect(EventScopes.team(team, content: content, tree: tree, asOf: asOf).map(\.title) == ["Commerce", "Org", "Payments", "Team"])
        #expect(EventScopes.unit("commerce", content: content, tree: tree, asOf: asOf).map(\.title) == ["Commerce", "Org"])
        #expect(EventScopes.unit("ops", content: content, tree: tree, asOf: asOf).map(\.title) == ["Ops", "Org"])
        #expect(EventScopes.org(content, asOf: asOf).map(\.title) == ["Org"])
    }
}
