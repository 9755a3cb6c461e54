import GlasshouseCompute
import GlasshouseCore

/// The `freshness` section of a team in the JSON export (site.md §4): per kind, its latest day and
/// whether it is stale.
enum FreshnessExport {
    static func freshness(_ value: Freshness) -> JSON {
        .object([("latest", .nullable(value.latest)), ("stale", .bool(value.stale))])
    }
}
