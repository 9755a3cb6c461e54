import Foundation
import GlasshouseCore
import GlasshouseLoad
import GlasshouseTesting
import Testing

@Suite("Loading SLOs, costs and CALMS (content.md §6–8)")
struct SLOCostCALMSLoaderTests: ContentFolderLoading {
    /// `shared/reference` beside the checkout, or beside one of its parents (a worktree under
    /// /work/wt sits one level deeper than /work/main).
    static let reference: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            folder = folder.deletingLastPathComponent()
            let candidate = folder.appendingPathComponent("shared/reference")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/reference")
    }()

    static func referenceText(_ path: String) throws -> String {
        try String(contentsOf: reference.appendingPathComponent(path), encoding: .utf8)
    }

    /// Whether ../shared/reference is there (it is not in a fresh clone); FixtureLoaderTests
    /// covers the same loaders with files of our own.
    static let referencePresent = FileManager.default.fileExists(atPath: reference.appendingPathComponent("openslo").path)
    static let absent: Comment = "needs ../shared/reference, absent beside this clone; FixtureLoaderTests runs instead"

    @Test("the OpenSLO reference documents load or are reported as unsupported, with reasons", .enabled(if: referencePresent, absent))
    func openSLO() throws {
        var files = ["site.yaml": "title: T\n", "teams/web/team.yaml": "name: Web\n"]
        for name in [
            "budgeting-method--occurences-slo", "budgeting-method--ratio-timeslices", "budgeting-method--timeslices-slo",
            "treat-low-traffic-as-equally-important--timeslices-slo",
        ] {
            files["teams/web/openslo/\(name).yaml"] = try Self.referenceText("openslo/\(name).yaml")
        }
        let content = try load(files).get()
        let slos = try #require(content.teams.first?.slo?.slos)
        #expect(
            slos == [
                SLODefinition(
                    id: "search-slo", name: "Searching time", service: "web-shop", objective: 99, windowDays: 14,
                    description: "Regardless of the number of paraller searches it never should be more than 500ms."),
                SLODefinition(
                    id: "main-page", name: "Main page availability", service: "web-shop", objective: 99, windowDays: 14,
                    description: "Our main page should be available always"),
            ])
        let warnings = content.warnings.map(\.description)
        #expect(warnings.count == 2)
        #expect(
            warnings.contains {
                $0.contains("budgeting-method--timeslices-slo.yaml") && $0.contains("SLO \"service-availability\" is skipped: it has 2 objectives")
            })
        #expect(
            warnings.contains {
                $0.contains("treat-low-traffic")
                    && $0.contains("SLO \"service-availability\" is skipped: a calendar (not rolling) time window is not supported")
            })
    }

    @Test("slos.yaml and sli.csv: ids unique across files, objectives in range, rows checked")
    func slos() throws {
        let content = try load([
            "site.yaml": "title: T\n", "teams/web/team.yaml": "name: Web\n",
            "teams/web/slos.yaml": "slos:\n  - id: checkout\n    objective: 99.9\n    window_days: 7\n    service: api\n",
            "teams/web/sli.csv": "slo,start,good,total\ncheckout,2026-11-01,990,1000\ncheckout,2026-11-02T10:00:00+01:00,5,5\n",
        ]).get()
        let slo = try #require(content.teams.first?.slo)
        #expect(slo.slos == [SLODefinition(id: "checkout", service: "api", objective: 99.9, windowDays: 7)])
        #expect(slo.sli.map(\.start) == [.day(Day(year: 2026, month: 11, day: 1)!), .instant(Instant(seconds: 1_793_610_000))])

        let errors = try errors([
            "site.yaml": "title: T\n", "teams/web/team.yaml": "name: Web\n",
            "teams/web/slos.yaml": "slos:\n  - id: a\n    objective: 100\n  - id: b\n    objective: 99\n",
            "teams/web/openslo/b.yaml": "apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: b\nspec:\n  objectives:\n    - target: 0.9\n",
            "teams/web/sli.csv": "slo,start,good,total\nb,2026-11-01,11,10\nzz,2026-11-01,1,1\nb,2026-11-02,1,1\nb,2026-11-02,1,1\nb,2026-11-03T10:00,1,1\n",
        ])
        #expect(
            errors == [
                "C/teams/web/openslo/b.yaml:4: id: SLO \"b\" is already defined in C/teams/web/slos.yaml:4",
                "C/teams/web/sli.csv:2: good: 11 is more than total 10",
                "C/teams/web/sli.csv:3: slo: \"zz\" is not an SLO of this team (defined: b)",
                "C/teams/web/sli.csv:5: start: SLO b already has a row starting 2026-11-02 on line 4",
                "C/teams/web/sli.csv:6: start: \"2026-11-03T10:00\" has no time zone offset; add Z or an offset like +02:00 (a local time is ambiguous)",
                "C/teams/web/slos.yaml:3:16: slos[0].objective: 100 is not a percentage between 0 and 100 (exclusive), like 99.9",
            ])
    }

    @Test("the FOCUS reference sample loads; allocated plus unallocated equals its EffectiveCost column", .enabled(if: referencePresent, absent))
    func focusReference() throws {
        let csv = try Self.referenceText("focus-1.0/focus_sample.csv")
        let content = try load([
            "site.yaml": "title: T\ncurrency: USD\n",
            "teams/lens/team.yaml": "name: Lens\ncost_tags:\n  application: [BrightPathMatrix]\n",
            "teams/vienna/team.yaml": "name: Vienna\ncost_tags:\n  business_unit: [TempeAI]\n",
            "costs/focus/focus_sample.csv": csv,
        ]).get()
        #expect(content.warnings.isEmpty)
        // The column summed directly, with a quote-aware split written here.
        let lines = csv.split(separator: "\n").map { line -> [String] in
            let fields = CSVLine.fields(line)
            return fields.dropLast() + [fields.last!.trimmingCharacters(in: .whitespacesAndNewlines)]
        }
        let column = try #require(lines[0].firstIndex(of: "EffectiveCost"))
        let direct = lines.dropFirst().reduce(0.0) { $0 + (Double($1[column]) ?? 0) }
        #expect(lines.count == 1001)
        let allocated = content.teams.flatMap { $0.costs ?? [] }.reduce(0.0) { $0 + $1.amount }
        let unallocated = content.unallocatedCosts.reduce(0.0) { $0 + $1.amount }
        #expect(abs(allocated + unallocated - direct) < 1e-6)
        #expect(content.teams.allSatisfy { ($0.costs ?? []).count > 0 })
        #expect(unallocated != 0)
    }

    @Test("costs: a second currency, a bad month and two teams claiming one tag value are errors")
    func costErrors() throws {
        let errors = try errors([
            "site.yaml": "title: T\ncurrency: EUR\n",
            "teams/a/team.yaml": "name: A\ncost_tags:\n  app: [Shop]\n",
            "teams/b/team.yaml": "name: B\ncost_tags:\n  app: [Shop]\n",
            "teams/a/costs.csv": "month,amount,currency\n2026-13,5,\n2026-10,5,USD\n2026-10,-3,eur\n",
            "costs/focus/bill.csv": "ChargePeriodStart,EffectiveCost,BillingCurrency,Tags\n2026-10-01 00:00:00,1.5,USD,NULL\n2026-10-01 00:00:00,x,EUR,{bad\n",
        ])
        #expect(
            errors == [
                "C/costs/focus/bill.csv:2: BillingCurrency: USD differs from the site currency EUR; all cost figures of one site share one currency",
                "C/costs/focus/bill.csv:3: EffectiveCost: \"x\" is not a number (use . as the decimal separator, no thousands separators)",
                "C/costs/focus/bill.csv:3: Tags: is not a JSON object like {\"team\": \"payments\"}",
                "C/teams/a/costs.csv:2: month: \"2026-13\" is not a month like 2026-02",
                "C/teams/a/costs.csv:3: currency: USD differs from the site currency EUR; all cost figures of one site share one currency",
                "C/teams/b/team.yaml: cost_tags.app: \"Shop\" is already claimed by team a; a tag value belongs to one team",
            ])
    }

    @Test("FOCUS rows go to the claiming team, then to the team named by the team tag, else unallocated")
    func allocation() throws {
        let content = try load([
            "site.yaml": "title: T\nfinops:\n  team_tag: owner\n",
            "teams/a/team.yaml": "name: A\ncost_tags:\n  app: [Shop]\n",
            "teams/b/team.yaml": "name: B\n",
            "costs/focus/bill.csv": """
            ChargePeriodStart,EffectiveCost,ServiceCategory,CommitmentDiscountStatus,Tags
            2026-10-01T00:00:00Z,10,Compute,NULL,"{""app"": ""Shop"", ""owner"": ""b""}"
            2026-10-31 23:00:00,20,NULL,Unused,"{""owner"": ""b""}"
            2026-11-01 00:00:00,40,Storage,,"{""owner"": ""nobody""}"
            2026-11-01 00:00:00,NULL,Storage,,NULL
            """,
        ]).get()
        #expect(content.teams[0].costs == [CostRow(month: Month(year: 2026, month: 10), amount: 10, category: "Compute")])
        #expect(content.teams[1].costs == [CostRow(month: Month(year: 2026, month: 10), amount: 20, category: "other", idle: 20)])
        #expect(
            content.unallocatedCosts == [
                CostRow(month: Month(year: 2026, month: 11), amount: 40, category: "Storage"),
                CostRow(month: Month(year: 2026, month: 11), amount: 0, category: "Storage"),
            ])
    }

    @Test("calms.yaml: every pillar required, scores 1–5, one assessment per date")
    func calms() throws {
        let content = try load([
            "site.yaml": "title: T\n", "teams/a/team.yaml": "name: A\n",
            "teams/a/calms.yaml":
                "assessments:\n  - date: 2026-09-30\n    respondents: 7\n    scores: {culture: 3.5, automation: 4.2, lean: 2.8, measurement: 3.9, sharing: 3}\n    notes: Automation **jumped**.\n  - date: 2026-03-01\n    scores: {culture: 3, automation: 3, lean: 3, measurement: 3, sharing: 3}\n",
        ]).get()
        let calms = try #require(content.teams[0].calms)
        #expect(calms.map(\.date.description) == ["2026-03-01", "2026-09-30"])
        #expect(
            calms[1]
                == CALMSAssessment(date: Day(year: 2026, month: 9, day: 30)!, respondents: 7, scores: [3.5, 4.2, 2.8, 3.9, 3], notes: "Automation **jumped**."))
        let errors = try errors([
            "site.yaml": "title: T\n", "teams/a/team.yaml": "name: A\n",
            "teams/a/calms.yaml":
                "assessments:\n  - date: 2026-09-30\n    scores: {culture: 3.5, automation: 6, lean: 2.8, measurement: 3.9}\n  - date: 2026-09-30\n    scores: {culture: 1, automation: 1, lean: 1, measurement: 1, sharing: 1}\n",
        ])
        #expect(
            errors == [
                "C/teams/a/calms.yaml:3:13: assessments[0].scores.sharing: required value is missing",
                "C/teams/a/calms.yaml:3:40: assessments[0].scores.automation: 6 is outside 1.0–5.0",
                "C/teams/a/calms.yaml:4:11: assessments[1].date: 2026-09-30 is already the date of the assessment on line 2; one assessment per date",
            ])
    }
}
