import Foundation
import GlasshouseCore
import GlasshouseLoad
import GlasshousePipeline
import GlasshouseSample
import GlasshouseTesting
import Testing

@testable import GlasshouseCompute

/// The export additions of issue 13 on a small hand-made org: unit and org budgets by scope, cost by
/// sub-unit and by team (withheld teams left out), `names` in the index, each team's incidents.
@Suite("Export extras: budgets, by_unit/by_team, names, incidents (metrics.md §4, site.md §4)")
struct ExportExtrasTests {
    static let files: [String: String] = [
        "C/site.yaml": "title: Acme\ntimezone: Europe/Berlin\nas_of: 2026-11-20\nhistory_months: 2\n",
        "C/org.yaml": """
        name: Acme Corp
        budget: {monthly: 1000}
        units:
          - id: commerce
            name: Commerce
          - id: pay
            name: Payments
            parent: commerce
            budget:
              monthly: 300

        """,
        "C/teams/shop/team.yaml": "name: Shop\nunit: commerce\nbudget: {monthly: 100}\n",
        "C/teams/shop/costs.csv": "month,amount\n2026-10,120\n2026-11,40\n",
        "C/teams/shop/deployments.csv": "id,finished_at\nd1,2026-11-01T10:00:00Z\n",
        "C/teams/shop/incidents.csv": """
        id,opened_at,restored_at,service,severity,cause,summary
        i2,2026-11-19T23:30:00Z,2026-11-20T23:30:00Z,,,,
        i1,2026-11-02T09:30:00Z,2026-11-02T11:00:00Z,web,sev2,d1,Checkout down
        i3,2026-11-20T23:10:00Z,,,,,
        i0,2026-03-29T00:30:00Z,2026-03-29T01:30:00.250Z,,,,

        """,
        "C/teams/cards/team.yaml": "name: Cards\nunit: pay\n",
        "C/teams/cards/costs.csv": "month,amount\n2026-10,200\n2026-11,60\n",
        "C/teams/cards/deployments.csv": "id,finished_at\nd1,2026-11-01T10:00:00Z\n",
        "C/teams/cards/incidents.csv": "id,opened_at\n",
        "C/teams/secret/team.yaml": "name: Secret\nunit: commerce\nbudget: {monthly: 50}\nprivate: [costs, incidents]\n",
        "C/teams/secret/costs.csv": "month,amount\n2026-10,30\n",
        "C/teams/secret/deployments.csv": "id,finished_at\nd1,2026-11-01T10:00:00Z\n",
        "C/teams/secret/incidents.csv": "id,opened_at\nx,2026-11-02T09:30:00Z\n",
        "C/teams/solo/team.yaml": "name: Solo\n",
        "C/teams/solo/costs.csv": "month,amount\n2026-10,7\n",
    ]

    /// The site's JSON files by path below `data/`.
    static func build() throws -> [String: [String: Any]] {
        let folder = try TestFolder(files)
        defer { folder.delete() }
        _ = try SiteBuilder.build(SiteBuildTests.options(folder))
        var result: [String: [String: Any]] = [:]
        for path in ["index", "org", "units/commerce", "units/pay", "teams/shop", "teams/cards", "teams/secret", "teams/solo"] {
            result[path] = try DORAExportTests.json(folder.path + "/S/data/\(path).json")
        }
        return result
    }

    static func months(_ json: [String: Any]?) -> [[String: Any]] {
        (json?["costs"] as? [String: Any])?["months"] as? [[String: Any]] ?? []
    }

    @Test("budget scope, budget, budget cost and variance of units and the org; by_unit and by_team")
    func costs() throws {
        let json = try Self.build()
        // Commerce: no budget of its own; shop (100) and secret (50) have one, cards has none.
        let commerce = Self.months(json["units/commerce"])
        #expect(commerce.count == 2)
        let october = commerce[0], november = commerce[1]
        #expect(october["total"] as? Double == 350 && october["budget_scope"] as? String == "teams")
        #expect(october["budget"] as? Double == 150 && october["budget_cost"] as? Double == 150 && october["budget_variance"] as? Double == 0)
        #expect(october["by_unit"] as? [String: Double] == ["pay": 200])
        #expect(october["by_team"] as? [String: Double] == ["shop": 120])  // secret withholds its costs (30)
        // November (day 20 of 30): only shop has cost: budget 100 against 40 · 30 / 20 = 60.
        #expect(november["total"] as? Double == 100 && november["budget"] as? Double == 100)
        #expect(november["budget_cost"] as? Double == 60 && november["budget_variance"] as? Double == -40)
        #expect(october["unallocated"] == nil)
        // Payments: its own budget of 300 against its whole total (forecast 60 · 1.5 = 90 in November).
        let pay = Self.months(json["units/pay"])
        #expect(pay[0]["budget_scope"] as? String == "unit" && pay[0]["budget"] as? Double == 300 && pay[0]["budget_variance"] as? Double == -100)
        #expect(pay[1]["budget_cost"] as? Double == 90 && pay[1]["budget_variance"] as? Double == -210)
        #expect(pay[0]["by_unit"] as? [String: Double] == [:] && pay[0]["by_team"] as? [String: Double] == ["cards": 200])
        // The org: its own 1000 against everything; commerce as a unit, solo directly in the org.
        let org = Self.months(json["org"])
        #expect(org[0]["total"] as? Double == 357 && org[0]["budget_scope"] as? String == "unit" && org[0]["budget_variance"] as? Double == -643)
        #expect(org[0]["by_unit"] as? [String: Double] == ["commerce": 350] && org[0]["by_team"] as? [String: Double] == ["solo": 7])
        #expect(org[0]["unallocated"] as? Double == 0)
        #expect(org[1]["total"] as? Double == 100 && org[1]["budget_cost"] as? Double == 150 && org[1]["budget_variance"] as? Double == -850)
    }

