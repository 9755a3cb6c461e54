import GlasshouseCore

extension ExportSchemas {
    /// `data/schema/team.json`: one team's export.
    static var teamSchema: JSON {
        document(
            id: "team", title: "Glasshouse team (data/teams/ID.json)",
            object([
                ("schema", constant("glasshouse/team@1")), ("as_of", date), ("benchmark", string),
                (
                    "team",
                    object([
                        ("id", id), ("name", string), ("unit", nullable(id)), ("private", array(enumeration(Section.allCases.map(\.rawValue)))),
                    ])
                ),
                ("dora", section(ref("teamDORA"))), ("incidents", section(array(ref("incident")))), ("slos", withheldOr(array(ref("slo")))),
                ("costs", section(object([("currency", string), ("months", array(ref("teamCostMonth")))]))), ("calms", section(ref("calms"))),
                ("freshness", object(["dora", "incidents", "slos", "costs", "calms"].map { ($0, section(ref("freshness"))) })),
                ("targets", array(ref("target"))), ("events", array(ref("event"))),
            ]),
            defs: commonDefs + [
                ("teamDORA", doraObject("team", first: [("source", enumeration(["events", "summaries"]))])),
                (
                    "teamWindow",
                    object(
                        periodKeys + observedDays + teamFigures + [
                            ("tiers", ref("tiers")), ("stale", boolean), ("observed_to", date), ("quick_check", ref("quickCheck")),
                        ])
                ),
                ("teamWeek", object([("period", week)] + periodKeys + observedDays + teamFigures)),
                ("teamMonth", object([("period", month)] + periodKeys + observedDays + teamFigures + [("tiers", ref("tiers"))])),
                ("quickCheck", object(quickCheckScores.map { ($0, nullable(score)) })),
                (
                    "incident",
                    object([
                        ("id", string), ("opened_at", timestamp), ("restored_at", nullable(timestamp)), ("service", nullable(string)),
                        ("severity", nullable(string)), ("cause", nullable(string)), ("summary", nullable(string)),
                    ])
                ),
                (
                    "slo",
                    object([
                        ("id", string), ("name", string), ("service", nullable(string)),
                        ("objective", percent("The objective in percent (99.9), not a fraction.")), ("window_days", integer(minimum: 1)),
                        ("good", number), ("total", number),
                        ("attainment", nullable(fraction("good / total as a fraction 0–1 (compare with objective / 100)."))),
                        ("met", nullable(boolean)), ("budget_consumed", nullable(number)), ("budget_remaining", nullable(number)),
                        ("burn_rate_1d", nullable(number)), ("burn_rate_7d", nullable(number)), ("days_to_exhaustion", nullable(number)),
                        ("status", enumeration(["healthy", "at_risk", "exhausted", "no_data", "not_enough_events"])),
                        (
                            "months",
                            array(
                                object([
                                    ("period", month), ("good", number), ("total", number), ("attainment", nullable(fraction(nil))),
                                    ("met", nullable(boolean)), ("budget_consumed", nullable(number)),
                                ]))
                        ),
                        (
                            "month_to_date",
                            object([
                                ("good", number), ("total", number), ("attainment", nullable(fraction(nil))),
                                ("budget_consumed", nullable(number)), ("budget_remaining", nullable(number)),
                            ])
                        ),
                    ])
                ),
                (
                    "teamCostMonth",
                    object([
                        ("period", month), ("total", number), ("idle", number), ("by_category", map(number)), ("waste_ratio", nullable(number)),
                        ("change", nullable(number)), ("forecast", nullable(number)), ("budget", nullable(number)),
                        ("budget_variance", nullable(number)), ("cost_per_deployment", nullable(number)), ("anomaly", nullable(boolean)),
                    ])
                ),
                (
                    "calms",
                    object([
                        (
                            "latest",
                            nullable(
                                object([
                                    ("date", date), ("respondents", nullable(integer(minimum: 0))), ("scores", ref("pillarScores")),
                                    ("overall", number), ("constraint", enumeration(Pillar.allCases.map(\.rawValue))),
                                    ("band", object((Pillar.allCases.map(\.rawValue) + ["overall"]).map { ($0, enumeration(["crawl", "walk", "run"])) })),
                                    ("delta", nullable(object((Pillar.allCases.map(\.rawValue) + ["overall"]).map { ($0, number) }))),
                                    ("stale", boolean),
                                ]))
                        ),
                        ("history", array(object([("date", date), ("scores", ref("pillarScores")), ("overall", number)]))),
                    ])
                ),
                ("freshness", object([("latest", nullable(string)), ("stale", boolean)])),
            ])
    }
}
