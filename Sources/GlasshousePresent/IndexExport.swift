import GlasshouseCompute
import GlasshouseCore

/// `data/index.json` (site.md §4): what the export holds.
public enum IndexExport {
    public static func file(content: Content, asOf: AsOf, tree: OrgTree) -> OutputFile {
        let json = JSON.object([
            ("schema", .string("glasshouse/index@1")),
            ("as_of", .string(asOf.day.description)),
            ("title", .string(content.config.title)),
            ("benchmark", .string(content.config.dora.benchmark)),
            ("teams", .array(content.teams.map { .string($0.id) })),
            ("units", .array(tree.units.map { .string($0.id) })),
        ])
        return OutputFile(path: "data/index.json", text: json.serialized())
    }
}
