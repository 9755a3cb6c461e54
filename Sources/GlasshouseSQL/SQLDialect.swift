import Foundation

/// The warehouse SQL dialects `glasshouse sql` prints (docs/scale.md). DuckDB's is the source
/// (sql/dora.sql); the others are transpiled from it by sqlglot (sql/transpile.py).
public enum SQLDialect: String, Sendable, CaseIterable {
    case duckdb, bigquery, spark, snowflake, trino

    /// A string literal in this dialect: BigQuery and Spark escape with backslashes, the others double the quote.
    func literal(_ text: String) -> String {
        switch self {
        case .bigquery, .spark:
            let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
            return "'\(escaped)'"
        case .duckdb, .snowflake, .trino:
            return "'\(text.replacingOccurrences(of: "'", with: "''"))'"
        }
    }
}

/// The periods a warehouse query summarises: the site's weekly or monthly series.
public enum SQLGranularity: String, Sendable, CaseIterable {
    case week, month
}
