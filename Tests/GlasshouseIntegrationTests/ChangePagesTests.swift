import Foundation
import GlasshouseCore
import GlasshousePipeline
import GlasshouseTesting
import Testing

/// Change against the previous window and stopped feeds on pages (metrics.md §2.10, §2.11, §8).
@Suite("Leadership pages: arrows only for notable changes, stale teams without a current tier")
struct ChangePagesTests {
    /// Daily deployments from `first` for `days` days, one at noon UTC.
    static func daily(_ first: Day, days: Int, prefix: String) -> String {
        "id,finished_at\n" + (0..<days).map { "\(prefix)\($0),\(first.advanced(by: $0))T12:00:00Z" }.joined(separator: "\n") + "\n"
    }

    // D = 20 Nov, 42-day windows: now 10 Oct – 20 Nov, before 29 Aug – 9 Oct.
    static let site: [String: String] = [
        "C/site.yaml": "title: Acme\ntimezone: UTC\nas_of: 2026-11-20\nwindow_days: 42\nhistory_weeks: 8\nhistory_months: 3\n",
        "C/org.yaml": "units:\n  - {id: shop, name: Shop}\n",
        "C/teams/fast/team.yaml": "name: Fast\nunit: shop\n",
        // Before: one deployment on 1 Sep over 39 observed days (low). Now: every day (elite). A tier change is always notable.
        "C/teams/fast/deployments.csv": "id,finished_at\nfirst,2026-09-01T12:00:00Z\n"
            + daily(Day(year: 2026, month: 10, day: 10)!, days: 42, prefix: "f").dropFirst("id,finished_at\n".count),
        "C/teams/old/team.yaml": "name: Old\nunit: shop\n",
        // Daily from 10 to 31 Oct, then nothing: 20 days before D is more than stale_after_days (14).
        "C/teams/old/deployments.csv": daily(Day(year: 2026, month: 10, day: 10)!, days: 22, prefix: "o"),
    ]

    func build() throws -> TestFolder {
        let folder = try TestFolder(Self.site)
        _ = try SiteBuilder.build(SiteBuildTests.options(folder))
        return folder
    }

    /// The headline card of one metric.
    static func card(_ page: String, _ metric: String) throws -> Substring {
        let start = try #require(page.range(of: "data-metric=\"\(metric)\""))
        let end = try #require(page[start.upperBound...].range(of: "</li>"))
        return page[start.upperBound..<end.lowerBound]
    }

    @Test("a notable change (low → elite) gets an arrow and its previous value; a metric without one gets no arrow")
    func arrows() throws {
        let folder = try build()
        defer { folder.delete() }
        let page = try #require(folder.read("S/teams/fast/index.html"))
        let frequency = try Self.card(page, "deployment_frequency")
        #expect(frequency.contains("<span class=\"change-arrow change-better\" title=\"Notable change: better\">▲"))
        #expect(frequency.contains("<a class=\"tier tier-elite\""))
        #expect(frequency.contains("previous 0.18/week"))  // 1 · 7 / 39 observed days
        for metric in ["lead_time", "change_failure_rate", "recovery_time"] {
            #expect(!(try Self.card(page, metric)).contains("change-arrow"), "\(metric)")
        }
    }

    @Test("a stale team shows when its data stopped and its last tier greyed, never a current tier")
    func stale() throws {
        let folder = try build()
        defer { folder.delete() }
        let page = try #require(folder.read("S/teams/old/index.html"))
        #expect(page.contains("No DORA data since 31 Oct 2026: the feed stopped."))
        let frequency = try Self.card(page, "deployment_frequency")
        #expect(frequency.contains("<span class=\"tier tier-stale\">last Elite</span>"))
        #expect(!frequency.contains("<a class=\"tier "))
        let unit = try #require(folder.read("S/units/shop/index.html"))
        #expect(unit.contains("DORA data stopped for 1 of 2 teams: Old (since 31 Oct 2026)."))
        #expect(unit.contains("<a class=\"tier tier-stale\" href=\"../../methodology/index.html#benchmark\">last Elite</a>"))
        #expect(unit.contains("Old</a>: no DORA data since 31 Oct 2026"))
    }

    @Test("what changed most lists the notable change with both values and tiers")
    func whatChanged() throws {
        let folder = try build()
        defer { folder.delete() }
        let unit = try #require(folder.read("S/units/shop/index.html"))
        #expect(unit.contains("<h2 id=\"changes\">What changed most</h2>"))
        #expect(unit.contains("Fast</a> · Deployment frequency <span class=\"change-arrow change-better\">▲"))
        #expect(unit.contains("0.18/week → <strong>7/week</strong> <span class=\"tier tier-low\">Low</span> → <span class=\"tier tier-elite\">Elite</span>"))
        let org = try #require(folder.read("S/index.html"))
        #expect(org.contains("<p class=\"notice banner\" role=\"status\">DORA data stopped for 1 of 2 teams"))
    }
}
