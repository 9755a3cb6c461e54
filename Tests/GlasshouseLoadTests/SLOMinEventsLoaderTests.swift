import GlasshouseCore
import GlasshouseLoad
import Testing

@Suite("slos.yaml min_events (content.md §6.1)")
struct SLOMinEventsLoaderTests: ContentFolderLoading {
    @Test("min_events is a whole number ≥ 0, default 0; OpenSLO SLOs have none")
    func minEvents() throws {
        let content = try load([
            "site.yaml": "title: T\n", "teams/web/team.yaml": "name: Web\n",
            "teams/web/slos.yaml":
                "slos:\n  - id: a\n    objective: 99\n    min_events: 1000\n  - id: b\n    objective: 99\n  - id: c\n    objective: 99\n    min_events: 0\n",
            "teams/web/openslo/d.yaml": "apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: d\nspec:\n  objectives:\n    - target: 0.9\n",
        ]).get()
        let slos = try #require(content.teams.first?.slo?.slos)
        #expect(slos.map(\.minEvents) == [1000, 0, 0, 0])
        #expect(content.warnings.isEmpty)

        let errors = try errors([
            "site.yaml": "title: T\n", "teams/web/team.yaml": "name: Web\n",
            "teams/web/slos.yaml":
                "slos:\n  - id: a\n    objective: 99\n    min_events: -1\n  - id: b\n    objective: 99\n    min_events: many\n  - id: c\n    objective: 99\n    min_events: 2.5\n",
        ])
        #expect(
            errors == [
                "C/teams/web/slos.yaml:4:17: slos[0].min_events: \"-1\" is not a whole number ≥ 0",
                "C/teams/web/slos.yaml:7:17: slos[1].min_events: \"many\" is not a whole number ≥ 0",
                "C/teams/web/slos.yaml:10:17: slos[2].min_events: \"2.5\" is not a whole number ≥ 0",
            ])
    }
}
