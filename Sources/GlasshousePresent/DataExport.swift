import GlasshouseCompute
import GlasshouseCore

/// The machine-readable export under `data/` (site.md §4): the index, one file per team and unit,
/// and the org.
public enum DataExport {
    public static func files(content: Content, figures: SiteFigures) -> [OutputFile] {
        var files = [index(content: content, figures: figures)]
        for team in content.teams {
            files.append(OutputFile(path: "data/teams/\(team.id).json", text: teamJSON(team, figures: figures).serialized()))
        }
        for unit in figures.tree.units {
            let json = unitJSON(
                id: unit.id, name: unit.name, parent: unit.parent, units: figures.tree.children(of: unit.id),
                teams: figures.tree.subtreeTeams(of: unit.id), dora: figures.unitDORA[unit.id], figures: figures
            )
            files.append(OutputFile(path: "data/units/\(unit.id).json", text: json.serialized()))
        }
        let org = unitJSON(
            id: "org", name: content.orgName, parent: nil, units: figures.tree.children(of: nil),
            teams: figures.tree.subtreeTeams(of: nil), dora: figures.orgDORA, figures: figures
        )
        files.append(OutputFile(path: "data/org.json", text: org.serialized()))
        return files
    }

    static func index(content: Content, figures: SiteFigures) -> OutputFile {
        let json = JSON.object([
            ("schema", .string("glasshouse/index@1")),
            ("as_of", .string(figures.asOf.description)),
            ("title", .string(content.config.title)),
            ("benchmark", .string(figures.benchmark.name)),
            ("teams", .array(content.teams.map { .string($0.id) })),
            ("units", .array(figures.tree.units.map { .string($0.id) })),
        ])
        return OutputFile(path: "data/index.json", text: json.serialized())
    }

    static func teamJSON(_ team: Team, figures: SiteFigures) -> JSON {
        let withheld = team.privateSections.sorted()
        let dora: JSON
        if team.isPrivate(.dora) {
            dora = .object([("private", .bool(true))])
        } else {
            dora = figures.teamDORA[team.id].map { DORAExport.report($0.report) } ?? .null
        }
        return .object([
            ("schema", .string("glasshouse/team@1")),
            ("as_of", .string(figures.asOf.description)),
            ("benchmark", .string(figures.benchmark.name)),
            ("team", .object([
                ("id", .string(team.id)),
                ("name", .string(team.name)),
                ("unit", team.unit.map { .string($0) } ?? .null),
                ("private", .array(withheld.map { .string($0.rawValue) })),
            ])),
            ("dora", dora),
        ])
    }

    static func unitJSON(id: String, name: String, parent: String?, units: [String], teams: [String], dora: DORAReport?, figures: SiteFigures) -> JSON {
        .object([
            ("schema", .string("glasshouse/unit@1")),
            ("unit", .object([
                ("id", .string(id)),
                ("name", .string(name)),
                ("parent", parent.map { .string($0) } ?? .null),
                ("units", .array(units.map { .string($0) })),
                ("teams", .array(teams.map { .string($0) })),
            ])),
            ("as_of", .string(figures.asOf.description)),
            ("benchmark", .string(figures.benchmark.name)),
            ("dora", dora.map(DORAExport.report) ?? .null),
        ])
    }
}
