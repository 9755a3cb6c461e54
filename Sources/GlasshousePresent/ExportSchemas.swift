import GlasshouseCore

/// The JSON Schemas (2020-12) of the export (site.md §4), published at `data/schema/index.json`,
/// `data/schema/team.json` and `data/schema/unit.json`. Written in Swift so that the binary stays
/// self-contained; every object whose shape is fixed lists its keys as `required` and allows no
/// other, so a missing or misspelt key fails validation.
enum ExportSchemas {
    static let index = OutputPaths.schema("index")
    static let team = OutputPaths.schema("team")
    static let unit = OutputPaths.schema("unit")

    static func files() -> [OutputFile] {
        [
            OutputFile(path: index, bytes: indexSchema.serializedBytes()),
            OutputFile(path: team, bytes: teamSchema.serializedBytes()),
            OutputFile(path: unit, bytes: unitSchema.serializedBytes()),
        ]
    }

    // MARK: The three documents (team and unit in ExportTeamSchema.swift, ExportUnitSchema.swift)

    static var indexSchema: JSON {
        document(
            id: "index", title: "Glasshouse index (data/index.json)",
            object([
                ("schema", constant("glasshouse/index@1")), ("as_of", date), ("title", string), ("benchmark", string), ("teams", array(id)),
                ("units", array(id)), ("names", map(string, description: "Id → name of every team and unit.")),
            ]))
    }

    // MARK: Shared parts

    /// The tier table's tiers and metrics, in its order.
    static let tiers = Tier.allCases.map(\.rawValue)
    static let tieredMetrics = TieredMetric.allCases.map(\.rawValue)

    static var commonDefs: [(String, JSON)] {
        [
            ("distribution", object([("p50", nullable(number)), ("p90", nullable(number)), ("n", integer(minimum: 0))])),
            (
                "distributionOpen",
                object([("p50", nullable(number)), ("p90", nullable(number)), ("n", integer(minimum: 0)), ("open", nullable(integer(minimum: 0)))])
            ),
            ("tiers", object(tieredMetrics.map { ($0, nullable(enumeration(tiers))) })),
            ("pillarScores", object(Pillar.allCases.map { ($0.rawValue, number) })),
            ("withheld", object([("private", constant(true))])),
            (
                "change",
                object(
                    tieredMetrics.map { metric in
                        (
                            metric,
                            object([
                                ("previous", nullable(number)), ("current", nullable(number)), ("delta", nullable(number)), ("ratio", nullable(number)),
                                ("direction", nullable(enumeration(["better", "worse", "steady"]))), ("notable", boolean),
                            ])
                        )
                    })
            ),
            (
                "target",
                object([
                    ("scope", id), ("metric", .object([("type", .string("string")), ("pattern", .string(targetMetricPattern))])), ("value", number),
                    ("since", date), ("by", date), ("baseline", nullable(number)), ("current", nullable(number)), ("expected", nullable(number)),
                    ("status", enumeration(["no_data", "met", "missed", "on_track", "off_track"])), ("note", nullable(string)),
                ])
            ),
            ("event", object([("date", date), ("title", string), ("scope", id)])),
        ]
    }

    static let quickCheckScores = [
        "deployment_frequency", "lead_time", "recovery_time", "change_failure_rate", "rework", "throughput", "stability", "performance",
    ]
    static let targetMetricPattern =
        "^(deployment_frequency|lead_time|change_failure_rate|recovery_time|rework_rate|cost|slo:.+|calms:(culture|automation|lean|measurement|sharing|overall))$"

    /// A team's or a unit's `dora` (`scope` `team` or `unit` names its defs, like `teamWindow`):
    /// `first`, then the window, the previous window, the change, the weeks and the months.
    static func doraObject(_ scope: String, first: [(String, JSON)] = []) -> JSON {
        let window = ref(scope + "Window")
        return object(
            first + [
                ("window", window), ("previous", window), ("change", ref("change")), ("weeks", array(ref(scope + "Week"))),
                ("months", array(ref(scope + "Month"))),
            ])
    }

    /// A team period's days with DORA data (metrics.md §2.10).
    static var observedDays: [(String, JSON)] { [("observed_days", integer(minimum: 0))] }

    static var periodKeys: [(String, JSON)] {
        [("start", date), ("end", date), ("days", integer(minimum: 1)), ("partial", boolean)]
    }

    /// The DORA figures of a unit (no deploy days); a team adds its deploy days.
    static var unitFigures: [(String, JSON)] {
        // Every figure is null in a period without observed days (metrics.md §2.10).
        [
            ("deployments", nullable(integer(minimum: 0))), ("deployments_per_week", nullable(number)),
            ("failed_deployments", nullable(integer(minimum: 0))), ("change_failure_rate", nullable(fraction("failed / deployments, 0–1."))),
            ("rework_rate", nullable(fraction(nil))), ("lead_time_hours", nullable(ref("distribution"))),
            ("recovery_hours", nullable(ref("distributionOpen"))), ("incidents", nullable(integer(minimum: 0))),
            ("restore_hours", nullable(ref("distributionOpen"))), ("approx", boolean),
        ]
    }

    static var teamFigures: [(String, JSON)] {
        var figures = unitFigures
        figures.insert(("deploy_days", nullable(integer(minimum: 0))), at: 1)
        figures.insert(("deploy_days_per_week", nullable(number)), at: 3)
        return figures
    }

}
