import Foundation
import GlasshouseCore
import GlasshousePipeline
import GlasshouseTesting
import Testing

/// DORA on pages and in the export, for a small site declared inline.
@Suite("DORA pages, postmortems and the export")
struct DORAPagesTests {
    static let site: [String: String] = [
        "C/site.yaml": "title: Acme\ntimezone: Europe/Berlin\nas_of: 2026-11-20\nwindow_days: 28\nhistory_weeks: 4\nhistory_months: 2\n",
        "C/org.yaml": "units:\n  - {id: shop, name: Shop}\n",
        "C/teams/pay/team.yaml": "name: Payments\nunit: shop\n",
        "C/teams/pay/deployments.csv": """
        id,finished_at,status
        d1,2026-11-02T10:00:00Z,
        d2,2026-11-03T10:00:00Z,rollback
        d3,2026-11-03T12:00:00Z,
        d4,2026-11-04T10:00:00Z,
        """,
        "C/teams/pay/changes.csv": "id,committed_at,deployment\nc1,2026-11-02T08:00:00Z,d1\nc2,2026-11-03T09:00:00Z,d2\n",
        "C/teams/pay/incidents.csv": """
        id,opened_at,restored_at,severity,cause,summary
        INC-1,2026-11-04T10:30:00Z,2026-11-04T11:00:00Z,sev1,d4,<script>alert(1)</script>
        INC-2,2026-11-19T10:00:00Z,,sev3,,Provider outage
        """,
        "C/teams/pay/postmortems/inc-1.md": "---\ndate: 2026-11-05\nincident: INC-1\n---\n# Bad config\n",
        "C/teams/cart/team.yaml": "name: Cart\nunit: shop\nprivate: [dora]\n",
        "C/teams/cart/deployments.csv": "id,finished_at\nx1,2026-11-10T10:00:00Z\n",
        "C/teams/empty/team.yaml": "name: Empty\nunit: shop\n",
    ]

    func build() throws -> TestFolder {
        let folder = try TestFolder(Self.site)
        let options = SiteBuildTests.options(folder)
        let report = try SiteBuilder.build(options)
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        return folder
    }

