import GlasshouseCompute
import GlasshouseCore

/// Turns DORA reports into the view models of team, unit and org pages.
struct DORAPresenter {
    let benchmark: Benchmark
    let zone: SiteZone

    static let definitions: [String: String] = [
        "frequency": "Production deployments (not aborted) per week; the tier follows deploy days per week.",
        "lead": "Median time from commit to the production deployment that shipped it.",
        "cfr": "Failed production deployments (failed status, or named as cause by an incident) over all production deployments.",
        "recovery": "Median time from a failed deployment to the restoration of its incidents, or to the next successful deployment of the same service.",
        "rework": "Share of production deployments made to fix a problem in production.",
        "restore": "Median time from an incident's opening to its restoration.",
    ]

    func tierName(_ tier: Tier?) -> String? {
        tier.map { $0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst() }
    }

    func cell(_ text: String, _ tier: Tier?, label: String? = nil, sort: Double? = nil) -> FigureCell {
        FigureCell(text: text, tier: tier?.rawValue, tierName: tierName(tier), label: label, sort: sort.map { String($0) })
    }

    /// The window's headline cards; tiers only for teams.
    func cards(_ entry: DORAPeriodFigures, perTeam: Bool) -> [MetricCard] {
        guard let figures = entry.figures else {
            // No observed days in the window (metrics.md §2.10): no figure, never a zero.
            return [
                ("Deployment frequency", "frequency"), ("Lead time for changes", "lead"), ("Change failure rate", "cfr"), ("Recovery time", "recovery"),
                ("Rework rate", "rework"), ("Time to restore", "restore"),
            ].map { name, definition in
                MetricCard(
                    name: name, value: "no data", unit: nil, detail: nil, tier: nil, tierName: nil,
                    definition: Self.definitions[definition]!, anchor: "def-" + definition)
            }
        }
        let tiers = entry.tiers
        let approx = figures.approx
        let days = entry.period.days
        // Summary counts add up exactly; only percentiles (lead and recovery time) are approximate.
        func card(_ name: String, _ value: String, _ detail: String?, _ tier: Tier?, _ definition: String, percentile: Bool = false, unit: String? = nil)
            -> MetricCard
        {
            MetricCard(
                name: name, value: Format.approx(value, percentile && approx && !value.hasPrefix("no ")), unit: unit, detail: detail, tier: tier?.rawValue,
                tierName: tierName(tier),
                definition: Self.definitions[definition]!, anchor: "def-" + definition)
        }
        let frequencyDetail =
            perTeam
            ? "\(figures.deployments) deployments on \(figures.deployDays ?? 0) of \(days) days"
            : "\(figures.deployments) deployments in \(days) days" + (entry.teamsReporting.map { " by \($0) team\($0 == 1 ? "" : "s")" } ?? "")
        var cards = [
            card(
                "Deployment frequency", Format.number(figures.deploymentsPerWeek), frequencyDetail, tiers?.deploymentFrequency, "frequency",
                unit: "deploys/week"),
            card(
                "Lead time for changes", figures.leadTime.p50.map(Format.hours) ?? "no changes", distributionDetail(figures.leadTime, unit: "changes"),
                tiers?.leadTime, "lead", percentile: true),
            card(
                "Change failure rate", figures.changeFailureRate.map(Format.percent) ?? "no deployments",
                figures.deployments == 0 ? nil : "\(figures.failedDeployments) of \(figures.deployments) deployments failed", tiers?.changeFailureRate, "cfr"),
            card(
                "Recovery time", figures.recovery.p50.map(Format.hours) ?? (figures.recovery.open ?? 0 > 0 ? "none recovered" : "no failures"),
                distributionDetail(figures.recovery, unit: "recoveries"), tiers?.recoveryTime, "recovery", percentile: true),
            card("Rework rate", figures.reworkRate.map(Format.percent) ?? "no deployments", nil, nil, "rework"),
        ]
        cards.append(
            card(
                "Time to restore", figures.restore.p50.map(Format.hours) ?? (figures.incidents == 0 ? "no incidents" : "none restored"),
                "\(figures.incidents) incident\(figures.incidents == 1 ? "" : "s")"
                    + (distributionDetail(figures.restore, unit: "restored").map { " · " + $0 } ?? ""), nil, "restore"))
        return cards
    }

