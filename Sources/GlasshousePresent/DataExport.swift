import GlasshouseCompute
import GlasshouseCore

/// The machine-readable export under `data/` (site.md §4): the index, one file per team and unit,
/// the org, and each team's raw files except withheld sections.
public enum DataExport {
    /// `reusing`: team JSON files of an earlier build (by team id) for teams whose inputs are
    /// unchanged (`glasshouse serve`).
    public static func files(content: Content, figures: SiteFigures, reusing previous: [String: OutputFile] = [:]) -> [OutputFile] {
        var files = [index(content: content, figures: figures)]
        let currency = content.config.currency
        let teamFiles = Parallel.map(content.teams) { team in
            previous[team.id] ?? OutputFile(path: "data/teams/\(team.id).json", text: teamJSON(team, figures: figures, currency: currency).serialized())
        }
        for (team, file) in zip(content.teams, teamFiles) {
            files.append(file)
            for download in team.downloads where !team.isPrivate(download.section) {
                files.append(OutputFile(path: "data/teams/\(team.id)/\(download.name)", bytes: download.bytes))
            }
        }
        for unit in figures.tree.units {
            let json = unitJSON(
                id: unit.id, name: unit.name, parent: unit.parent, units: figures.tree.children(of: unit.id),
                teams: figures.tree.subtreeTeams(of: unit.id), rollup: figures.units[unit.id]!, figures: figures, currency: currency
            )
            files.append(OutputFile(path: "data/units/\(unit.id).json", text: json.serialized()))
        }
        let org = unitJSON(
            id: "org", name: content.orgName, parent: nil, units: figures.tree.children(of: nil),
            teams: figures.tree.subtreeTeams(of: nil), rollup: figures.org, figures: figures, currency: currency
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

    static let withheld = JSON.object([("private", .bool(true))])

    static func teamJSON(_ team: Team, figures: SiteFigures, currency: String) -> JSON {
        let result = figures.teams[team.id]!
        func section(_ section: Section, _ value: () -> JSON) -> JSON { team.isPrivate(section) ? withheld : value() }
        let freshness = result.freshness
        return .object([
            ("schema", .string("glasshouse/team@1")),
            ("as_of", .string(figures.asOf.description)),
            ("benchmark", .string(figures.benchmark.name)),
            ("team", .object([
                ("id", .string(team.id)),
                ("name", .string(team.name)),
                ("unit", .nullable(team.unit)),
                ("private", .array(team.privateSections.sorted().map { .string($0.rawValue) })),
            ])),
            ("dora", section(.dora) { optional(result.dora) { DORAExport.report($0.report) } }),
            ("slos", section(.slos) { .array((result.slos ?? []).map(OtherExport.slo)) }),
            ("costs", section(.costs) { optional(result.costs) { OtherExport.costs($0, currency: currency, perTeam: true) } }),
            ("calms", section(.calms) { optional(result.calms, OtherExport.calms) }),
            ("freshness", .object([
                ("dora", section(.dora) { optional(freshness.dora, OtherExport.freshness) }),
                ("incidents", section(.incidents) { optional(freshness.incidents, OtherExport.freshness) }),
                ("slos", section(.slos) { optional(freshness.slos, OtherExport.freshness) }),
                ("costs", section(.costs) { optional(freshness.costs, OtherExport.freshness) }),
                ("calms", section(.calms) { optional(freshness.calms, OtherExport.freshness) }),
            ])),
        ])
    }

    static func unitJSON(id: String, name: String, parent: String?, units: [String], teams: [String], rollup: UnitFigures, figures: SiteFigures, currency: String) -> JSON {
        let counts = SLOCounts(rollup.slos)
        return .object([
            ("schema", .string("glasshouse/unit@1")),
            ("unit", .object([
                ("id", .string(id)),
                ("name", .string(name)),
                ("parent", .nullable(parent)),
                ("units", .array(units.map { .string($0) })),
                ("teams", .array(teams.map { .string($0) })),
            ])),
            ("as_of", .string(figures.asOf.description)),
            ("benchmark", .string(figures.benchmark.name)),
            ("dora", optional(rollup.dora, DORAExport.report)),
            ("slos", .object([("total", .int(counts.total)), ("met", .int(counts.met))] + SLOStatus.allCases.map { ($0.rawValue, .int(counts[$0])) })),
            ("costs", optional(rollup.costs) { OtherExport.costs($0, currency: currency, perTeam: false) }),
            ("calms", optional(rollup.calms, OtherExport.calmsSummary)),
        ])
    }

    static func optional<T>(_ value: T?, _ transform: (T) -> JSON) -> JSON { value.map(transform) ?? .null }
}
