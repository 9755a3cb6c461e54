import GlasshouseCompute
import GlasshouseCore

/// The `dora` section of the JSON export (site.md §4): keys in the contract's order, numbers
/// unrounded, `null` for undefined figures, periods oldest first.
enum DORAExport {
    static func report(_ report: DORAReport) -> JSON {
        var pairs: [(String, JSON)] = []
        if let source = report.source { pairs.append(("source", .string(source.rawValue))) }
        let approx = report.source == .summaries
        pairs.append(("window", period(report.window, label: false, span: report.span, approx: approx)))
        pairs.append(("previous", period(report.previous, label: false, span: report.span, approx: approx)))
        pairs.append(("change", change(report.change)))
        pairs.append(("weeks", .array(report.weeks.map { period($0, label: true, approx: approx) })))
        pairs.append(("months", .array(report.months.map { period($0, label: true, approx: approx) })))
        return .object(pairs)
    }

    /// `dora.change` (metrics.md §2.11): per headline metric `{previous, current, delta, ratio, direction, notable}`.
    static func change(_ changes: [TieredMetric: MetricChange]) -> JSON {
        .object(
            TieredMetric.allCases.map { metric in
                let change = changes[metric]!
                return (
                    metric.rawValue,
                    .object([
                        ("previous", .nullable(change.previous)),
                        ("current", .nullable(change.current)),
                        ("delta", .nullable(change.delta)),
                        ("ratio", .nullable(change.ratio)),
                        ("direction", .nullable(change.direction?.rawValue)),
                        ("notable", .bool(change.notable)),
                    ])
                )
            })
    }

    /// `span`: the team's observed span, for the window's `stale` and `observed_to` (teams only).
    /// `approx`: the team reports summaries (kept on periods without figures).
    static func period(_ entry: DORAPeriodFigures, label: Bool, span: ObservedSpan? = nil, approx: Bool = false) -> JSON {
        let period = entry.period
        var pairs: [(String, JSON)] = label ? [("period", .string(period.label))] : []
        pairs += [
            ("start", .string(period.start.description)),
            ("end", .string(period.end.description)),
            ("days", .int(period.days)),
            ("partial", .bool(period.partial)),
        ]
        if let observed = entry.observedDays { pairs.append(("observed_days", .int(observed))) }
        pairs += entry.figures.map(figures) ?? noFigures(perTeam: entry.observedDays != nil, approx: approx)
        if let reporting = entry.teamsReporting { pairs.append(("teams_reporting", .int(reporting))) }
        if let tiers = entry.tiers {
            pairs.append(("tiers", .object(TieredMetric.allCases.map { ($0.rawValue, .nullable(tiers[$0]?.rawValue)) })))
        }
        if let teamTiers = entry.teamTiers {
            pairs.append(
                (
                    "team_tiers",
                    .object(
                        TieredMetric.allCases.map { metric in
                            let counts = teamTiers[metric] ?? TierCounts()
                            return (
                                metric.rawValue,
                                .object(Tier.allCases.map { ($0.rawValue, .int(counts[$0])) } + [("none", .int(counts.none)), ("stale", .int(counts.stale))])
                            )
                        })
                ))
        }
        if let span {
            pairs.append(("stale", .bool(span.stale)))
            pairs.append(("observed_to", .string(span.to.description)))
        }
        if let check = entry.quickCheck {
            pairs.append(("quick_check", .object(QuickCheckScore.allCases.map { ($0.rawValue, .nullable(check[$0])) })))
        }
        if let spread = entry.quickCheckSpread {
            pairs.append(
                (
                    "quick_check",
                    .object(
                        QuickCheckScore.allCases.map { score in
                            let value = spread[score]!
                            return (
                                score.rawValue,
                                .object([("p50", .nullable(value.p50)), ("min", .nullable(value.min)), ("max", .nullable(value.max)), ("n", .int(value.n))])
                            )
                        })
                ))
        }
        return .object(pairs)
    }

    /// A team period without observed days: every figure `null` (metrics.md §2.10).
    static func noFigures(perTeam: Bool, approx: Bool) -> [(String, JSON)] {
        var keys = [
            "deployments", "deploy_days", "deployments_per_week", "deploy_days_per_week", "failed_deployments", "change_failure_rate",
            "rework_rate", "lead_time_hours", "recovery_hours", "incidents", "restore_hours",
        ]
        if !perTeam { keys.removeAll { $0.hasPrefix("deploy_days") } }
        return keys.map { ($0, JSON.null) } + [("approx", .bool(approx))]
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
