import GlasshouseCore
import Testing

@Suite("The data-kind registry")
struct DataKindTests {
    @Test("every top-level team data file belongs to exactly one kind")
    func filesBelongToOneKind() {
        let all = DataKind.allCases.flatMap(\.files)
        #expect(all.count == Set(all).count)
        #expect(DataKind.teamFiles == ["deployments.csv", "changes.csv", "dora.csv", "incidents.csv", "slos.yaml", "sli.csv", "costs.csv", "calms.yaml"])
        for kind in DataKind.allCases {
            for file in kind.files { #expect(DataKind(file: file) == kind) }
        }
    }

    @Test("OpenSLO files are SLOs; unknown names are no kind")
    func recognition() {
        #expect(DataKind(file: "openslo/checkout.yaml") == .slos)
        #expect(DataKind(file: "notes.csv") == nil)
        #expect(DataKind(file: "opensloth.yaml") == nil)
        #expect(DataKind(file: "index.md") == nil)
    }

    @Test("each kind is withheld by its own private: section and named for people")
    func sectionsAndNames() {
        #expect(DataKind.allCases.map(\.section) == [.dora, .incidents, .slos, .costs, .calms])
        #expect(DataKind.allCases.map(\.displayName) == ["DORA", "Incidents", "SLOs", "Costs", "CALMS"])
        #expect(DataKind.allCases.map(\.freshnessName) == ["DORA", "Incidents", "SLIs", "Costs", "CALMS"])
        #expect(DataKind.costs.staleness == .lastCompleteMonth)
        #expect(DataKind.calms.staleness == .assessmentAge)
        #expect(DataKind.dora < DataKind.calms)
    }

    @Test("a team has a kind only with its files: incidents need incidents.csv")
    func teamHas() {
        var team = Team(id: "a", name: "A")
        #expect(DataKind.allCases.filter(team.has).isEmpty)
        var dora = DORAData(source: .events)
        dora.deploymentsFile = "teams/a/deployments.csv"
        team.dora = dora
        team.calms = []
        #expect(DataKind.allCases.filter(team.has) == [.dora, .calms])
        team.dora?.incidentsFile = "teams/a/incidents.csv"
        #expect(DataKind.allCases.filter(team.has) == [.dora, .incidents, .calms])
    }
}
