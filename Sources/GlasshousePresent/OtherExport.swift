import GlasshouseCompute
import GlasshouseCore

/// The `slos`, `costs`, `calms` and `freshness` sections of the JSON export (site.md §4).
enum OtherExport {

    static func slo(_ figures: SLOFigures) -> JSON {
        let slo = figures.slo
        return .object([
            ("id", .string(slo.id)),
            ("name", .string(slo.name)),
            ("service", .nullable(slo.service)),
            ("objective", .number(slo.objective)),
            ("window_days", .int(slo.windowDays)),
            ("good", .number(figures.good)),
            ("total", .number(figures.total)),
            ("attainment", .nullable(figures.attainment)),
            ("met", .nullable(figures.met)),
            ("budget_consumed", .nullable(figures.budgetConsumed)),
            ("budget_remaining", .nullable(figures.budgetRemaining)),
            ("burn_rate_1d", .nullable(figures.burnRate1d)),
            ("burn_rate_7d", .nullable(figures.burnRate7d)),
            ("days_to_exhaustion", .nullable(figures.daysToExhaustion)),
            ("status", .string(figures.status.rawValue)),
            ("months", .array(figures.months.map { month in
                .object([
                    ("period", .string(month.label)), ("good", .number(month.good)), ("total", .number(month.total)),
                    ("attainment", .nullable(month.attainment)), ("met", .nullable(month.met)),
                    ("budget_consumed", .nullable(month.budgetConsumed)),
                ])
            })),
            ("month_to_date", .object([
                ("good", .number(figures.monthToDate.good)), ("total", .number(figures.monthToDate.total)),
                ("attainment", .nullable(figures.monthToDate.attainment)),
                ("budget_consumed", .nullable(figures.monthToDate.budgetConsumed)),
                ("budget_remaining", .nullable(figures.monthToDate.budgetRemaining)),
            ])),
        ])
    }

    /// A team's months carry every figure of metrics.md §4; units and the org the sums, the totals by
    /// sub-unit and by team, the budget by its scope (and the org its unallocated cost). Teams in
    /// `withheld` (their costs are private) are left out of `by_team`, though their cost is in the total.
    static func costs(_ months: [CostMonth], currency: String, perTeam: Bool, withheld: Set<String> = []) -> JSON {
        .object([
            ("currency", .string(currency)),
            ("months", .array(months.map { month in
                var pairs: [(String, JSON)] = [
                    ("period", .string(month.month.description)),
                    ("total", .number(month.total)),
                    ("idle", .number(month.idle)),
                    ("by_category", .object(month.byCategory.map { ($0.category, .number($0.total)) })),
                ]
                if perTeam {
                    pairs += [
                        ("waste_ratio", .nullable(month.wasteRatio)),
                        ("change", .nullable(month.change)),
                        ("forecast", .nullable(month.forecast)),
                        ("budget", .nullable(month.budget)),
                        ("budget_variance", .nullable(month.budgetVariance)),
                        ("cost_per_deployment", .nullable(month.costPerDeployment)),
                        ("anomaly", .nullable(month.anomaly)),
                    ]
                } else {
                    pairs += [
                        ("by_unit", .object((month.byUnit ?? []).map { ($0.id, .number($0.total)) })),
                        ("by_team", .object((month.byTeam ?? []).filter { !withheld.contains($0.id) }.map { ($0.id, .number($0.total)) })),
                        ("budget_scope", .nullable(month.budgetScope?.rawValue)),
                        ("budget", .nullable(month.budget)),
                        ("budget_cost", .nullable(month.budgetCost)),
                        ("budget_variance", .nullable(month.budgetVariance)),
                    ]
                    if let unallocated = month.unallocated { pairs.append(("unallocated", .number(unallocated))) }
                }
                return .object(pairs)
            })),
        ])
    }

    static func scores(_ values: [Double]) -> JSON {
        .object(zip(Pillar.allCases, values).map { ($0.rawValue, .number($1)) })
    }

    static func calms(_ figures: CALMSFigures) -> JSON {
        var latest = JSON.null
        if let assessment = figures.latest, let overall = figures.overall {
            latest = .object([
                ("date", .string(assessment.date.description)),
                ("respondents", .nullable(assessment.respondents)),
                ("scores", scores(assessment.scores)),
                ("overall", .number(overall)),
                ("constraint", .string(figures.constraint!.rawValue)),
                ("band", .object(zip(Pillar.allCases, assessment.scores).map { ($0.rawValue, .string(CALMSBand(score: $1).rawValue)) }
                    + [("overall", .string(CALMSBand(score: overall).rawValue))])),
                ("delta", figures.delta.map { delta in
                    .object(zip(Pillar.allCases, delta.pillars).map { ($0.rawValue, .number($1)) } + [("overall", .number(delta.overall))])
                } ?? .null),
                ("stale", .bool(figures.stale ?? false)),
            ])
        }
        return .object([
            ("latest", latest),
            ("history", .array(figures.history.map { assessment in
                .object([("date", .string(assessment.date.description)), ("scores", scores(assessment.scores)), ("overall", .number(CALMSEngine.overall(assessment)))])
            })),
        ])
    }

    static func calmsSummary(_ summary: CALMSSummary) -> JSON {
        .object([
            ("n", .int(summary.n)),
            ("scores", scores(summary.scores)),
            ("overall", .number(summary.overall)),
            ("constraint", .string(summary.constraint.rawValue)),
        ])
    }

    static func freshness(_ value: Freshness) -> JSON {
        .object([("latest", .nullable(value.latest)), ("stale", .bool(value.stale))])
    }
}
