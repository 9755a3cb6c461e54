import Testing

@testable import GlasshouseCompute
@testable import GlasshouseCore

/// The publication step: what of each team the site may show, decided once (issue 12).
@Suite("Publication: only shown sections' figures, items and files reach Present")
struct PublicationTests {
    let asOf = day(2026, 11, 20)

    /// Two teams with the same data; `closed` withholds incidents, costs, CALMS and notes and has
    /// no SLOs. Rows after D: one incident, one cost month.
    func publication(warnings: [Diagnostic] = []) -> Publication {
        func team(_ id: String, private sections: Set<Section>) -> Team {
            var team = Team(id: id, name: id)
            team.privateSections = sections
            var f = DORAFixture()
            f.deploy("\(id)-d1", "2026-11-02T10:00:00Z")
            f.incident("\(id)-i1", "2026-11-03T10:00:00Z", restored: "2026-11-21T10:00:00Z", cause: "\(id)-d1")  // restored after D: open
            f.incident("\(id)-i2", "2026-11-25T10:00:00Z")  // after D
            f.data.deploymentsFile = "teams/\(id)/deployments.csv"
            f.data.incidentsFile = "teams/\(id)/incidents.csv"
            team.dora = f.data
            team.costs = [CostRow(month: Month(year: 2026, month: 10), amount: 100), CostRow(month: Month(year: 2026, month: 12), amount: 5)]
            team.focusRows = 1
            team.calms = [CALMSAssessment(date: day(2026, 10, 1), scores: [3, 3, 3, 3, 3])]
            team.notes = [MarkdownSource(path: "teams/\(id)/notes/n.md", slug: "n", frontMatter: FrontMatter(title: "Note"), body: "")]
            team.postmortems = [MarkdownSource(path: "teams/\(id)/postmortems/p.md", slug: "p", frontMatter: FrontMatter(title: "PM"), body: "")]
            team.downloads = [("deployments.csv", Section.dora), ("incidents.csv", .incidents), ("costs.csv", .costs), ("calms.yaml", .calms)].map {
                DataDownload(name: $0.0, section: $0.1, bytes: [])
            }
            team.targets = [
                Target(scope: id, metric: .leadTime, value: 24, since: day(2026, 10, 1), by: day(2027, 3, 31)),
                Target(scope: id, metric: .cost, value: 50, since: day(2026, 10, 1), by: day(2027, 3, 31)),
                Target(scope: id, metric: .calms(nil), value: 4, since: day(2026, 10, 1), by: day(2027, 3, 31)),
                Target(scope: id, metric: .slo("x"), value: 99, since: day(2026, 10, 1), by: day(2027, 3, 31)),
            ]
            return team
        }
        var config = SiteConfig(title: "T")
        config.staleAfterDays = 60
        let content = Content(
            config: config, org: nil, teams: [team("closed", private: [.incidents, .costs, .calms, .notes]), team("open", private: [])],
            orgNotes: [], pages: [], warnings: warnings)
        return Publication(figures: SiteFigures(content: content, asOf: asOf), contentRoot: "C")
    }

