import GlasshouseCompute
import GlasshouseCore
import GlasshouseLoad
import GlasshouseSQL

/// `glasshouse sql`: the site's DORA definitions as one warehouse query, with the settings of
/// site.yaml, the teams' `dora_since` and the as-of day filled in (docs/scale.md). The content is
/// loaded (and so validated) as for a build.
public enum WarehouseSQLCommand {
    public static func text(_ options: BuildOptions, dialect: SQLDialect, granularity: SQLGranularity) throws(BuildFailure) -> String {
        let content = try SiteBuilder.loadContent(SiteBuilder.contentFolder(options))
        let config = content.config
        let asOf = try SiteBuilder.resolveAsOf(options, config: config)
        var since: [String: Day] = [:]
        for team in content.teams { since[team.id] = team.doraSince }
        return WarehouseQuery.text(dialect: dialect, granularity: granularity, config: config, asOf: asOf.day, since: since)
    }
}
