import Foundation
import GlasshouseCore
import GlasshousePipeline
import GlasshouseTesting
import Testing

/// What the leadership pages show (issue 13): tables whose headers match their cells, cost
/// columns only where they have values, no budget line that compares unlike things.
@Suite("Leadership pages: SLO and cost tables, budgets in scope")
struct LeadershipPagesTests {
    static let site: [String: String] = [
        "C/site.yaml": "title: Acme\ntimezone: UTC\nas_of: 2026-11-20\nwindow_days: 28\nhistory_weeks: 4\nhistory_months: 3\n",
        "C/org.yaml": "units:\n  - {id: shop, name: Shop}\n",
        "C/teams/pay/team.yaml": "name: Payments\nunit: shop\nbudget:\n  monthly: 100\n",
        "C/teams/pay/costs.csv": "month,amount,category\n2026-10,90,compute\n2026-11,80,compute\n",
        "C/teams/pay/slos.yaml": "slos:\n  - {id: api, name: API, objective: 99, window_days: 28}\n",
        "C/teams/pay/sli.csv": "slo,start,good,total\napi,2026-11-19,90,100\n",
        "C/teams/cart/team.yaml": "name: Cart\nunit: shop\n",
        "C/teams/cart/costs.csv": "month,amount,category\n2026-10,400,compute\n2026-11,300,storage\n",
    ]

    func build() throws -> TestFolder {
        let folder = try TestFolder(Self.site)
        let report = try SiteBuilder.build(SiteBuildTests.options(folder))
        #expect(report.warnings.isEmpty, "\(report.warnings)")
        return folder
    }

    /// The header cells of a table's head and the cell count of each body row.
    static func shape(of table: Substring) -> (headers: Int, rows: [Int]) {
        let parts = table.components(separatedBy: "</thead>")
        let headers = parts[0].components(separatedBy: "<th ").count - 1
        let rows = parts[1].components(separatedBy: "<tr").dropFirst().map { row in
            row.components(separatedBy: "<th ").count - 1 + row.components(separatedBy: "<td").count - 1
        }
        return (headers, rows)
    }

    static func table(_ page: String, class name: String) throws -> Substring {
        let start = try #require(page.range(of: "<table class=\"\(name)"))
        let end = try #require(page[start.lowerBound...].range(of: "</table>"))
        return page[start.lowerBound..<end.upperBound]
    }

    @Test("the unit's at-risk SLO table has a Team header over its Team cells (as many headers as cells)")
    func sloTable() throws {
        let folder = try build()
        defer { folder.delete() }
        let unit = try #require(folder.read("S/units/shop/index.html"))
        let shape = Self.shape(of: try Self.table(unit, class: "slos"))
        #expect(shape.headers == 7)
        #expect(shape.rows == [7], "one exhausted SLO: 10 of 100 bad against a 1 % budget")
        let team = try #require(folder.read("S/teams/pay/index.html"))
        let teamShape = Self.shape(of: try Self.table(team, class: "slos"))
        #expect(teamShape.headers == 6 && teamShape.rows == [6], "a team's own SLOs have no Team column")
    }

    @Test("a unit whose budget is some teams' says so, lists those teams' cost beside it, and draws no budget line over its whole cost")
    func unitBudget() throws {
        let folder = try build()
        defer { folder.delete() }
        let unit = try #require(folder.read("S/units/shop/index.html"))
        #expect(unit.contains("Budgets of 1 of 2 teams, compared with the cost of that team only."))
        #expect(!unit.contains("class=\"budget\""), "no budget line over the unit's bars")
        #expect(!unit.contains("<span class=\"key budget-key\">"))
        // November is partial on the 20th: Payments' 80 is forecast at 80 · 30 / 20 = 120 against its budget of 100.
        #expect(
            unit.contains(
                "<td data-label=\"Budgeted teams' cost\">120 USD</td><td data-label=\"Budget\">100 USD</td><td data-label=\"Variance\" class=\"over\">+20.00 USD</td>"
            ))
        #expect(
            unit.contains(
                "<td data-label=\"Budgeted teams' cost\">90.00 USD</td><td data-label=\"Budget\">100 USD</td><td data-label=\"Variance\">-10.00 USD</td>"))
        let team = try #require(folder.read("S/teams/pay/index.html"))
        #expect(team.contains("<line class=\"budget\""))
        #expect(team.contains("<th scope=\"col\">Budget</th>"))
        #expect(!team.contains("Budgeted teams' cost"))
        #expect(team.contains("<td data-label=\"Budget\">100 USD</td>"))
    }

    @Test("cost columns appear only when some month has a value; the partial month's forecast is drawn and named")
    func costColumns() throws {
        let folder = try build()
        defer { folder.delete() }
        let team = try #require(folder.read("S/teams/cart/index.html"))
        #expect(team.contains("<th scope=\"col\">Change</th>"))
        #expect(!team.contains("<th scope=\"col\">Per deployment</th>"), "no DORA data: no cost per deployment")
        #expect(!team.contains("<th scope=\"col\">Anomaly</th>"), "three months of history are needed for an anomaly")
        #expect(!team.contains("<th scope=\"col\">Budget</th>"))
        // November is partial on the 20th: forecast 300 · 30 / 20 = 450, outlined above the bar.
        #expect(team.contains("<td data-label=\"Forecast\">450 USD</td>"))
        #expect(team.contains("class=\"forecast\""))
        #expect(team.contains("forecast of the partial month"))
    }

    @Test("an SLO shows its calendar month beside the rolling window, and its monthly budget use as bars")
    func monthToDate() throws {
        let folder = try build()
        defer { folder.delete() }
        let team = try #require(folder.read("S/teams/pay/index.html"))
        // 90 good of 100 on 19 Nov against a 1 % budget: 10 bad events use the budget ten times over.
        #expect(team.contains("Month to date: 90 %, the month&#39;s budget is used up"))
        #expect(team.contains("aria-label=\"Error budget consumed per month: 2026-09 no data, 2026-10 no data, 2026-11 1000 %\""))
        #expect(team.components(separatedBy: "<rect class=\"over\"").count - 1 == 1)
    }

    @Test("the org page lists cost by unit and by team for the last complete month, largest first, with budget variance")
    func costShares() throws {
        let folder = try build()
        defer { folder.delete() }
        let org = try #require(folder.read("S/index.html"))
        #expect(org.contains("<h3>By unit, 2026-10</h3>"))
        let byTeam = try #require(org.range(of: "<h3>By team, 2026-10</h3>"))
        let rest = org[byTeam.upperBound...]
        let cart = try #require(rest.range(of: ">Cart</a>")), payments = try #require(rest.range(of: ">Payments</a>"))
        #expect(cart.lowerBound < payments.lowerBound, "400 before 90")
        #expect(
            rest.contains(
                "<td data-label=\"Cost\" data-sort=\"90.0\">90.00 USD</td><td data-label=\"Change\"></td><td data-label=\"Budget variance\">-10.00 USD</td>"))
    }
}
