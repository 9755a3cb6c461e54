import GlasshouseCore
import GlasshousePipeline
import GlasshouseSQL
import GlasshouseTesting
import Testing

@Suite("glasshouse sql")
struct WarehouseSQLCommandTests {
    func options(_ folder: TestFolder, asOf: Day? = nil, epoch: String? = nil) -> BuildOptions {
        var options = BuildOptions(now: Instant(seconds: 0))
        options.content = folder.path
        options.asOf = asOf
        options.sourceDateEpoch = epoch
        return options
    }

    @Test("site.yaml's zone, environments, series length and as_of are filled in; --as-of wins")
    func settings() throws {
        let folder = try TestFolder([
            "site.yaml": """
            title: T
            timezone: Asia/Kolkata
            as_of: 2026-02-10
            history_months: 2
            dora:
              production_environments: [Live, prod]
            """
        ])
        defer { folder.delete() }
        let text = try WarehouseSQLCommand.text(options(folder), dialect: .spark, granularity: .month)
        #expect(text.contains("as of 2026-02-10 in Asia/Kolkata, 2 months ending with D. Dialect: spark."))
        #expect(text.contains("SELECT 'live' AS environment\n    UNION ALL SELECT 'prod' AS environment\n"))
        #expect(text.contains("'utc' AS kind, -1000000000000 AS from_s, 1000000000000 AS to_s, 19800 AS offset_s"))
        #expect(text.contains("SELECT '2026-01' AS period"))
        #expect(
            text.contains(
                "UNION ALL SELECT '2026-02' AS period, \(Day(year: 2026, month: 2, day: 1)!.ordinal) AS first_day, \(Day(year: 2026, month: 2, day: 10)!.ordinal) AS last_day"
            ))
        let later = try WarehouseSQLCommand.text(options(folder, asOf: Day(year: 2026, month: 3, day: 31)!), dialect: .spark, granularity: .month)
        #expect(later.contains("SELECT \(Day(year: 2026, month: 3, day: 31)!.ordinal) AS as_of_day  -- 2026-03-31"))
        #expect(later.contains("SELECT '2026-02' AS period") && later.contains("UNION ALL SELECT '2026-03' AS period"))
    }

    @Test("a bad site.yaml is a content error naming the file")
    func badSite() throws {
        let folder = try TestFolder(["site.yaml": "title: T\ntimezone: Mars/Olympus\n"])
        defer { folder.delete() }
        #expect {
            try WarehouseSQLCommand.text(options(folder), dialect: .duckdb, granularity: .week)
        } throws: { error in
            guard case BuildFailure.content(let diagnostics) = error else { return false }
            return diagnostics.contains { $0.file.hasSuffix("site.yaml") && $0.message.contains("Mars/Olympus") }
        }
    }
}
