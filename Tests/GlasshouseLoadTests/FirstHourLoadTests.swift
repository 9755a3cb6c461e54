import GlasshouseCore
import GlasshouseLoad
import GlasshouseTesting
import Testing

/// Loader messages a new team lead meets in the first hour (issue 15).
@Suite("First-hour loader messages")
struct FirstHourLoadTests: ContentFolderLoading {
    @Test("an unknown unit, SLO or deployment id suggests the nearest valid one and lists the valid ids")
    func didYouMean() throws {
        let errors = try errors([
            "site.yaml": "title: T\n",
            "org.yaml": "units:\n  - {id: payments, name: Payments}\n  - {id: search, name: Search}\n",
            "teams/web/team.yaml": "name: Web\nunit: paymnets\n",
            "teams/web/deployments.csv": "id,finished_at\ndeploy-101,2026-11-01T10:00:00Z\ndeploy-102,2026-11-02T10:00:00Z\n",
            "teams/web/incidents.csv": "id,opened_at,cause\nI1,2026-11-03T10:00:00Z,deploy-10l\nI2,2026-11-03T11:00:00Z,zzz\n",
            "teams/web/slos.yaml": "slos:\n  - id: checkout-availability\n    objective: 99.9\n",
            "teams/web/sli.csv": "slo,start,good,total\ncheckout-availabilty,2026-11-01,1,1\n",
        ])
        #expect(
            errors == [
                "C/teams/web/incidents.csv:2: cause: \"deploy-10l\" is not the id of a deployment in deployments.csv; did you mean \"deploy-101\"? Valid ids: deploy-101, deploy-102",
                "C/teams/web/incidents.csv:3: cause: \"zzz\" is not the id of a deployment in deployments.csv; valid ids: deploy-101, deploy-102",
                "C/teams/web/sli.csv:2: slo: \"checkout-availabilty\" is not an SLO of this team (defined: checkout-availability); did you mean \"checkout-availability\"?",
                "C/teams/web/team.yaml:2:7: unit: unknown unit \"paymnets\" (expected a unit id of org.yaml); did you mean \"payments\"? Valid ids: payments, search",
            ])
    }

    @Test("no cascades: a deployment or SLO whose own row had an error is not reported again as unknown")
    func noCascades() throws {
        let errors = try errors([
            "site.yaml": "title: T\n",
            "teams/web/team.yaml": "name: Web\n",
            "teams/web/deployments.csv": "id,finished_at\nd1,2026-11-01T10:00:00\nd2,2026-11-02T10:00:00Z\n",
            "teams/web/changes.csv": "id,committed_at,deployment\nc1,2026-11-01T09:00:00Z,d1\n",
            "teams/web/incidents.csv": "id,opened_at,cause\nI1,2026-11-03T10:00:00Z,d1\n",
            "teams/web/slos.yaml": "slos:\n  - id: avail\n    objective: 100\n",
            "teams/web/sli.csv": "slo,start,good,total\navail,2026-11-01,1,1\n",
        ])
        #expect(errors.count == 2)
        #expect(errors[0].hasPrefix("C/teams/web/deployments.csv:2: finished_at:"))
        #expect(errors[1].hasPrefix("C/teams/web/slos.yaml:3:16: slos[0].objective:"))
    }

    @Test("a YAML syntax error says what to check besides libyaml's text")
    func yamlHints() throws {
        let missingColon = try errors(["site.yaml": "title: T\n", "teams/web/team.yaml": "name: Web\ndescription\n  one line\nowners: [a]\n"])
        #expect(missingColon.count == 1)
        #expect(missingColon.first?.contains("invalid YAML: ") == true)
        #expect(missingColon.first?.contains("; check ") == true)
        let indentation = try errors(["site.yaml": "title: T\n", "teams/web/team.yaml": "name: Web\n  unit: x\n"])
        #expect(
            indentation.first?.hasSuffix("check the indentation of this line, and put quotes around a value that contains \": \" (title: \"Q3: review\")")
                == true, "\(indentation)")
        let tab = try errors(["site.yaml": "title: T\n", "teams/web/team.yaml": "name: Web\nowners:\n\t- a\n"])
        #expect(tab.first?.hasSuffix("check for a tab (YAML indents with spaces only), or put quotes around a value starting with @, ` or %") == true, "\(tab)")
    }

    @Test("closest: typos within a third of the length, case and separators ignored")
    func closest() {
        #expect(Suggestion.closest(to: "Payments", among: ["payments", "search"]) == "payments")
        #expect(Suggestion.closest(to: "check_out", among: ["checkout"]) == "checkout")
        #expect(Suggestion.closest(to: "srch", among: ["search"]) == nil)  // 2 edits, allowed 1
        #expect(Suggestion.text(for: "x", among: []) == "")
        #expect(Suggestion.text(for: "x", among: (1...14).map { "id\($0)" }, limit: 3) == "; valid ids: id1, id10, id11 and 11 more")
    }
}
