import GlasshouseCore

extension ExportSchemas {
    /// `data/schema/unit.json`: a unit's or the org's export.
    static var unitSchema: JSON {
        let monthKeys: [(String, JSON)] = [
            ("period", month), ("total", number), ("idle", number), ("by_category", map(number)),
            ("by_unit", map(number, description: "Total of each direct sub-unit with cost in the month.")),
            (
                "by_team",
                map(
                    number, description: "Total of each team placed directly in this unit with cost in the month; teams that withhold their costs are left out."
                )
            ),
            ("budget_scope", nullable(enumeration(["unit", "teams"]))), ("budget", nullable(number)), ("budget_cost", nullable(number)),
            ("budget_variance", nullable(number)), ("unallocated", number),
        ]
        // The org's months always carry `unallocated`; a unit's never do.
        let requiresUnallocated = JSON.object([("required", .array([.string("unallocated")]))])
        let orgCosts = costMonths(where: requiresUnallocated)
        let unitCosts = costMonths(where: .object([("not", requiresUnallocated)]))
        var root = object([
            ("schema", constant("glasshouse/unit@1")),
            (
                "unit",
                object([
                    ("id", id), ("name", string), ("parent", nullable(id)), ("units", array(id)), ("teams", array(id)),
                ])
            ),
            ("as_of", date), ("benchmark", string), ("dora", nullable(ref("unitDORA"))),
            ("slos", object((["total", "met"] + ["healthy", "at_risk", "exhausted", "no_data", "not_enough_events"]).map { ($0, integer(minimum: 0)) })),
            ("costs", nullable(object([("currency", string), ("months", array(ref("unitCostMonth")))]))),
            (
                "calms",
                nullable(
                    object([
                        ("n", integer(minimum: 0)), ("scores", ref("pillarScores")), ("overall", number),
                        ("constraint", enumeration(Pillar.allCases.map(\.rawValue))),
                    ]))
            ),
            ("targets", array(ref("target"))),
            ("events", array(ref("event"))),
            (
                "changes",
                array(
                    object([
                        ("team", id), ("metric", enumeration(tieredMetrics)), ("previous", nullable(number)), ("current", nullable(number)),
                        ("direction", nullable(enumeration(["better", "worse", "steady"]))), ("tier_from", nullable(enumeration(tiers))),
                        ("tier_to", nullable(enumeration(tiers))),
                    ]))
            ),
        ])
        root = adding(
            root,
            [
                ("if", .object([("properties", .object([("unit", .object([("properties", .object([("id", .object([("const", .string("org"))]))]))]))]))])),
                ("then", orgCosts), ("else", unitCosts),
            ])
        return document(
            id: "unit", title: "Glasshouse unit or org (data/units/ID.json, data/org.json)", root,
            defs: commonDefs + [
                ("unitDORA", doraObject("unit")),
                (
                    "unitWindow",
                    object(
                        periodKeys + unitFigures + [
                            ("teams_reporting", integer(minimum: 0)), ("team_tiers", ref("teamTiers")), ("quick_check", ref("quickCheckSpread")),
                        ])
                ),
                (
                    "quickCheckSpread",
                    object(
                        quickCheckScores.map { name in
                            (name, object([("p50", nullable(score)), ("min", nullable(score)), ("max", nullable(score)), ("n", integer(minimum: 0))]))
                        })
                ),
                ("unitWeek", object([("period", week)] + periodKeys + unitFigures + [("teams_reporting", integer(minimum: 0))])),
                (
                    "unitMonth",
                    object([("period", month)] + periodKeys + unitFigures + [("teams_reporting", integer(minimum: 0)), ("team_tiers", ref("teamTiers"))])
                ),
                ("teamTiers", object(tieredMetrics.map { ($0, object((tiers + ["none", "stale"]).map { ($0, integer(minimum: 0)) })) })),
                ("unitCostMonth", object(monthKeys, optional: ["unallocated"])),
            ])
    }

    /// A schema that holds when `costs` is null or each of its months meets `month`.
    private static func costMonths(where month: JSON) -> JSON {
        let months = JSON.object([("months", .object([("items", month)]))])
        let costs = JSON.object([("anyOf", .array([.object([("type", .string("null"))]), .object([("properties", months)])]))])
        return .object([("properties", .object([("costs", costs)]))])
    }
}
