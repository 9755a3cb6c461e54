import GlasshouseCompute
import GlasshouseCore

/// The `dora` section of the JSON export (site.md §4): keys in the contract's order, numbers
/// unrounded, `null` for undefined figures, periods oldest first.
enum DORAExport {
    static func report(_ report: DORAReport) -> JSON {
        var pairs: [(String, JSON)] = []
        if let source = report.source { pairs.append(("source", .string(source.rawValue))) }
        pairs.append(("window", period(report.window, label: false)))
        pairs.append(("weeks", .array(report.weeks.map { period($0, label: true) })))
        pairs.append(("months", .array(report.months.map { period($0, label: true) })))
        return .object(pairs)
    }

    static func period(_ entry: DORAPeriodFigures, label: Bool) -> JSON {
        let period = entry.period
        var pairs: [(String, JSON)] = label ? [("period", .string(period.label))] : []
        pairs += [
            ("start", .string(period.start.description)),
            ("end", .string(period.end.description)),
            ("days", .int(period.days)),
            ("partial", .bool(period.partial)),
        ]
        pairs += figures(entry.figures)
        if let reporting = entry.teamsReporting { pairs.append(("teams_reporting", .int(reporting))) }
        if let tiers = entry.tiers {
            pairs.append(("tiers", .object(TieredMetric.allCases.map { ($0.rawValue, .nullable(tiers[$0]?.rawValue)) })))
        }
        if let teamTiers = entry.teamTiers {
            pairs.append(("team_tiers", .object(TieredMetric.allCases.map { metric in
                let counts = teamTiers[metric] ?? TierCounts()
                return (metric.rawValue, .object(Tier.allCases.map { ($0.rawValue, .int(counts[$0])) } + [("none", .int(counts.none))]))
            })))
        }
        return .object(pairs)
    }

    /// The figures of metrics.md §2 in the order site.md §4 lists them; units omit deploy days.
    static func figures(_ figures: DORAFigures) -> [(String, JSON)] {
        var pairs: [(String, JSON)] = [("deployments", .int(figures.deployments))]
        if let days = figures.deployDays { pairs.append(("deploy_days", .int(days))) }
        pairs.append(("deployments_per_week", .number(figures.deploymentsPerWeek)))
        if let perWeek = figures.deployDaysPerWeek { pairs.append(("deploy_days_per_week", .number(perWeek))) }
        pairs += [
            ("failed_deployments", .int(figures.failedDeployments)),
            ("change_failure_rate", .nullable(figures.changeFailureRate)),
            ("rework_rate", .nullable(figures.reworkRate)),
            ("lead_time_hours", distribution(figures.leadTime, withOpen: false)),
            ("recovery_hours", distribution(figures.recovery, withOpen: true)),
            ("incidents", .int(figures.incidents)),
            ("restore_hours", distribution(figures.restore, withOpen: true)),
            ("approx", .bool(figures.approx)),
        ]
        return pairs
    }

    static func distribution(_ value: Distribution, withOpen: Bool) -> JSON {
        var pairs: [(String, JSON)] = [("p50", .nullable(value.p50)), ("p90", .nullable(value.p90)), ("n", .int(value.n))]
        if withOpen { pairs.append(("open", .nullable(value.open))) }
        return .object(pairs)
    }

}
