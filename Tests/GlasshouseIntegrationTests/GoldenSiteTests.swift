import GlasshouseCore
import GlasshousePipeline
import GlasshouseTesting
import Testing

/// One small org built whole, its team page, team JSON and unit JSON compared byte for byte
/// with the golden files in Snapshots/ (`GLASSHOUSE_RECORD=1 swift test` re-records them after an
/// intended change; review the diff before committing).
@Suite("Golden files of one small org")
struct GoldenSiteTests {
    static let site = TestSite([
        "site.yaml": "title: Acme Scorecard\ntimezone: Europe/Berlin\nas_of: 2026-11-20\n",
        "org.yaml": "name: Acme Corp\nunits:\n  - {id: payments-group, name: Payments, lead: Dana Ortiz}\n",
        "teams/payments/team.yaml": "name: Payments API\nunit: payments-group\nowners: [dana@acme.dev]\nprivate: [costs]\n",
        "teams/payments/deployments.csv": """
        id,finished_at,service,environment,status,rework
        d1,2026-11-02T10:00:00Z,checkout,production,success,false
        d2,2026-11-03T15:00:00Z,checkout,production,rolled_back,false
        d3,2026-11-04T09:00:00Z,checkout,production,success,true
        d4,2026-11-21T09:00:00Z,checkout,production,success,false

        """,
        "teams/payments/incidents.csv": """
        id,opened_at,restored_at,service,severity,cause,summary
        INC-1,2026-11-03T15:30:00Z,2026-11-03T18:00:00Z,checkout,sev2,d2,Checkout errors

        """,
        "teams/payments/calms.yaml": "assessments:\n  - date: 2026-10-01\n    scores: {culture: 3, automation: 4, lean: 2.5, measurement: 3, sharing: 3.5}\n",
        "teams/payments/costs.csv": "month,amount,currency,category\n2026-10,1200,USD,compute\n",
    ])

    @Test("the team page, the team JSON and the unit JSON match their golden files")
    func golden() throws {
        let built = try Self.site.build()
        GoldenFile.expectMatches(try #require(built.file("teams/payments/index.html")), "team-payments.html")
        GoldenFile.expectMatches(try #require(built.file("data/teams/payments.json")), "team-payments.json")
        GoldenFile.expectMatches(try #require(built.file("data/units/payments-group.json")), "unit-payments-group.json")
    }

    @Test("TestSite builds in memory: files, JSON and expectContains")
    func helper() throws {
        let built = try Self.site.build()
        #expect(built.report.teams == 1)
        #expect(built.paths.contains("teams/payments/index.html"))
        built.expectContains("teams/payments/index.html", "Payments API")
        let team = try #require(built.json("data/teams/payments.json"))
        #expect((team["team"] as? [String: Any])?["id"] as? String == "payments")
        #expect(built.file("data/teams/nobody.json") == nil)
        #expect(built.json("teams/payments/index.html") == nil)
    }

    @Test("a golden-file difference names the first differing line with its neighbours")
    func difference() {
        #expect(GoldenFile.difference(expected: "a\nb", actual: "a\nb") == nil)
        #expect(
            GoldenFile.difference(expected: "a\nb\nc\nd", actual: "a\nb\nX\nd") == """
                  1: a
                  2: b
                - 3: c
                + 3: X
                  (4 lines expected, 4 lines actual)
                """)
        #expect(GoldenFile.difference(expected: "a", actual: "a\nb") == "  1: a\n+ 2: b\n  (1 lines expected, 2 lines actual)")
    }
}
