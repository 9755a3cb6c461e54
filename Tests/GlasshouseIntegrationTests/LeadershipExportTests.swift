import Foundation
import GlasshouseCore
import GlasshousePipeline
import GlasshouseTesting
import Testing

/// The leadership keys of the JSON export (site.md §4 "New since the first version") on a small
/// org whose figures are computed by hand below.
@Suite("Leadership view in the JSON export: observed span, previous window, Quick Check, targets, events, changes")
struct LeadershipExportTests {
    /// pay deploys once a day 1–10 Oct and 1–20 Nov; old deploys 1–5 Oct, then its feed stops.
    /// Window: 24 Oct … 20 Nov (28 days); previous window: 26 Sep … 23 Oct.
    static let site: [String: String] = [
        "C/site.yaml": "title: Acme\nas_of: 2026-11-20\nwindow_days: 28\nhistory_weeks: 2\nhistory_months: 2\n",
        "C/org.yaml": """
        units:
          - id: shop
            name: Shop
            targets:
              - {metric: cost, value: 100, since: 2026-10-01, by: 2026-12-31}
        events:
          - {date: 2026-10-05, title: Shop event, unit: shop}
          - {date: 2026-10-01, title: Org event}
          - {date: 2026-12-01, title: Future}

        """,
        "C/teams/pay/team.yaml": """
        name: Pay
        unit: shop
        targets:
          - {metric: deployment_frequency, value: 6, since: 2026-10-20, by: 2026-12-19, note: Daily}
        events:
          - {date: 2026-11-02, title: Team event}

        """,
        "C/teams/pay/deployments.csv": "id,finished_at\n"
            + ((1...10).map { "p\($0),2026-10-\($0 < 10 ? "0" : "")\($0)T10:00:00Z\n" }
            + (1...20).map { "q\($0),2026-11-\($0 < 10 ? "0" : "")\($0)T10:00:00Z\n" }).joined(),
        "C/teams/old/team.yaml": "name: Old\nunit: shop\n",
        "C/teams/old/deployments.csv": "id,finished_at\n" + (1...5).map { "o\($0),2026-10-0\($0)T10:00:00Z\n" }.joined(),
    ]

