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
            OutputFile(path: index, text: indexSchema.serialized()),
            OutputFile(path: team, text: teamSchema.serialized()),
            OutputFile(path: unit, text: unitSchema.serialized()),
        ]
    }

    // MARK: The three documents

    static var indexSchema: JSON {
        document(id: "index", title: "Glasshouse index (data/index.json)", object([
            ("schema", constant("glasshouse/index@1")),
            ("as_of", date),
            ("title", string),
            ("benchmark", string),
            ("teams", array(id)),
            ("units", array(id)),
            ("names", map(string, description: "Id → name of every team and unit.")),
        ]))
    }

    static var teamSchema: JSON {
        document(id: "team", title: "Glasshouse team (data/teams/ID.json)", object([
            ("schema", constant("glasshouse/team@1")),
            ("as_of", date),
            ("benchmark", string),
            ("team", object([
                ("id", id),
                ("name", string),
                ("unit", nullable(id)),
                ("private", array(enumeration(Section.allCases.map(\.rawValue)))),
            ])),
            ("dora", section(ref("teamDORA"))),
            ("incidents", section(array(ref("incident")))),
            ("slos", withheldOr(array(ref("slo")))),
            ("costs", section(object([("currency", string), ("months", array(ref("teamCostMonth")))]))),
            ("calms", section(ref("calms"))),
            ("freshness", object(["dora", "incidents", "slos", "costs", "calms"].map { ($0, section(ref("freshness"))) })),
            ("targets", array(ref("target"))),
            ("events", array(ref("event"))),
        ]), defs: commonDefs + [
            ("teamDORA", object([
                ("source", enumeration(["events", "summaries"])),
                ("window", ref("teamWindow")),
                ("previous", ref("teamWindow")),
                ("change", ref("change")),
                ("weeks", array(ref("teamWeek"))),
                ("months", array(ref("teamMonth"))),
            ])),
            ("teamWindow", object(periodKeys + observedDays + teamFigures + [
                ("tiers", ref("tiers")), ("stale", boolean), ("observed_to", date), ("quick_check", ref("quickCheck")),
            ])),
            ("teamWeek", object([("period", week)] + periodKeys + observedDays + teamFigures)),
            ("teamMonth", object([("period", month)] + periodKeys + observedDays + teamFigures + [("tiers", ref("tiers"))])),
            ("quickCheck", object(quickCheckScores.map { ($0, nullable(score)) })),
            ("incident", object([
                ("id", string),
                ("opened_at", timestamp),
                ("restored_at", nullable(timestamp)),
                ("service", nullable(string)),
                ("severity", nullable(string)),
                ("cause", nullable(string)),
                ("summary", nullable(string)),
            ])),
            ("slo", object([
                ("id", string),
                ("name", string),
                ("service", nullable(string)),
                ("objective", percent("The objective in percent (99.9), not a fraction.")),
                ("window_days", integer(minimum: 1)),
                ("good", number),
                ("total", number),
                ("attainment", nullable(fraction("good / total as a fraction 0–1 (compare with objective / 100)."))),
                ("met", nullable(boolean)),
                ("budget_consumed", nullable(number)),
                ("budget_remaining", nullable(number)),
                ("burn_rate_1d", nullable(number)),
                ("burn_rate_7d", nullable(number)),
                ("days_to_exhaustion", nullable(number)),
                ("status", enumeration(["healthy", "at_risk", "exhausted", "no_data", "not_enough_events"])),
                ("months", array(object([
                    ("period", month), ("good", number), ("total", number), ("attainment", nullable(fraction(nil))),
                    ("met", nullable(boolean)), ("budget_consumed", nullable(number)),
                ]))),
                ("month_to_date", object([
                    ("good", number), ("total", number), ("attainment", nullable(fraction(nil))),
                    ("budget_consumed", nullable(number)), ("budget_remaining", nullable(number)),
                ])),
            ])),
            ("teamCostMonth", object([
                ("period", month),
                ("total", number),
                ("idle", number),
                ("by_category", map(number)),
                ("waste_ratio", nullable(number)),
                ("change", nullable(number)),
                ("forecast", nullable(number)),
                ("budget", nullable(number)),
                ("budget_variance", nullable(number)),
                ("cost_per_deployment", nullable(number)),
                ("anomaly", nullable(boolean)),
            ])),
            ("calms", object([
                ("latest", nullable(object([
                    ("date", date),
                    ("respondents", nullable(integer(minimum: 0))),
                    ("scores", ref("pillarScores")),
                    ("overall", number),
                    ("constraint", enumeration(Pillar.allCases.map(\.rawValue))),
                    ("band", object((Pillar.allCases.map(\.rawValue) + ["overall"]).map { ($0, enumeration(["crawl", "walk", "run"])) })),
                    ("delta", nullable(object((Pillar.allCases.map(\.rawValue) + ["overall"]).map { ($0, number) }))),
                    ("stale", boolean),
                ]))),
                ("history", array(object([("date", date), ("scores", ref("pillarScores")), ("overall", number)]))),
            ])),
            ("freshness", object([("latest", nullable(string)), ("stale", boolean)])),
        ])
    }

    static var unitSchema: JSON {
        let monthKeys: [(String, JSON)] = [
            ("period", month),
            ("total", number),
            ("idle", number),
            ("by_category", map(number)),
            ("by_unit", map(number, description: "Total of each direct sub-unit with cost in the month.")),
            ("by_team", map(number, description: "Total of each team placed directly in this unit with cost in the month; teams that withhold their costs are left out.")),
            ("budget_scope", nullable(enumeration(["unit", "teams"]))),
            ("budget", nullable(number)),
            ("budget_cost", nullable(number)),
            ("budget_variance", nullable(number)),
            ("unallocated", number),
        ]
        // The org's months always carry `unallocated`; a unit's never do.
        let orgCosts = JSON.object([("properties", .object([("costs", .object([("anyOf", .array([
            .object([("type", .string("null"))]),
            .object([("properties", .object([("months", .object([("items", .object([("required", .array([.string("unallocated")]))]))]))]))]),
        ]))]))]))])
        let unitCosts = JSON.object([("properties", .object([("costs", .object([("anyOf", .array([
            .object([("type", .string("null"))]),
            .object([("properties", .object([("months", .object([("items", .object([("not", .object([("required", .array([.string("unallocated")]))]))]))]))]))]),
        ]))]))]))])
        var root = object([
            ("schema", constant("glasshouse/unit@1")),
            ("unit", object([
                ("id", id),
                ("name", string),
                ("parent", nullable(id)),
                ("units", array(id)),
                ("teams", array(id)),
            ])),
            ("as_of", date),
            ("benchmark", string),
            ("dora", nullable(ref("unitDORA"))),
            ("slos", object((["total", "met"] + ["healthy", "at_risk", "exhausted", "no_data", "not_enough_events"]).map { ($0, integer(minimum: 0)) })),
            ("costs", nullable(object([("currency", string), ("months", array(ref("unitCostMonth")))]))),
            ("calms", nullable(object([
                ("n", integer(minimum: 0)),
                ("scores", ref("pillarScores")),
                ("overall", number),
                ("constraint", enumeration(Pillar.allCases.map(\.rawValue))),
            ]))),
            ("targets", array(ref("target"))),
            ("events", array(ref("event"))),
            ("changes", array(object([
                ("team", id),
                ("metric", enumeration(tieredMetrics)),
                ("previous", nullable(number)),
                ("current", nullable(number)),
                ("direction", nullable(enumeration(["better", "worse", "steady"]))),
                ("tier_from", nullable(enumeration(tiers))),
                ("tier_to", nullable(enumeration(tiers))),
            ]))),
        ])
        root = adding(root, [
            ("if", .object([("properties", .object([("unit", .object([("properties", .object([("id", .object([("const", .string("org"))]))]))]))]))])),
            ("then", orgCosts),
            ("else", unitCosts),
        ])
        return document(id: "unit", title: "Glasshouse unit or org (data/units/ID.json, data/org.json)", root, defs: commonDefs + [
            ("unitDORA", object([
                ("window", ref("unitWindow")),
                ("previous", ref("unitWindow")),
                ("change", ref("change")),
                ("weeks", array(ref("unitWeek"))),
                ("months", array(ref("unitMonth"))),
            ])),
            ("unitWindow", object(periodKeys + unitFigures + [
                ("teams_reporting", integer(minimum: 0)), ("team_tiers", ref("teamTiers")), ("quick_check", ref("quickCheckSpread")),
            ])),
            ("quickCheckSpread", object(quickCheckScores.map { name in
                (name, object([("p50", nullable(score)), ("min", nullable(score)), ("max", nullable(score)), ("n", integer(minimum: 0))]))
            })),
            ("unitWeek", object([("period", week)] + periodKeys + unitFigures + [("teams_reporting", integer(minimum: 0))])),
            ("unitMonth", object([("period", month)] + periodKeys + unitFigures + [("teams_reporting", integer(minimum: 0)), ("team_tiers", ref("teamTiers"))])),
            ("teamTiers", object(tieredMetrics.map { ($0, object((tiers + ["none", "stale"]).map { ($0, integer(minimum: 0)) })) })),
            ("unitCostMonth", object(monthKeys, optional: ["unallocated"])),
        ])
    }

    // MARK: Shared parts

    static let tiers = ["elite", "high", "medium", "low"]
    static let tieredMetrics = ["deployment_frequency", "lead_time", "change_failure_rate", "recovery_time"]

    static var commonDefs: [(String, JSON)] {
        [
            ("distribution", object([("p50", nullable(number)), ("p90", nullable(number)), ("n", integer(minimum: 0))])),
            ("distributionOpen", object([("p50", nullable(number)), ("p90", nullable(number)), ("n", integer(minimum: 0)), ("open", nullable(integer(minimum: 0)))])),
            ("tiers", object(tieredMetrics.map { ($0, nullable(enumeration(tiers))) })),
            ("pillarScores", object(Pillar.allCases.map { ($0.rawValue, number) })),
            ("withheld", object([("private", constant(true))])),
            ("change", object(tieredMetrics.map { metric in
                (metric, object([
                    ("previous", nullable(number)), ("current", nullable(number)), ("delta", nullable(number)), ("ratio", nullable(number)),
                    ("direction", nullable(enumeration(["better", "worse", "steady"]))), ("notable", boolean),
                ]))
            })),
            ("target", object([
                ("scope", id),
                ("metric", .object([("type", .string("string")), ("pattern", .string(targetMetricPattern))])),
                ("value", number),
                ("since", date),
                ("by", date),
                ("baseline", nullable(number)),
                ("current", nullable(number)),
                ("expected", nullable(number)),
                ("status", enumeration(["no_data", "met", "missed", "on_track", "off_track"])),
                ("note", nullable(string)),
            ])),
            ("event", object([("date", date), ("title", string), ("scope", id)])),
        ]
    }

    static let quickCheckScores = ["deployment_frequency", "lead_time", "recovery_time", "change_failure_rate", "rework", "throughput", "stability", "performance"]
    static let targetMetricPattern = "^(deployment_frequency|lead_time|change_failure_rate|recovery_time|rework_rate|cost|slo:.+|calms:(culture|automation|lean|measurement|sharing|overall))$"

    /// A team period's days with DORA data (metrics.md §2.10).
    static var observedDays: [(String, JSON)] { [("observed_days", integer(minimum: 0))] }

    static var periodKeys: [(String, JSON)] {
        [("start", date), ("end", date), ("days", integer(minimum: 1)), ("partial", boolean)]
    }

    /// The DORA figures of a unit (no deploy days); a team adds its deploy days.
    static var unitFigures: [(String, JSON)] {
        // Every figure is null in a period without observed days (metrics.md §2.10).
        [
            ("deployments", nullable(integer(minimum: 0))),
            ("deployments_per_week", nullable(number)),
            ("failed_deployments", nullable(integer(minimum: 0))),
            ("change_failure_rate", nullable(fraction("failed / deployments, 0–1."))),
            ("rework_rate", nullable(fraction(nil))),
            ("lead_time_hours", nullable(ref("distribution"))),
            ("recovery_hours", nullable(ref("distributionOpen"))),
            ("incidents", nullable(integer(minimum: 0))),
            ("restore_hours", nullable(ref("distributionOpen"))),
            ("approx", boolean),
        ]
    }

    static var teamFigures: [(String, JSON)] {
        var figures = unitFigures
        figures.insert(("deploy_days", nullable(integer(minimum: 0))), at: 1)
        figures.insert(("deploy_days_per_week", nullable(number)), at: 3)
        return figures
    }

    // MARK: Schema builders

    static func document(id: String, title: String, _ root: JSON, defs: [(String, JSON)] = []) -> JSON {
        guard case .object(let pairs) = root else { return root }
        var head: [(String, JSON)] = [
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string("https://glasshouse.dev/schema/\(id).json")),
            ("title", .string(title)),
        ]
        head += pairs
        if !defs.isEmpty { head.append(("$defs", .object(defs))) }
        return .object(head)
    }

    /// A fixed-shape object: every key required (but `optional`), no other key allowed.
    static func object(_ properties: [(String, JSON)], optional: Set<String> = []) -> JSON {
        .object([
            ("type", .string("object")),
            ("properties", .object(properties)),
            ("required", .array(properties.map(\.0).filter { !optional.contains($0) }.map { .string($0) })),
            ("additionalProperties", .bool(false)),
        ])
    }

    static func adding(_ schema: JSON, _ extra: [(String, JSON)]) -> JSON {
        guard case .object(let pairs) = schema else { return schema }
        return .object(pairs + extra)
    }

    /// An object whose keys are ids or names and whose values all have one schema.
    static func map(_ values: JSON, description: String? = nil) -> JSON {
        var pairs: [(String, JSON)] = [("type", .string("object")), ("additionalProperties", values)]
        if let description { pairs.append(("description", .string(description))) }
        return .object(pairs)
    }

    static func array(_ items: JSON) -> JSON { .object([("type", .string("array")), ("items", items)]) }
    static func ref(_ name: String) -> JSON { .object([("$ref", .string("#/$defs/\(name)"))]) }
    static func constant(_ value: String) -> JSON { .object([("const", .string(value))]) }
    static func constant(_ value: Bool) -> JSON { .object([("const", .bool(value))]) }
    static func enumeration(_ values: [String]) -> JSON { .object([("enum", .array(values.map { .string($0) }))]) }
    static func nullable(_ schema: JSON) -> JSON { .object([("anyOf", .array([schema, .object([("type", .string("null"))])]))]) }
    /// A section of a team: its figures, `null` without data, or `{"private": true}` when withheld.
    static func section(_ schema: JSON) -> JSON { .object([("anyOf", .array([schema, .object([("type", .string("null"))]), ref("withheld")]))]) }
    static func withheldOr(_ schema: JSON) -> JSON { .object([("anyOf", .array([schema, ref("withheld")]))]) }
    static func integer(minimum: Int) -> JSON { .object([("type", .string("integer")), ("minimum", .int(minimum))]) }
    static func fraction(_ description: String?) -> JSON {
        var pairs: [(String, JSON)] = [("type", .string("number")), ("minimum", .int(0)), ("maximum", .int(1))]
        if let description { pairs.append(("description", .string(description))) }
        return .object(pairs)
    }
    static func percent(_ description: String) -> JSON {
        .object([("type", .string("number")), ("exclusiveMinimum", .int(0)), ("exclusiveMaximum", .int(100)), ("description", .string(description))])
    }

    static let string = JSON.object([("type", .string("string"))])
    static let number = JSON.object([("type", .string("number"))])
    static let boolean = JSON.object([("type", .string("boolean"))])
    /// A Quick Check score, 0–10 (metrics.md §2.12).
    static let score = JSON.object([("type", .string("number")), ("minimum", .int(0)), ("maximum", .int(10))])
    static let id = JSON.object([("type", .string("string")), ("pattern", .string("^[a-z0-9][a-z0-9-]{0,62}$"))])
    static let date = JSON.object([("type", .string("string")), ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))])
    static let month = JSON.object([("type", .string("string")), ("pattern", .string("^[0-9]{4}-[0-9]{2}$"))])
    static let week = JSON.object([("type", .string("string")), ("pattern", .string("^[0-9]{4}-W[0-9]{2}$"))])
    static let timestamp = JSON.object([
        ("type", .string("string")),
        ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")),
    ])
}
