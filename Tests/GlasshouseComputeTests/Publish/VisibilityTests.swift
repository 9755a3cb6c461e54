import GlasshouseCompute
import GlasshouseCore
import Testing

/// The one privacy rule (content.md §4): every section × private or not × data or not.
@Suite("Visibility.of: shown, withheld or absent, per section of a team")
struct VisibilityTests {
    /// A team with data of `section` only (or none), listing `section` in `private:` or not.
    static func team(_ section: Section, isPrivate: Bool, hasData: Bool) -> Team {
        var team = Team(id: "t", name: "T")
        if isPrivate { team.privateSections = [section] }
        guard hasData else { return team }
        let note = MarkdownSource(path: "teams/t/notes/n.md", slug: "n", frontMatter: FrontMatter(title: "N"), body: "")
        switch section {
        case .dora:
            var dora = DORAData(source: .events)
            dora.deploymentsFile = "teams/t/deployments.csv"
            team.dora = dora
        case .incidents:
            var dora = DORAData(source: .events)
            dora.incidentsFile = "teams/t/incidents.csv"
            team.dora = dora
        case .slos: team.slo = SLOData()
        case .costs: team.costs = []
        case .calms: team.calms = []
        case .notes: team.notes = [note]
        case .postmortems: team.postmortems = [note]
        }
        return team
    }

    /// Written out by hand, one row per case: (section, private, has data) → visibility.
    static let table: [(Section, Bool, Bool, Visibility)] = [
        (.dora, false, true, .shown), (.dora, false, false, .absent), (.dora, true, true, .withheld), (.dora, true, false, .withheld),
        (.incidents, false, true, .shown), (.incidents, false, false, .absent), (.incidents, true, true, .withheld), (.incidents, true, false, .withheld),
        (.slos, false, true, .shown), (.slos, false, false, .absent), (.slos, true, true, .withheld), (.slos, true, false, .withheld),
        (.costs, false, true, .shown), (.costs, false, false, .absent), (.costs, true, true, .withheld), (.costs, true, false, .withheld),
        (.calms, false, true, .shown), (.calms, false, false, .absent), (.calms, true, true, .withheld), (.calms, true, false, .withheld),
        (.notes, false, true, .shown), (.notes, false, false, .absent), (.notes, true, true, .withheld), (.notes, true, false, .withheld),
        (.postmortems, false, true, .shown), (.postmortems, false, false, .absent), (.postmortems, true, true, .withheld),
        (.postmortems, true, false, .withheld),
    ]

    @Test("every section × private or not × data or not", arguments: table)
    func rule(section: Section, isPrivate: Bool, hasData: Bool, expected: Visibility) {
        #expect(Visibility.of(section, Self.team(section, isPrivate: isPrivate, hasData: hasData)) == expected)
    }

    @Test("the table covers every section in all four cases")
    func tableIsComplete() {
        for section in Section.allCases {
            let cases = Self.table.filter { $0.0 == section }.map { "\($0.1) \($0.2)" }
            #expect(Set(cases) == ["false true", "false false", "true true", "true false"], "\(section)")
        }
    }

    @Test("a section is judged on its own: other sections' privacy and data do not change it")
    func independent() {
        var team = Self.team(.costs, isPrivate: true, hasData: true)
        team.slo = SLOData()
        team.privateSections.insert(.calms)
        #expect(Visibility.of(.costs, team) == .withheld)
        #expect(Visibility.of(.slos, team) == .shown)
        #expect(Visibility.of(.calms, team) == .withheld)
        #expect(Visibility.of(.dora, team) == .absent)
    }

    @Test("incidents need incidents.csv: DORA data without it leaves incidents absent, and incidents alone leave DORA shown")
    func incidentsNeedTheirFile() {
        let dora = Self.team(.dora, isPrivate: false, hasData: true)
        #expect(Visibility.of(.incidents, dora) == .absent)
        let incidents = Self.team(.incidents, isPrivate: false, hasData: true)
        #expect(Visibility.of(.incidents, incidents) == .shown)
        // An incidents.csv is DORA input too (content.md §5): DORA is shown, with no deployments.
        #expect(Visibility.of(.dora, incidents) == .shown)
    }

    @Test("the rule itself: private wins over data")
    func bareRule() {
        #expect(Visibility(isPrivate: false, hasData: true) == .shown)
        #expect(Visibility(isPrivate: false, hasData: false) == .absent)
        #expect(Visibility(isPrivate: true, hasData: true) == .withheld)
        #expect(Visibility(isPrivate: true, hasData: false) == .withheld)
    }
}