    @Test("team: observed days, stale, previous window, change, Quick Check, targets and events")
    func team() throws {
        let folder = try TestFolder(Self.site)
        defer { folder.delete() }
        let report = try SiteBuilder.build(SiteBuildTests.options(folder))
        #expect(
            report.warnings.map(\.message) == [
                "DORA data of old stopped: no record since 2026-10-05, 46 days before the as-of day 2026-11-20; its figures cover 2026-10-01 – 2026-10-05 only"
            ])
        let pay = try DORAExportTests.json(folder.path + "/S/data/teams/pay.json")
        let dora = try #require(pay["dora"] as? [String: Any])
        let window = try #require(dora["window"] as? [String: Any])
        #expect(window["observed_days"] as? Int == 28 && window["stale"] as? Bool == false && window["observed_to"] as? String == "2026-11-20")
        #expect(window["deployments_per_week"] as? Double == 5)
        let previous = try #require(dora["previous"] as? [String: Any])
        #expect(previous["start"] as? String == "2026-09-26" && previous["end"] as? String == "2026-10-23")
        #expect(previous["observed_days"] as? Int == 23)  // from the first record, 1 Oct
        DORAExportTests.expectClose(previous["deployments_per_week"], 70.0 / 23, "previous rate")
        #expect((previous["tiers"] as? [String: Any])?["deployment_frequency"] as? String == "high")  // 70 < 115, 70 ≥ 23
        #expect((window["tiers"] as? [String: Any])?["deployment_frequency"] as? String == "elite")  // 140 ≥ 140
        let change = try #require(dora["change"] as? [String: [String: Any]])
        #expect(change["deployment_frequency"]?["notable"] as? Bool == true && change["deployment_frequency"]?["direction"] as? String == "better")
        DORAExportTests.expectClose(change["deployment_frequency"]?["ratio"], 5 / (70.0 / 23), "ratio")
        #expect(change["change_failure_rate"]?["direction"] as? String == "steady" && change["change_failure_rate"]?["delta"] as? Int == 0)
        #expect(change["lead_time"]?["direction"] is NSNull && change["lead_time"]?["ratio"] is NSNull)
        let check = try #require(window["quick_check"] as? [String: Any])
        // f = 5/week exactly → answer 5 → 8; no changes → lead null → throughput and performance null; CFR 0 and rework 0 → 10.
        #expect(check["deployment_frequency"] as? Int == 8 && check["lead_time"] is NSNull && check["throughput"] is NSNull)
        #expect(check["change_failure_rate"] as? Int == 10 && check["stability"] as? Int == 10 && check["performance"] is NSNull)
        let targets = try #require(pay["targets"] as? [[String: Any]])
        #expect(targets.count == 1)
        // Baseline as of 20 Oct: window 23 Sep … 20 Oct observed from 1 Oct (20 days), 10 deployments → 3.5.
        #expect(targets[0]["baseline"] as? Double == 3.5 && targets[0]["current"] as? Int == 5)
        DORAExportTests.expectClose(targets[0]["expected"], 3.5 + 2.5 * 31 / 60, "expected")
        #expect(targets[0]["status"] as? String == "on_track" && targets[0]["scope"] as? String == "pay" && targets[0]["note"] as? String == "Daily")
        let events = try #require(pay["events"] as? [[String: Any]])
        #expect(
            events.map { "\($0["date"]!) \($0["title"]!) \($0["scope"]!)" } == [
                "2026-10-01 Org event org", "2026-10-05 Shop event shop", "2026-11-02 Team event pay",
            ])

        let old = try #require(DORAExportTests.json(folder.path + "/S/data/teams/old.json")["dora"] as? [String: Any])
        let oldWindow = try #require(old["window"] as? [String: Any])
        #expect(oldWindow["stale"] as? Bool == true && oldWindow["observed_to"] as? String == "2026-10-05" && oldWindow["observed_days"] as? Int == 0)
        #expect(oldWindow["deployments"] is NSNull && oldWindow["lead_time_hours"] is NSNull)
        #expect((oldWindow["tiers"] as? [String: Any])?.values.allSatisfy { $0 is NSNull } == true)
        #expect((old["previous"] as? [String: Any])?["observed_days"] as? Int == 5)
    }

    @Test("unit and org: stale counts, Quick Check spread, pooled change, changes, targets and events")
    func unit() throws {
        let folder = try TestFolder(Self.site)
        defer { folder.delete() }
        _ = try SiteBuilder.build(SiteBuildTests.options(folder))
        let shop = try DORAExportTests.json(folder.path + "/S/data/units/shop.json")
        let dora = try #require(shop["dora"] as? [String: Any])
        let window = try #require(dora["window"] as? [String: Any])
        let tiers = try #require(window["team_tiers"] as? [String: [String: Int]])
        #expect(tiers["deployment_frequency"] == ["elite": 1, "high": 0, "medium": 0, "low": 0, "none": 0, "stale": 1])
        #expect(tiers["lead_time"] == ["elite": 0, "high": 0, "medium": 0, "low": 0, "none": 1, "stale": 1])
        #expect(window["deployments_per_week"] as? Int == 5)  // 20·7/28: days(P), not observed days
        let spread = try #require(window["quick_check"] as? [String: [String: Any]])
        #expect(spread["deployment_frequency"]?["p50"] as? Int == 8 && spread["deployment_frequency"]?["n"] as? Int == 1)
        #expect(spread["lead_time"]?["n"] as? Int == 0 && spread["lead_time"]?["p50"] is NSNull)
        // Pooled: 15 deployments before (3.75/week), 20 now (5/week): ratio 4/3.
        let change = try #require((dora["change"] as? [String: [String: Any]])?["deployment_frequency"])
        #expect(change["previous"] as? Double == 3.75 && change["notable"] as? Bool == true && change["direction"] as? String == "better")
        let changes = try #require(shop["changes"] as? [[String: Any]])
        #expect(changes.count == 1)
        #expect(
            changes.first?["team"] as? String == "pay" && changes.first?["tier_from"] as? String == "high" && changes.first?["tier_to"] as? String == "elite")
        let targets = try #require(shop["targets"] as? [[String: Any]])
        #expect(targets.map { $0["status"] as? String } == ["no_data"] && targets[0]["baseline"] is NSNull)
        #expect((shop["events"] as? [[String: Any]])?.map { $0["title"] as? String } == ["Org event", "Shop event"])

        let org = try DORAExportTests.json(folder.path + "/S/data/org.json")
        #expect((org["targets"] as? [[String: Any]])?.map { $0["scope"] as? String } == ["pay", "shop"])
        #expect((org["events"] as? [[String: Any]])?.map { $0["title"] as? String } == ["Org event"])
        #expect((org["changes"] as? [[String: Any]])?.count == 1)
        let methodology = try #require(folder.read("S/methodology/index.html"))
        #expect(
            methodology.contains(
                "industry means: lead time 5.5, deployment frequency 4.8, recovery time 7.4, change failure rate 8.1, rework 7.8, performance 6.72."))
        #expect(methodology.contains("Why there is no dora-2024 benchmark"))
    }

    @Test("an as-of day past most data: every stale team and the site get a warning, counted in the report")
    func pastMostData() throws {
        let folder = try TestFolder(Self.site)
        defer { folder.delete() }
        var options = SiteBuildTests.options(folder)
        options.asOf = Day(year: 2027, month: 1, day: 31)
        let report = try SiteBuilder.build(options)
        // pay's last record is 20 Nov, 72 days before; old's 5 Oct: 2 of 2 stale, more than half.
        #expect(report.warnings.count == 3)
        #expect(
            report.warnings.map(\.message).contains(
                "the as-of day 2027-01-31 (--as-of) is past most data: 2 of 2 teams with DORA data have no record in the last 14 days"))
        #expect(report.warnings.contains { $0.file.hasSuffix("C/site.yaml") && $0.field == "as_of" })
        let window = try #require((DORAExportTests.json(folder.path + "/S/data/units/shop.json")["dora"] as? [String: Any])?["window"] as? [String: Any])
        #expect((window["team_tiers"] as? [String: [String: Int]])?["deployment_frequency"]?["stale"] == 2)
    }
}
