import Foundation
import GlasshouseCompute
import GlasshouseCore

/// `glasshouse sql`: the warehouse query of the site's DORA summaries (docs/scale.md) — the body of
/// sql/dora.sql in one dialect, behind five small relations holding the site's settings.
public enum WarehouseQuery {
    /// The sentinel for an open span bound: far beyond any timestamp (±31,688 years of seconds).
    static let unbounded: Int64 = 1_000_000_000_000

    /// The whole query for `config` as of `asOf`: every team's `granularity` series ending with D.
    /// `since` holds the teams' team.yaml `dora_since` (records dated before it are ignored).
    public static func text(dialect: SQLDialect, granularity: SQLGranularity, config: SiteConfig, asOf: Day, since: [String: Day] = [:]) -> String {
        let series = PeriodSeries(
            asOf: asOf, windowDays: config.windowDays, historyWeeks: config.historyWeeks, historyMonths: config.historyMonths
        )
        let periods = granularity == .week ? series.weeks : series.months
        // A year of margin before the series: date-only values and late commits near it stay exact.
        let zone = ZoneOffsets(zone: config.timezone.identifier, from: periods[0].start.advanced(by: -366), through: asOf.advanced(by: 1))
        var environments: [String] = []
        for name in config.dora.productionEnvironments where !environments.contains(name) { environments.append(name) }

        var lines = [
            "-- Glasshouse DORA summaries (metrics.md §1–2): each team's \(granularity == .week ? "weekly" : "monthly") figures in the shape of dora.csv,",
            "-- as of \(asOf) in \(config.timezone.identifier), \(periods.count) \(granularity.rawValue)s ending with D. Dialect: \(dialect.rawValue).",
            "-- Reads tables deployments, changes and incidents: the CSV columns plus `team`, all text, empty cells NULL.",
            "-- Written by `glasshouse sql` from sql/dora.sql; see docs/scale.md.",
            "WITH glasshouse_settings AS (",
            "    SELECT \(asOf.ordinal) AS as_of_day  -- \(asOf)",
            "), glasshouse_since AS (",
        ]
        // No team id is empty: the first row only gives the relation its columns when no team has dora_since.
        lines += union(
            ["'' AS team, 0 AS since_day"]
                + since.sorted { $0.key < $1.key }.map { team, day in
                    "\(dialect.literal(team)) AS team, \(day.ordinal) AS since_day  -- \(day)"
                })
        lines.append("), glasshouse_production AS (")
        lines += union(environments.map { "\(dialect.literal($0)) AS environment" })
        lines.append("), glasshouse_zone AS (")
        let spans = zone.utc.map { ("utc", $0) } + zone.local.map { ("local", $0) }
        lines += union(
            spans.map { kind, span in
                "'\(kind)' AS kind, \(span.from ?? -unbounded) AS from_s, \(span.to ?? unbounded) AS to_s, \(span.offset) AS offset_s"
            })
        lines.append("), glasshouse_periods AS (")
        lines += union(
            periods.map { period in
                "\(dialect.literal(period.label)) AS period, \(period.start.ordinal) AS first_day, \(period.end.ordinal) AS last_day  -- \(period.start) to \(period.end)"
            })
        lines.append("), " + body(dialect))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `SELECT a` / `UNION ALL SELECT b` …: a constant relation every dialect reads (BigQuery has no VALUES).
    static func union(_ rows: [String]) -> [String] {
        rows.enumerated().map { index, row in (index == 0 ? "    SELECT " : "    UNION ALL SELECT ") + row }
    }

    /// The dialect's query body after its leading `WITH ` (and the source's header comments).
    static func body(_ dialect: SQLDialect) -> String {
        let text = dialect.queryBody
        guard let with = text.range(of: "WITH ") else { preconditionFailure("the embedded \(dialect) query has no WITH") }
        return String(text[with.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
