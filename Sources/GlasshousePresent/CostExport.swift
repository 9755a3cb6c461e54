import GlasshouseCompute
import GlasshouseCore

/// The `costs` section of a team, unit or the org in the JSON export (site.md §4).
enum CostExport {
    /// A team's months carry every figure of metrics.md §4; units and the org the sums, the totals by
    /// sub-unit and by team, the budget by its scope (and the org its unallocated cost). Teams in
    /// `withheld` (their costs are private) are left out of `by_team`, though their cost is in the total.
    static func costs(_ months: [CostMonth], currency: String, perTeam: Bool, withheld: Set<String> = []) -> JSON {
        .object([
            ("currency", .string(currency)),
            (
                "months",
                .array(
                    months.map { month in
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
                    })
            ),
        ])
    }
}
