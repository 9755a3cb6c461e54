import GlasshouseCompute
import GlasshouseCore
import Testing

@Suite("The snapshot: every stream cut at the end of D, once (content.md §2)")
struct SnapshotTests {
    let asOf = day(2026, 11, 20)

    @Test("rows after the end of D in the site zone are gone and counted per kind and content-relative file")
    func cutsEveryKind() {
        var f = DORAFixture()
        f.zone = SiteZone(identifier: "Europe/Berlin")!
        f.deploy("d1", "2026-11-20T22:59:59Z")  // 23:59:59 in Berlin on D: exists
        f.deploy("d2", "2026-11-20T23:00:00Z")  // 00:00 on 21 Nov in Berlin: after D
        f.change("c1", "2026-11-20T10:00:00Z", deployment: "d2")  // exists, its deployment does not yet
        f.change("c2", "2026-11-21T10:00:00Z", deployment: "d2")
        f.incident("i1", "2026-11-19T10:00:00Z", restored: "2026-11-21T10:00:00Z", cause: "d1")  // restored after D: open
        f.incident("i2", "2026-11-21T10:00:00Z")
        var team = Team(id: "payments", name: "Payments")
        team.dora = f.data
        var slo = SLOData()
        slo.slos = [SLODefinition(id: "a", objective: 99)]
        slo.sli = [
            SLIRow(slo: 0, start: .day(day(2026, 11, 20)), good: 1, total: 1),
            SLIRow(slo: 0, start: .day(day(2026, 11, 21)), good: 1, total: 1),
            SLIRow(slo: 0, start: .instant(DORAFixture.at("2026-11-20T23:30:00Z")), good: 1, total: 1),  // 21 Nov in Berlin
        ]
        team.slo = slo
        team.costs = [CostRow(month: Month(year: 2026, month: 11), amount: 1), CostRow(month: Month(year: 2026, month: 12), amount: 2)]
        team.calms = [CALMSAssessment(date: day(2026, 11, 20), scores: [3, 3, 3, 3, 3]), CALMSAssessment(date: day(2026, 11, 21), scores: [1, 1, 1, 1, 1])]

        let (cut, ignored) = Snapshot.cut(team, at: asOf, zone: f.zone)
        #expect(cut.dora!.deployments.map(\.id) == ["d1"])
        #expect(cut.dora!.changes.map(\.line) == [2])  // c1
        #expect(cut.dora!.changes[0].deployment == nil)
        #expect(cut.dora!.incidents.map(\.id) == ["i1"])
        #expect(cut.dora!.incidents[0].restoredAt == nil)
        #expect(cut.dora!.incidents[0].cause == 0)
        #expect(cut.slo!.sli.count == 1)
        #expect(cut.costs!.map(\.amount) == [1])
        #expect(cut.calms!.map(\.date) == [day(2026, 11, 20)])
        #expect(
            ignored == [
                IgnoredRows(kind: .dora, file: "teams/payments/deployments.csv", count: 1),
                IgnoredRows(kind: .dora, file: "teams/payments/changes.csv", count: 1),
                IgnoredRows(kind: .incidents, file: "teams/payments/incidents.csv", count: 1),
                IgnoredRows(kind: .slos, file: "teams/payments/sli.csv", count: 2),
                IgnoredRows(kind: .costs, file: "teams/payments/costs", count: 1),
                IgnoredRows(kind: .calms, file: "teams/payments/calms.yaml", count: 1),
            ])
    }

    @Test("deployments keep their identity: a change and an incident cause point at the same deployment after the cut")
    func reindexes() {
        var f = DORAFixture()
        f.deploy("late", "2026-11-25T10:00:00Z")  // listed first, after D
        f.deploy("early", "2026-11-02T10:00:00Z")
        f.change("c", "2026-11-01T10:00:00Z", deployment: "early")
        f.incident("i", "2026-11-03T10:00:00Z", cause: "early")
        let cut = f.cut(asOf: asOf)
        #expect(cut.ignored == 1)
        #expect(cut.data.deployments.map(\.id) == ["early"])
        #expect(cut.data.changes[0].deployment == 0)
        #expect(cut.data.incidents[0].cause == 0)
    }

    @Test("a team with nothing after D loses nothing; the snapshot lists only teams that lost rows")
    func nothingToCut() {
        var f = DORAFixture()
        f.deploy("d", "2026-11-20T10:00:00Z")
        var quiet = Team(id: "quiet", name: "Quiet")
        quiet.dora = f.data
        f.deploy("e", "2026-11-21T10:00:00Z")
        var busy = Team(id: "busy", name: "Busy")
        busy.dora = f.data
        let content = Content(config: SiteConfig(title: "T"), org: nil, teams: [busy, quiet], orgNotes: [], pages: [], warnings: [])
        let snapshot = Snapshot(content: content, asOf: asOf)
        #expect(snapshot.ignored.keys.sorted() == ["busy"])
        #expect(snapshot.content.teams.map { $0.dora!.deployments.count } == [1, 1])
    }
}