    @Test("index names every team and unit; team JSON lists incidents as of D, withheld ones private")
    func namesAndIncidents() throws {
        let json = try Self.build()
        #expect(
            json["index"]?["names"] as? [String: String] == [
                "cards": "Cards", "secret": "Secret", "shop": "Shop", "solo": "Solo", "commerce": "Commerce", "pay": "Payments",
            ])
        let incidents = try #require(json["teams/shop"]?["incidents"] as? [[String: Any]])
        // Oldest first; i3 opens after the end of D in Berlin; i2's restoration is after D, so it is open.
        #expect(incidents.map { $0["id"] as? String } == ["i0", "i1", "i2"])
        #expect(incidents[0]["opened_at"] as? String == "2026-03-29T01:30:00+01:00")
        #expect(incidents[0]["restored_at"] as? String == "2026-03-29T03:30:00.25+02:00")  // after the DST change
        #expect(incidents[1]["opened_at"] as? String == "2026-11-02T10:30:00+01:00" && incidents[1]["restored_at"] as? String == "2026-11-02T12:00:00+01:00")
        #expect(incidents[1]["service"] as? String == "web" && incidents[1]["severity"] as? String == "sev2")
        #expect(incidents[1]["cause"] as? String == "d1" && incidents[1]["summary"] as? String == "Checkout down")
        #expect(incidents[2]["opened_at"] as? String == "2026-11-20T00:30:00+01:00" && incidents[2]["restored_at"] is NSNull)
        #expect(incidents[2]["cause"] is NSNull && incidents[2]["service"] is NSNull)
        #expect((json["teams/cards"]?["incidents"] as? [Any])?.isEmpty == true)
        #expect(json["teams/secret"]?["incidents"] as? [String: Bool] == ["private": true])
        #expect(json["teams/solo"]?["incidents"] is NSNull)
    }

    @Test("the JSON Schemas are published under data/schema/ and the data guide links them and every file")
    func schemasAndGuide() throws {
        let folder = try TestFolder(Self.files)
        defer { folder.delete() }
        _ = try SiteBuilder.build(SiteBuildTests.options(folder))
        for name in ["index", "team", "unit"] {
            let schema = try DORAExportTests.json(folder.path + "/S/data/schema/\(name).json")
            #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
            #expect(schema["additionalProperties"] as? Bool == false && (schema["required"] as? [String])?.contains("schema") == true)
        }
        let guide = try #require(folder.read("S/data/index.html"))
        for link in [
            "href=\"schema/index.json\"", "href=\"schema/team.json\"", "href=\"schema/unit.json\"", "href=\"teams/shop.json\"", "href=\"units/pay.json\"",
            "href=\"index.json\"", "href=\"org.json\"",
        ] {
            #expect(guide.contains(link), "\(link)")
        }
        #expect(folder.read("S/index.html")?.contains("href=\"data/index.html\"") == true)
    }

    @Test("glasshouse sample gives the org and the payments unit budgets and some SLOs min_events")
    func sample() {
        let files = Dictionary(
            uniqueKeysWithValues: SampleSite.files(teams: 12, months: 6, seed: 1).map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        let org = files["org.yaml"] ?? ""
        #expect(org.contains("\nbudget: {monthly: ") && org.contains("  - id: payments\n") && org.contains("    budget: {monthly: "))
        #expect(files.filter { $0.key.hasSuffix("slos.yaml") && $0.value.contains("min_events: 2000000") }.count >= 1)
    }

    @Test("budgets of N of M teams: only teams with a budget count among the budgeted")
    func budgetedTeams() throws {
        let folder = try TestFolder(Self.files)
        defer { folder.delete() }
        let source = try #require(SourceFolder(path: folder.path + "/C"))
        let figures = SiteFigures(content: try ContentLoader.load(from: source), asOf: try #require(Day(year: 2026, month: 11, day: 20)))
        #expect(figures.units["commerce"]?.budget == UnitBudget(own: nil, budgetedTeams: ["secret", "shop"], teamCount: 3))
        #expect(figures.units["pay"]?.budget == UnitBudget(own: 300, budgetedTeams: [], teamCount: 1))
        #expect(figures.org.budget == UnitBudget(own: 1000, budgetedTeams: ["secret", "shop"], teamCount: 4))
    }
}