    @Test("a withheld section has no figures, rows, documents, files, freshness or ignored rows; shown ones keep theirs")
    func withheldSectionsAreNotCarried() throws {
        let publication = publication()
        let closed = try #require(publication.team("closed"))
        #expect(Section.allCases.map(closed.visibility) == [.shown, .withheld, .absent, .withheld, .withheld, .withheld, .shown])
        #expect(closed.withheld == [.incidents, .costs, .calms, .notes])
        #expect(closed.dora != nil)
        #expect(closed.incidents == nil && closed.slos == nil && closed.costs == nil && closed.calms == nil)
        #expect(!closed.costsFromFOCUS)
        #expect(closed.notes.isEmpty)
        #expect(closed.postmortems.map(\.slug) == ["p"])
        #expect(closed.downloads.map(\.name) == ["deployments.csv"])
        #expect(closed.freshness.kinds.keys.sorted() == [.dora])
        #expect(closed.ignoredAfterAsOf.isEmpty)
        #expect(publication.withholding(.costs) == ["closed"])
        #expect(publication.withholding(.dora).isEmpty)

        let open = try #require(publication.team("open"))
        #expect(Section.allCases.map(open.visibility) == [.shown, .shown, .absent, .shown, .shown, .shown, .shown])
        #expect(open.withheld.isEmpty)
        #expect(open.costs?.map(\.total) == [100])
        #expect(open.costsFromFOCUS)
        #expect(open.calms != nil)
        #expect(open.notes.map(\.slug) == ["n"])
        #expect(open.downloads.map(\.name) == ["deployments.csv", "incidents.csv", "costs.csv", "calms.yaml"])
        #expect(open.freshness.kinds.keys.sorted() == [.dora, .incidents, .costs, .calms])
        #expect(
            open.ignoredAfterAsOf == [
                IgnoredRows(kind: .costs, file: "teams/open/costs", count: 1),
                IgnoredRows(kind: .incidents, file: "teams/open/incidents.csv", count: 1),
            ])
        #expect(publication.teams.map(\.id) == ["closed", "open"])
    }

    @Test("the incident list is the snapshot's: opened by D, restored after D is open, the cause named by its deployment id")
    func incidentList() throws {
        let open = try #require(publication().team("open"))
        #expect(open.incidents == [PublishedIncident(id: "open-i1", openedAt: DORAFixture.at("2026-11-03T10:00:00Z"), restoredAt: nil, cause: "open-d1")])
    }

    @Test("targets on withheld sections are listed nowhere; a target on an absent section stays (no data)")
    func targets() throws {
        let publication = publication()
        let closed = try #require(publication.team("closed"))
        #expect(closed.leadership.targets.map(\.target.metric) == [.leadTime, .slo("x")])
        #expect(closed.leadership.targets.last?.status == .noData)
        let open = try #require(publication.team("open"))
        #expect(open.leadership.targets.map(\.target.metric) == [.leadTime, .cost, .calms(nil), .slo("x")])
    }

    @Test("warnings about a withheld section's file are left out; others are content-relative and sorted")
    func warnings() {
        let publication = publication(warnings: [
            Diagnostic(.warning, file: "C/teams/open/costs.csv", line: 3, message: "shown costs"),
            Diagnostic(.warning, file: "C/teams/closed/costs.csv", line: 2, message: "withheld costs"),
            Diagnostic(.warning, file: "C/teams/closed/incidents.csv", line: 2, message: "withheld incidents"),
            Diagnostic(.warning, file: "C/teams/closed/notes/n.md", message: "withheld note"),
            Diagnostic(.warning, file: "C/teams/closed/postmortems/p.md", message: "shown postmortem"),
            Diagnostic(.warning, file: "C/teams/closed/deployments.csv", line: 4, message: "shown DORA"),
            Diagnostic(.warning, file: "C/teams/closed/team.yaml", message: "team settings"),
            Diagnostic(.warning, file: "C/teams/closed/notes.txt", message: "unknown file"),
            Diagnostic(.warning, file: "C/costs/focus.csv", line: 9, message: "org FOCUS"),
        ])
        #expect(
            publication.warnings.map(\.description) == [
                "costs/focus.csv:9: warning: org FOCUS",
                "teams/closed/deployments.csv:4: warning: shown DORA",
                "teams/closed/notes.txt: warning: unknown file",
                "teams/closed/postmortems/p.md: warning: shown postmortem",
                "teams/closed/team.yaml: warning: team settings",
                "teams/open/costs.csv:3: warning: shown costs",
            ])
    }

    @Test("paths relative to the content folder as the user named it")
    func contentRelative() {
        #expect(Publication.contentRelative("C/teams/a/costs.csv", root: "C") == "teams/a/costs.csv")
        #expect(Publication.contentRelative("C", root: "C") == ".")
        #expect(Publication.contentRelative("CC/teams/a/costs.csv", root: "C") == "CC/teams/a/costs.csv")
        #expect(Publication.contentRelative("/abs/C/site.yaml", root: "/abs/C") == "site.yaml")
        #expect(Publication.contentRelative("teams/a/costs.csv", root: nil) == "teams/a/costs.csv")
    }
}
