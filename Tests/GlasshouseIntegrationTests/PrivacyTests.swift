import Foundation
import GlasshouseCore
import GlasshousePipeline
import GlasshouseTesting
import Testing

/// Transparent by default, private by exception (content.md §4).
@Suite("Withheld sections and the data-quality page")
struct PrivacyTests {
    static let site: [String: String] = [
        "C/site.yaml": "title: Acme\ncurrency: EUR\nas_of: 2026-11-20\nhistory_months: 3\nstale_after_days: 14\n",
        "C/org.yaml": "units:\n  - {id: shop, name: Shop}\n",
        "C/teams/open/team.yaml": "name: Open\nunit: shop\n",
        "C/teams/open/costs.csv": "month,amount\n2026-10,1000\n2026-11,500\n2026-12,1\n",
        "C/teams/open/slos.yaml": "slos:\n  - {id: open-availability, objective: 99}\n",
        "C/teams/open/sli.csv": "slo,start,good,total\nopen-availability,2026-11-20,99,100\n",
        "C/teams/secret/team.yaml": "name: Secret\nunit: shop\nprivate: [slos, costs, calms, incidents, dora]\n",
        "C/teams/secret/costs.csv": "month,amount,category\n2026-10,7654.32,zebra-compute\n",
        "C/teams/secret/slos.yaml": "slos:\n  - {id: hidden-latency-slo, objective: 99.5}\n",
        "C/teams/secret/sli.csv": "slo,start,good,total\nhidden-latency-slo,2026-11-20,50,100\n",
        "C/teams/secret/calms.yaml":
            "assessments:\n  - date: 2026-10-01\n    scores: {culture: 1.1, automation: 1.2, lean: 1.3, measurement: 1.4, sharing: 1.5}\n    notes: Quokka retro\n",
        "C/teams/secret/deployments.csv": "id,finished_at\nsecret-deploy-77,2026-11-02T10:00:00Z\n",
        "C/teams/secret/incidents.csv": "id,opened_at,summary\nSECRET-INC-9,2026-11-03T10:00:00Z,Walrus outage\n",
        "C/teams/secret/notes.txt": "typo\n",
    ]

    func build() throws -> TestFolder {
        let folder = try TestFolder(Self.site)
        let options = SiteBuildTests.options(folder)
        _ = try SiteBuilder.build(options)
        return folder
    }

    @Test("no withheld value appears in any file of the site, while unit totals include it")
    func withheld() throws {
        let folder = try build()
        defer { folder.delete() }
        let site = folder.snapshot("S")
        // Identifiers, notes and texts of withheld sections appear nowhere; the team's own files show
        // none of its withheld figures either (unit and org totals include them by design).
        for (path, data) in site {
            let text = String(decoding: data, as: UTF8.self)
            for secret in ["hidden-latency-slo", "Quokka", "secret-deploy-77", "SECRET-INC-9", "Walrus"] {
                #expect(!text.contains(secret), "\(secret) leaks into \(path)")
            }
            guard path.contains("teams/secret") else { continue }
            for secret in ["7654.32", "7,654", "zebra-compute", "1.1", "1.5"] {
                #expect(!text.contains(secret), "\(secret) leaks into \(path)")
            }
        }
        #expect(site["data/teams/secret/costs.csv"] == nil && site["data/teams/secret/deployments.csv"] == nil)
        #expect(site["data/teams/open/costs.csv"] != nil)
        let team = try #require(folder.read("S/data/teams/secret.json"))
        for section in ["dora", "slos", "costs", "calms"] { #expect(team.contains("\"\(section)\": {\n    \"private\": true\n  }")) }
        #expect(team.contains("\"incidents\": {\n      \"private\": true\n    }"))
        let unit = try #require(folder.read("S/data/units/shop.json"))
        #expect(unit.contains("\"total\": 8654.32"))  // 1000 + 7654.32 in October
        // 99 of 100 at 99 % is met and uses the whole budget.
        #expect(unit.contains("\"slos\": {\n    \"total\": 2,\n    \"met\": 1,\n    \"healthy\": 0,\n    \"at_risk\": 0,\n    \"exhausted\": 2,"))
        #expect(unit.contains("\"deployments\": 1,"))
        let page = try #require(folder.read("S/teams/secret/index.html"))
        #expect(page.contains("withholds <strong>dora</strong> <strong>incidents</strong> <strong>slos</strong> <strong>costs</strong> <strong>calms</strong>"))
    }

    @Test("the data-quality page lists warnings, ignored rows, stale data, missing kinds and withheld sections")
    func quality() throws {
        let folder = try build()
        defer { folder.delete() }
        let page = try #require(folder.read("S/quality/index.html"))
        #expect(page.contains("<a href=\"../teams/secret/index.html\">Secret</a> withholds <strong>dora, incidents, slos, costs, calms</strong>"))
        #expect(page.contains("notes.txt: warning: unknown file, ignored"))
        #expect(page.contains("Open</a> · 1 row of teams/open/costs after 20 Nov 2026"))
        #expect(page.contains("<dt>CALMS</dt><dd><a class=\"chip\" href=\"../teams/open/index.html\">Open</a>"))
        let open = try #require(folder.read("S/data/teams/open.json"))
        #expect(open.contains("\"costs\": {\n      \"latest\": \"2026-11\",\n      \"stale\": false\n    }"))
        #expect(open.contains("\"slos\": {\n      \"latest\": \"2026-11-20\",\n      \"stale\": false\n    }"))
        #expect(open.contains("\"calms\": null\n  }"))
    }
}
