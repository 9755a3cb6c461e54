import GlasshouseCompute
import GlasshouseCore
import GlasshouseLoad
import GlasshouseSQL

/// `glasshouse sql`: the site's DORA definitions as one warehouse query, with the settings of
/// site.yaml, the teams' `dora_since` and the as-of day filled in (docs/scale.md). The content is
/// loaded (and so validated) as for a build.
public enum WarehouseSQLCommand {
    public static func text(_ options: BuildOptions, dialect: SQLDialect, granularity: SQLGranularity) throws(BuildFailure) -> String {
        guard let folder = SourceFolder(path: options.content) else {
            throw .content([Diagnostic(.error, file: options.content, message: "the content folder does not exist or is not a folder")])
        }
        let content: Content
        do {
            content = try ContentLoader.load(from: folder)
        } catch {
            throw .content(error.diagnostics)
        }
        let config = content.config
        let asOf: AsOf
        do {
            asOf = try AsOf.resolve(
                option: options.asOf, sourceDateEpoch: options.sourceDateEpoch, configured: config.asOf, now: options.now, zone: config.timezone)
        } catch {
            throw .usage("SOURCE_DATE_EPOCH=\"\(error.value)\" is not a whole number of seconds")
        }
        var since: [String: Day] = [:]
        for team in content.teams { since[team.id] = team.doraSince }
        return WarehouseQuery.text(dialect: dialect, granularity: granularity, config: config, asOf: asOf.day, since: since)
    }
}
