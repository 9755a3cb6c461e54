import GlasshouseCore
import GlasshouseSQL
import Testing

@testable import GlasshouseSQL

/// `glasshouse sql`'s settings relations (docs/scale.md): zone offsets, periods, literals.
struct WarehouseQueryTests {
    let berlin = SiteZone(identifier: "Europe/Berlin")!

    @Test func berlinOffsetsChangeAtTheEuropeanTransitionsOf2026() {
        let zone = ZoneOffsets(zone: "Europe/Berlin", from: Day(year: 2026, month: 1, day: 1)!, through: Day(year: 2026, month: 12, day: 31)!)
        // 2026-03-29T01:00:00Z = 1774746000 (CET → CEST), 2026-10-25T01:00:00Z = 1792890000 (CEST → CET).
        let utc: [ZoneOffsets.Span] = [
            .init(from: nil, to: 1_774_746_000, offset: 3600),
            .init(from: 1_774_746_000, to: 1_792_890_000, offset: 7200),
            .init(from: 1_792_890_000, to: nil, offset: 3600),
        ]
        #expect(zone.utc == utc)
        // Local wall clock: 02:00–03:00 on 29 March does not exist and keeps +01:00; 02:00–03:00 on
        // 25 October happens twice and takes the earlier, +02:00.
        let spring: Int64 = 1_774_753_200, autumn: Int64 = 1_792_897_200  // the transitions + 2 h
        let local: [ZoneOffsets.Span] = [
            .init(from: nil, to: spring, offset: 3600),
            .init(from: spring, to: autumn, offset: 7200),
            .init(from: autumn, to: nil, offset: 3600),
        ]
        #expect(zone.local == local)
    }

    @Test func kolkataHasOneSpanAtPlusFiveThirty() {
        let zone = ZoneOffsets(zone: "Asia/Kolkata", from: Day(year: 2025, month: 1, day: 1)!, through: Day(year: 2026, month: 12, day: 31)!)
        #expect(zone.utc == [.init(from: nil, to: nil, offset: 19_800)])
        #expect(zone.local == zone.utc)
    }

    @Test func weeklyQueryHoldsTheSeriesEndingWithAPartialWeek() {
        var config = SiteConfig(title: "T", timezone: berlin)
        config.historyWeeks = 3
        config.dora.productionEnvironments = ["production", "prod", "production"]
        let asOf = Day(year: 2026, month: 11, day: 20)!  // a Friday, in 2026-W47 (16–22 November)
        let text = WarehouseQuery.text(dialect: .duckdb, granularity: .week, config: config, asOf: asOf)
        #expect(text.contains("SELECT \(asOf.ordinal) AS as_of_day  -- 2026-11-20"))
        #expect(text.contains("    SELECT 'production' AS environment\n    UNION ALL SELECT 'prod' AS environment\n), glasshouse_zone"))
        let weeks = text.split(separator: "\n").filter { $0.contains(" AS period, ") }
        #expect(weeks.count == 3)
        #expect(weeks[0].hasSuffix("-- 2026-11-02 to 2026-11-08"))
        #expect(weeks[0].contains("'2026-W45' AS period, \(Day(year: 2026, month: 11, day: 2)!.ordinal) AS first_day"))
        #expect(weeks[2].hasSuffix("-- 2026-11-16 to 2026-11-20"))
        #expect(text.contains("), stamp_texts AS ("))
    }

    @Test func monthlyQueryStopsAtD() {
        var config = SiteConfig(title: "T", timezone: .utc)
        config.historyMonths = 2
        let text = WarehouseQuery.text(dialect: .trino, granularity: .month, config: config, asOf: Day(year: 2026, month: 3, day: 1)!)
        let months = text.split(separator: "\n").filter { $0.contains(" AS period, ") }
        #expect(months[0].hasSuffix("-- 2026-02-01 to 2026-02-28"))
        #expect(months[1].hasSuffix("-- 2026-03-01 to 2026-03-01"))
        #expect(months[0].contains("'2026-02'"))
        #expect(text.contains("'utc' AS kind, -1000000000000 AS from_s, 1000000000000 AS to_s, 0 AS offset_s"))
    }

    @Test func doraSinceOfEachTeamIsARow() {
        let config = SiteConfig(title: "T")
        let since = Day(year: 2026, month: 11, day: 2)!
        let text = WarehouseQuery.text(
            dialect: .bigquery, granularity: .week, config: config, asOf: Day(year: 2026, month: 11, day: 20)!, since: ["search": since])
        #expect(
            text.contains(
                "), glasshouse_since AS (\n    SELECT '' AS team, 0 AS since_day\n    UNION ALL SELECT 'search' AS team, \(since.ordinal) AS since_day  -- 2026-11-02\n), glasshouse_production"
            ))
        let none = WarehouseQuery.text(dialect: .bigquery, granularity: .week, config: config, asOf: Day(year: 2026, month: 11, day: 20)!)
        #expect(none.contains("), glasshouse_since AS (\n    SELECT '' AS team, 0 AS since_day\n), glasshouse_production"))
    }

    @Test func literalsAreEscapedPerDialect() {
        #expect(SQLDialect.duckdb.literal("it's") == "'it''s'")
        #expect(SQLDialect.trino.literal("it's") == "'it''s'")
        #expect(SQLDialect.bigquery.literal("it's \\") == "'it\\'s \\\\'")
        #expect(SQLDialect.spark.literal("it's") == "'it\\'s'")
    }

    @Test func everyDialectHasAnEmbeddedBody() {
        for dialect in SQLDialect.allCases {
            #expect(WarehouseQuery.body(dialect).hasPrefix("stamp_texts AS ("), "\(dialect)")
        }
    }
}
