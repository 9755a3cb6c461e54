import GlasshouseCompute
import GlasshouseCore

/// The leadership parts of team, unit and org pages: targets, what changed most with what needs
/// attention beside it, and the banner when DORA feeds have stopped (issue 13).
extension SitePresenter {
    static let targetStatusNames: [TargetStatus: String] = [.met: "Met", .onTrack: "On track", .offTrack: "Off track", .missed: "Missed", .noData: "No data"]

    /// How a target metric's figure reads.
    func targetText(_ metric: TargetMetric, _ value: Double?) -> String {
        guard let value else { return "—" }
        switch metric {
        case .deploymentFrequency: return Format.number(value) + " deploys/week"
        case .leadTime, .recoveryTime: return Format.hours(value)
        case .changeFailureRate, .reworkRate: return Format.percent(value)
        case .slo: return Format.number(value) + " %"
        case .calms: return Format.number(value) + " of 5"
        case .cost: return Format.money(value, content.config.currency)
        }
    }

    func targetName(_ metric: TargetMetric) -> String {
        switch metric {
        case .deploymentFrequency: "Deployment frequency"
        case .leadTime: "Lead time"
        case .changeFailureRate: "Change failure rate"
        case .recoveryTime: "Recovery time"
        case .reworkRate: "Rework rate"
        case .slo(let id): "SLO \(id)"
        case .calms(let pillar): "CALMS " + (pillar.map { CALMSPanelPresenter.pillarName($0) } ?? "overall")
        case .cost: "Monthly cost"
        }
    }

    /// Targets with where they stand; `named`: say who set each one (unit and org pages).
    func targetRows(_ results: [TargetResult], named: Bool, from path: String) -> [TargetRow] {
        results.map { result in
            let target = result.target
            let team = publication.team(target.scope)
            let unit = team == nil ? tree.unit(target.scope) : nil
            return TargetRow(
                scopeName: named ? team?.name ?? unit?.name : nil,
                scopeHref: named
                    ? (team.map { OutputPaths.relative(from: path, to: OutputPaths.team($0.id)) }
                        ?? unit.map { OutputPaths.relative(from: path, to: OutputPaths.unit($0.id)) }) : nil,
                metric: targetName(target.metric), value: (target.metric.higherIsBetter ? "≥ " : "≤ ") + targetText(target.metric, target.value),
                by: target.by.display, baseline: targetText(target.metric, result.baseline), current: targetText(target.metric, result.current),
                expected: targetText(target.metric, result.expected), status: result.status.rawValue,
                statusName: Self.targetStatusNames[result.status]!, note: target.note
            )
        }
    }

    func targetCounts(_ results: [TargetResult]) -> [TargetCount] {
        TargetStatus.allCases.map { status in
            TargetCount(status: status.rawValue, statusName: Self.targetStatusNames[status]!, count: results.filter { $0.status == status }.count)
        }
    }

    /// What changed most among `teams` (first ten), with exhausted SLOs, cost anomalies of the
    /// latest complete month and stale DORA feeds beside it.
    func changesPanel(_ teams: [PublishedTeam], changes: [NotableChange], from path: String) -> ChangesPanel {
        func href(_ team: PublishedTeam) -> String { OutputPaths.relative(from: path, to: OutputPaths.team(team.id)) }
        let rows = changes.prefix(10).compactMap { item -> ChangeRow? in
            guard let team = publication.team(item.team), let notable = DORAPresenter.notable(item.change) else { return nil }
            return ChangeRow(
                teamName: team.name, teamHref: href(team), metric: DORAPresenter.metricNames[item.metric]!, direction: notable.direction, arrow: notable.arrow,
                previous: dora.text(item.metric, item.change.previous), current: dora.text(item.metric, item.change.current),
                // The tier before is shown only when it differs from the tier now.
                tierFrom: item.change.tierFrom == item.change.tierTo ? nil : item.change.tierFrom?.rawValue,
                tierFromName: item.change.tierFrom == item.change.tierTo ? nil : dora.tierName(item.change.tierFrom),
                tierTo: item.change.tierTo?.rawValue, tierToName: dora.tierName(item.change.tierTo)
            )
        }
        var exhausted: [AlertRow] = [], anomalies: [AlertRow] = [], stale: [AlertRow] = []
        let lastComplete = asOf.day.month.advanced(by: -1)
        for team in teams {
            for slo in team.slos ?? [] where slo.status == .exhausted {
                exhausted.append(AlertRow(name: team.name, href: href(team), detail: "\(slo.slo.name): error budget exhausted"))
            }
            if let month = team.costs?.first(where: { $0.month == lastComplete }), month.anomaly == true {
                anomalies.append(
                    AlertRow(
                        name: team.name, href: href(team),
                        detail: "\(lastComplete): \(Format.money(month.total, content.config.currency))"
                            + (month.change.map { " (\($0 > 0 ? "+" : "")\(Format.money($0, content.config.currency)) on the month before)" } ?? "")))
            }
            if let span = team.dora?.report.span, span.stale {
                stale.append(AlertRow(name: team.name, href: href(team), detail: "no DORA data since \(span.to.display)"))
            }
        }
        let window = figures.series.window
        return ChangesPanel(
            changes: rows, total: changes.count, exhausted: exhausted, anomalies: anomalies, stale: stale,
            comparison: "the last \(window.days) days against the \(window.days) days before")
    }

    /// The banner over a unit's or the org's page when DORA feeds of its teams have stopped.
    func feedBanner(_ teams: [PublishedTeam]) -> String? {
        let withData = teams.filter { $0.dora != nil }
        let stale = withData.filter { $0.dora?.report.span?.stale == true }
        guard !stale.isEmpty else { return nil }
        let names = stale.map { team in "\(team.name) (since \(team.dora!.report.span!.to.display))" }.joined(separator: ", ")
        if 2 * stale.count > withData.count {
            return
                "The as-of day \(asOf.day.display) is past most of the data: the DORA feeds of \(stale.count) of \(withData.count) teams have stopped — \(names). Their figures describe the past, not the present."
        }
        return
            "DORA data stopped for \(stale.count) of \(withData.count) teams: \(names). Their last tiers are greyed and counted as stale, not as current performance."
    }

    /// Events and cost targets of a scope, for its cost chart.
    func costMarks(_ leadership: ScopeLeadership) -> (events: [DatedEvent], targets: [Charts.Target]) {
        (
            leadership.events,
            leadership.targets.filter { $0.target.metric == .cost }.map { result in
                Charts.Target(
                    value: result.target.value, since: result.target.since, by: result.target.by,
                    label: Format.money(result.target.value, content.config.currency))
            }
        )
    }
}