    @Test("the team page shows figures with tier badges naming the benchmark, charts with text, incidents open first linking postmortems")
    func teamPage() throws {
        let folder = try build()
        defer { folder.delete() }
        let page = try #require(folder.read("S/teams/pay/index.html"))
        #expect(page.contains("<span class=\"metric-value\">1.5 <small>deploys/week</small></span>"))  // 4·7/19 observed days (2–20 Nov)
        #expect(page.contains("<a class=\"tier tier-high\" href=\"../../methodology/index.html#benchmark\">High</a>"))
        #expect(
            page.components(separatedBy: "dora-2023").count - 1 == 2,
            "the benchmark is named once in the DORA section (and once in the bands legend), not in every badge")
        #expect(page.contains("<a class=\"metric-name\" href=\"../../methodology/index.html#def-lead\">Lead time for changes</a>"))
        #expect(page.contains("<a href=\"../../data/teams/pay/deployments.csv\">deployments.csv</a>"))
        #expect(page.contains("<a class=\"chip\" href=\"../../data/teams/pay.json\">JSON export</a>"))
        #expect(page.contains("<span class=\"metric-value\">50 %</span>"))  // d2 rollback, d4 caused INC-1
        #expect(page.contains("role=\"img\""))
        #expect(page.contains("<title id=\"team-weekly-t\">Production deployments per week</title>"))
        #expect(page.contains("<caption>By month, newest first</caption>"))
        let open = try #require(page.range(of: "INC-2"))
        let closed = try #require(page.range(of: "INC-1"))
        #expect(open.lowerBound < closed.lowerBound, "open incidents come first")
        #expect(page.contains("href=\"postmortems/inc-1/index.html\">Read</a>"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!page.contains("<script>alert"))
        let library = try #require(folder.read("S/postmortems/index.html"))
        #expect(library.contains("href=\"../teams/pay/postmortems/inc-1/index.html\">Bad config</a>"))
        #expect(library.contains("<td data-label=\"Incident\">INC-1</td><td data-label=\"Severity\">sev1</td>"))
    }

    @Test("units pool every team, withheld ones included, and show the tier distribution and teams side by side")
    func unitPage() throws {
        let folder = try build()
        defer { folder.delete() }
        let unit = try #require(folder.read("S/data/units/shop.json"))
        #expect(unit.contains("\"deployments\": 5,"))  // 4 of pay + 1 of the withheld cart
        #expect(unit.contains("\"teams_reporting\": 2,"))
        #expect(unit.contains("\"none\": 2,"))  // empty has no data; cart's 11 observed days are too short to judge
        #expect(!unit.contains("\"deploy_days\""))
        let cart = try #require(folder.read("S/data/teams/cart.json"))
        #expect(cart.contains("\"dora\": {\n    \"private\": true\n  }"))
        #expect(cart.contains("\"private\": [\n      \"dora\"\n    ]"))
        #expect(try #require(folder.read("S/data/teams/empty.json")).contains("\"dora\": null"))
        let page = try #require(folder.read("S/units/shop/index.html"))
        #expect(page.contains("Teams per tier"))
        #expect(page.contains("<title id=\"unit-tiers-deployment_frequency-t\">Deployment frequency: teams per tier</title>"))
        #expect(page.contains("<td colspan=\"4\" class=\"muted\">withheld</td>"))
        #expect(page.contains("<td colspan=\"4\" class=\"muted\">no DORA data</td>"))
        let cards = try #require(
            page.range(of: "<ul class=\"metrics\">").flatMap { start in
                page[start.upperBound...].range(of: "</ul>").map { page[start.upperBound..<$0.lowerBound] }
            })
        #expect(!cards.contains("class=\"tier "), "pooled figures get no tier badge")
        let team = try #require(folder.read("S/teams/cart/index.html"))
        #expect(team.contains("This team withholds its DORA figures"))
    }

    @Test("a postmortem naming an unknown incident is a warning")
    func unknownIncident() throws {
        var files = Self.site
        files["C/teams/pay/postmortems/inc-9.md"] = "---\ndate: 2026-11-05\nincident: INC-9\n---\n# Ghost\n"
        let folder = try TestFolder(files)
        defer { folder.delete() }
        let options = SiteBuildTests.options(folder)
        let report = try SiteBuilder.validate(options)
        #expect(
            report.warnings.map(\.description).contains {
                $0.hasSuffix(
                    "inc-9.md:1: warning: incident: \"INC-9\" is not an incident in teams/pay/incidents.csv; the postmortem is published but not linked from an incident"
                )
            })
    }
}

@Suite("The methodology page states the rules as applied")
struct MethodologyTests {
    @Test("as-of day, time zone, window and the benchmark table of the build")
    func applied() throws {
        var files = DORAPagesTests.site
        files["C/site.yaml"]! += "dora:\n  benchmark: dora-2021\n  production_environments: [live]\n"
        let folder = try TestFolder(files)
        defer { folder.delete() }
        let options = SiteBuildTests.options(folder)
        _ = try SiteBuilder.build(options)
        let page = try #require(folder.read("S/methodology/index.html"))
        #expect(page.contains("<strong>As of 20 Nov 2026</strong> (set by site.yaml as_of)"))
        #expect(page.contains("<code>Europe/Berlin</code>"))
        #expect(page.contains("the 28 days ending with the as-of day (24 Oct 2026 – 20 Nov 2026)"))
        #expect(page.contains("<code>live</code>"))
        #expect(page.contains("<h2 id=\"benchmark\">Benchmark: dora-2021</h2>"))
        #expect(page.contains("<th scope=\"row\">Lead time (p50)</th><td>&lt; 1 h</td><td>&lt; 7 days</td><td>&lt; 183 days</td>"))
        #expect(page.contains("<th scope=\"row\">Change failure rate</th><td>≤ 15 %</td><td>≤ 20 %</td><td>≤ 30 %</td>"))
        #expect(try #require(folder.read("S/data/index.json")).contains("\"benchmark\": \"dora-2021\""))
    }
}