    func distributionDetail(_ value: Distribution, unit: String) -> String? {
        var parts: [String] = []
        if let p90 = value.p90 { parts.append("p90 \(Format.hours(p90))") }
        if value.n > 0 { parts.append("n \(value.n)") }
        if let open = value.open, open > 0 { parts.append("\(open) open") }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// The panel of a team (tiers) or a unit (tier distributions, `teamTiers`).
    func panel(_ report: DORAReport, id: String, events: [DatedEvent] = [], targets: [TargetResult] = []) -> DORAPanel {
        let perTeam = report.source != nil
        let window = report.window
        let approx = report.source.map { $0 == .summaries } ?? (window.figures?.approx ?? false)
        let months = report.months.reversed().map { entry in
            FigureRow(
                label: entry.period.label + (entry.period.partial ? " (to \(entry.period.end.display))" : ""),
                cells: [
                    cell(entry.figures.map { Format.number($0.deploymentsPerWeek) } ?? "—", entry.tiers?.deploymentFrequency, label: "Deploys/week"),
                    cell(entry.figures?.leadTime.p50.map { Format.approx(Format.hours($0), approx) } ?? "—", entry.tiers?.leadTime, label: "Lead time"),
                    cell(entry.figures?.changeFailureRate.map(Format.percent) ?? "—", entry.tiers?.changeFailureRate, label: "Change failure rate"),
                    cell(entry.figures?.recovery.p50.map { Format.approx(Format.hours($0), approx) } ?? "—", entry.tiers?.recoveryTime, label: "Recovery"),
                ])
        }
        let weeks = report.weeks.reversed().map { entry in
            FigureRow(
                label: entry.period.label,
                cells: [
                    cell(entry.figures.map { String($0.deployments) } ?? "—", nil, label: "Deployments"),
                    cell(entry.figures.map { String($0.failedDeployments) } ?? "—", nil, label: "Failed"),
                ])
        }
        var tierCharts: [TierChart] = []
        if let teamTiers = window.teamTiers {
            let names: [TieredMetric: String] = [
                .deploymentFrequency: "Deployment frequency", .leadTime: "Lead time", .changeFailureRate: "Change failure rate", .recoveryTime: "Recovery time",
            ]
            tierCharts = TieredMetric.allCases.map { metric in
                let counts = teamTiers[metric] ?? TierCounts()
                let parts = Tier.allCases.map { ($0.rawValue, counts[$0]) } + [("none", counts.none), ("stale", counts.stale)]
                return TierChart(
                    metric: names[metric]!,
                    chart: TrustedHTML(Charts.tierDistribution(parts, metric: names[metric]!, id: "\(id)-tiers-\(metric.rawValue)")),
                    counts: Tier.allCases.map { FigureCell(text: String(counts[$0]), tier: $0.rawValue, tierName: tierName($0)) }
                        + [
                            FigureCell(text: String(counts.none), tier: nil, tierName: "No tier"),
                            FigureCell(text: String(counts.stale), tier: "stale", tierName: "Stale"),
                        ]
                )
            }
        }
        var panel = DORAPanel(
            windowText: "last \(window.period.days) days (\(window.period.start.display) – \(window.period.end.display))",
            approx: approx,
            benchmark: benchmark.name,
            cards: annotate(cards(window, perTeam: perTeam), report: report),
            weeklyChart: TrustedHTML(
                Charts.weeklyDeployments(
                    report.weeks.map { Charts.Week(period: $0.period, deployments: $0.figures?.deployments, failed: $0.figures?.failedDeployments) },
                    events: events, targets: chartTargets(targets, .deploymentFrequency), id: "\(id)-weekly")),
            leadChart: TrustedHTML(
                Charts.monthlyHours(
                    report.months.map { ($0.period, $0.figures?.leadTime.p50) }, tiers: .leadTime, of: benchmark,
                    title: "Lead time for changes, monthly p50", events: events, targets: chartTargets(targets, .leadTime), id: "\(id)-lead")),
            recoveryChart: TrustedHTML(
                Charts.monthlyHours(
                    report.months.map { ($0.period, $0.figures?.recovery.p50) }, tiers: .recoveryTime, of: benchmark,
                    title: "Failed deployment recovery time, monthly p50", events: events, targets: chartTargets(targets, .recoveryTime),
                    id: "\(id)-recovery")),
            weeks: weeks,
            months: months,
            tierCharts: tierCharts,
            teamsReporting: window.teamsReporting
        )
        panel.previousText =
            "against the \(report.previous.period.days) days before (\(report.previous.period.start.display) – \(report.previous.period.end.display))"
        panel.staleNote = staleNote(report)
        panel.quickCheck = quickCheck(window)
        panel.events = events.enumerated().map {
            EventRow(number: $0.offset + 1, day: $0.element.date.description, date: $0.element.date.display, title: $0.element.title)
        }
        return panel
    }

    /// A team's window figures as cells of the side-by-side table: arrows for notable changes, a
    /// stale team's last tiers greyed.
    func teamCells(_ report: DORAReport) -> [FigureCell] {
        let window = report.window
        guard let figures = window.figures else { return Array(repeating: cell("no data", nil), count: 4) }
        let approx = figures.approx
        var cells = [
            cell(Format.number(figures.deploymentsPerWeek), window.tiers?.deploymentFrequency, label: "Deploys/week", sort: figures.deploymentsPerWeek),
            cell(
                figures.leadTime.p50.map { Format.approx(Format.hours($0), approx) } ?? "—", window.tiers?.leadTime, label: "Lead time",
                sort: figures.leadTime.p50),
            cell(
                figures.changeFailureRate.map(Format.percent) ?? "—", window.tiers?.changeFailureRate, label: "Change failure rate",
                sort: figures.changeFailureRate),
            cell(
                figures.recovery.p50.map { Format.approx(Format.hours($0), approx) } ?? "—", window.tiers?.recoveryTime, label: "Recovery",
                sort: figures.recovery.p50),
        ]
        for (index, metric) in TieredMetric.allCases.enumerated() {
            let change = report.change[metric]
            if let notable = Self.notable(change) {
                cells[index].notable = notable
                cells[index].previous = change?.previous.map { "previous \(text(metric, $0))" }
            }
            if report.span?.stale == true, let name = cells[index].tierName {
                cells[index].tier = "stale"
                cells[index].tierName = "last " + name
            }
        }
        return cells
    }
}
