import GlasshouseCompute
import GlasshouseCore

/// The machine-readable export under `data/` (site.md §4): the index, one file per team and unit,
/// the org, each team's published raw files, and the JSON Schemas of the files. Teams come from
/// the publication; units and the org from the rollups.
public enum DataExport {
    /// `reusing`: team JSON files of an earlier build (by team id) for teams whose inputs are
    /// unchanged (`glasshouse serve`); `other`: any other file of an earlier build (by path)
    /// whose inputs are unchanged.
    public static func files(
        content: Content, publication: Publication, figures: SiteFigures, reusing previous: [String: OutputFile] = [:], other: [String: OutputFile] = [:],
        into sink: any OutputSink = InMemorySink()
    ) -> [OutputFile] {
        var files = sink.take([other[OutputPaths.dataIndex] ?? index(content: content, publication: publication, figures: figures)])
        let currency = content.config.currency
        // Teams that withhold their costs are not named in `by_team` (content.md §4).
        let withheldCosts = publication.withholding(.costs)
        let teamFiles = Parallel.map(publication.teams) { team in
            sink.take([
                previous[team.id]
                    ?? OutputFile(
                        path: OutputPaths.teamData(team.id),
                        bytes: teamJSON(team, figures: figures, currency: currency, zone: content.config.timezone).serializedBytes())
            ])
        }
        for (team, file) in zip(publication.teams, teamFiles) {
            files += file
            files += sink.take(team.downloads.map { $0.output(at: OutputPaths.teamDownload(team.id, $0.name)) })
        }
        var rest: [OutputFile] = []
        for unit in figures.tree.units {
            if let reused = other[OutputPaths.unitData(unit.id)] {
                rest.append(reused)
                continue
            }
            let json = unitJSON(
                id: unit.id, name: unit.name, parent: unit.parent, units: figures.tree.children(of: unit.id),
                teams: figures.tree.subtreeTeams(of: unit.id), rollup: figures.units[unit.id]!, leadership: figures.leadership.units[unit.id]!,
                figures: figures, currency: currency,
                withheldCosts: withheldCosts
            )
            rest.append(OutputFile(path: OutputPaths.unitData(unit.id), bytes: json.serializedBytes()))
        }
        if let reused = other[OutputPaths.orgData] { return files + sink.take(rest + [reused] + ExportSchemas.files()) }
        let org = unitJSON(
            id: "org", name: content.orgName, parent: nil, units: figures.tree.children(of: nil),
            teams: figures.tree.subtreeTeams(of: nil), rollup: figures.org, leadership: figures.leadership.org, figures: figures, currency: currency,
            withheldCosts: withheldCosts
        )
        rest.append(OutputFile(path: OutputPaths.orgData, bytes: org.serializedBytes()))
        return files + sink.take(rest + ExportSchemas.files())
    }

    static func index(content: Content, publication: Publication, figures: SiteFigures) -> OutputFile {
        let json = JSON.object([
            ("schema", .string("glasshouse/index@1")),
            ("as_of", .string(figures.asOf.description)),
            ("title", .string(content.config.title)),
            ("benchmark", .string(figures.benchmark.name)),
            ("teams", .array(publication.teams.map { .string($0.id) })),
            ("units", .array(figures.tree.units.map { .string($0.id) })),
            ("names", .object(names(publication: publication, figures: figures))),
        ])
        return OutputFile(path: OutputPaths.dataIndex, bytes: json.serializedBytes())
    }

    /// Id → name of every team, then of every unit; a unit whose id is also a team's is named once, as the team.
    static func names(publication: Publication, figures: SiteFigures) -> [(String, JSON)] {
        var seen = Set<String>()
        var pairs: [(String, JSON)] = []
        for (id, name) in publication.teams.map({ ($0.id, $0.name) }) + figures.tree.units.map({ ($0.id, $0.name) }) where seen.insert(id).inserted {
            pairs.append((id, .string(name)))
        }
        return pairs
    }

    static let withheld = JSON.object([("private", .bool(true))])

    /// A team's file: a withheld section is `{"private": true}`, an absent one `null` (`[]` for SLOs).
    static func teamJSON(_ team: PublishedTeam, figures: SiteFigures, currency: String, zone: SiteZone) -> JSON {
        func section(_ kind: DataKind, _ value: () -> JSON) -> JSON { team.visibility(kind.section) == .withheld ? withheld : value() }
        // Each kind's section, and its freshness, is keyed by the kind's name (site.md §4).
        let sections: [(String, JSON)] = DataKind.allCases.map { kind in
            (kind.rawValue, section(kind) { kindJSON(kind, team: team, currency: currency, zone: zone) })
        }
        let freshness: [(String, JSON)] = DataKind.allCases.map { kind in
            (kind.rawValue, section(kind) { optional(team.freshness[kind], FreshnessExport.freshness) })
        }
        return .object(
            [
                ("schema", .string("glasshouse/team@1")),
                ("as_of", .string(figures.asOf.description)),
                ("benchmark", .string(figures.benchmark.name)),
                (
                    "team",
                    .object([
                        ("id", .string(team.id)),
                        ("name", .string(team.name)),
                        ("unit", .nullable(team.unit)),
                        ("private", .array(team.withheld.map { .string($0.rawValue) })),
                    ])
                ),
            ] + sections + [("freshness", .object(freshness))] + LeadershipExport.pairs(team.leadership, changes: false))
    }

    /// One kind's section of a team's file, when the team publishes it.
    static func kindJSON(_ kind: DataKind, team: PublishedTeam, currency: String, zone: SiteZone) -> JSON {
        switch kind {
        case .dora: optional(team.dora) { DORAExport.report($0.report) }
        case .incidents: optional(team.incidents) { IncidentExport.incidents($0, zone: zone) }
        case .slos: .array((team.slos ?? []).map(SLOExport.slo))
        case .costs: optional(team.costs) { CostExport.costs($0, currency: currency, perTeam: true) }
        case .calms: optional(team.calms, CALMSExport.calms)
        }
    }

    static func unitJSON(
        id: String, name: String, parent: String?, units: [String], teams: [String], rollup: UnitFigures, leadership: ScopeLeadership,
        figures: SiteFigures, currency: String, withheldCosts: Set<String>
    ) -> JSON {
        let counts = SLOCounts(rollup.slos)
        return .object(
            [
                ("schema", .string("glasshouse/unit@1")),
                (
                    "unit",
                    .object([
                        ("id", .string(id)),
                        ("name", .string(name)),
                        ("parent", .nullable(parent)),
                        ("units", .array(units.map { .string($0) })),
                        ("teams", .array(teams.map { .string($0) })),
                    ])
                ),
                ("as_of", .string(figures.asOf.description)),
                ("benchmark", .string(figures.benchmark.name)),
                ("dora", optional(rollup.dora, DORAExport.report)),
                ("slos", .object([("total", .int(counts.total)), ("met", .int(counts.met))] + SLOStatus.allCases.map { ($0.rawValue, .int(counts[$0])) })),
                ("costs", optional(rollup.costs) { CostExport.costs($0, currency: currency, perTeam: false, withheld: withheldCosts) }),
                ("calms", optional(rollup.calms, CALMSExport.calmsSummary)),
            ] + LeadershipExport.pairs(leadership, changes: true))
    }

    static func optional<T>(_ value: T?, _ transform: (T) -> JSON) -> JSON { value.map(transform) ?? .null }
}
