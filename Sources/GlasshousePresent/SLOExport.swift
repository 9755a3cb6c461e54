import GlasshouseCompute
import GlasshouseCore

/// The `slos` section of a team in the JSON export (site.md §4).
enum SLOExport {
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
            (
                "months",
                .array(
                    figures.months.map { month in
                        .object([
                            ("period", .string(month.label)), ("good", .number(month.good)), ("total", .number(month.total)),
                            ("attainment", .nullable(month.attainment)), ("met", .nullable(month.met)),
                            ("budget_consumed", .nullable(month.budgetConsumed)),
                        ])
                    })
            ),
            (
                "month_to_date",
                .object([
                    ("good", .number(figures.monthToDate.good)), ("total", .number(figures.monthToDate.total)),
                    ("attainment", .nullable(figures.monthToDate.attainment)),
                    ("budget_consumed", .nullable(figures.monthToDate.budgetConsumed)),
                    ("budget_remaining", .nullable(figures.monthToDate.budgetRemaining)),
                ])
            ),
        ])
    }
}
