import GlasshouseCompute
import GlasshouseCore

/// The leadership additions to DORA panels: change against the previous window (arrows only for
/// notable changes, metrics.md §2.11), stale teams' greyed tiers (§2.10), Quick Check scores
/// (§2.12), and events and targets on the charts.
extension DORAPresenter {
    static let metricNames: [TieredMetric: String] = [
        .deploymentFrequency: "Deployment frequency", .leadTime: "Lead time", .changeFailureRate: "Change failure rate", .recoveryTime: "Recovery time",
    ]

    /// How a headline metric's value reads.
    func text(_ metric: TieredMetric, _ value: Double?) -> String {
        guard let value else { return "—" }
        switch metric {
        case .deploymentFrequency: return Format.number(value) + "/week"
        case .leadTime, .recoveryTime: return Format.hours(value)
        case .changeFailureRate: return Format.percent(value)
        }
    }

    /// ▲ or ▼ and `better` or `worse` for a notable change; nil otherwise (noise is never a trend).
    static func notable(_ change: MetricChange?) -> NotableArrow? {
        guard let change, change.notable, let direction = change.direction, direction != .steady else { return nil }
        return NotableArrow(arrow: (change.delta ?? 0) > 0 ? "▲" : "▼", direction: direction.rawValue)
    }

    /// The headline cards with their previous values, arrows, and for a stale team its last tiers greyed.
    func annotate(_ cards: [MetricCard], report: DORAReport) -> [MetricCard] {
        let stale = report.span?.stale == true
        return cards.enumerated().map { index, card in
            var card = card
            guard index < TieredMetric.allCases.count else { return card }
            let metric = TieredMetric.allCases[index]
            let change = report.change[metric]
            card.metric = metric.rawValue
            card.previous = change?.previous.map { "previous \(text(metric, $0))" }
            card.notable = Self.notable(change)
            if stale, let name = card.tierName {
                card.staleTier = "last " + name
                card.tier = nil
                card.tierName = nil
            }
            return card
        }
    }

    /// "No DORA data since 16 Sep 2026" for a stale team.
    func staleNote(_ report: DORAReport) -> String? {
        guard let span = report.span, span.stale else { return nil }
        return
            "No DORA data since \(span.to.display): the feed stopped. Figures describe \(span.from.map { $0.display + " – " } ?? "up to ")\(span.to.display); the last tiers are shown greyed, not as current performance."
    }

    /// Quick Check scores: a team's beside dora.dev's 2025 means, a unit's median and spread.
    func quickCheck(_ window: DORAPeriodFigures) -> [QuickCheckRow] {
        let names: [(QuickCheckScore, String)] = [
            (.deploymentFrequency, "Deployment frequency"), (.leadTime, "Lead time"), (.recoveryTime, "Recovery time"),
            (.changeFailureRate, "Change failure rate"), (.rework, "Rework"), (.performance, "Performance"),
        ]
        func width(_ score: Double?) -> Int { Int(((score ?? 0) * 10).rounded()) }
        if let check = window.quickCheck {
            return names.map { score, name in
                QuickCheckRow(
                    name: name, score: check[score].map(Format.number) ?? "—", width: width(check[score]),
                    mean: QuickCheck.referenceMeans2025[score].map { Format.number($0) }, spread: nil)
            }
        }
        guard let spread = window.quickCheckSpread else { return [] }
        return names.compactMap { score, name in
            guard let entry = spread[score], entry.n > 0 else { return nil }
            return QuickCheckRow(
                name: name, score: entry.p50.map(Format.number) ?? "—", width: width(entry.p50), mean: nil,
                spread: "\(entry.min.map(Format.number) ?? "—")–\(entry.max.map(Format.number) ?? "—") over \(entry.n) team\(entry.n == 1 ? "" : "s")")
        }
    }

    /// Chart targets of one metric: a line at the target's value up to its deadline.
    func chartTargets(_ targets: [TargetResult], _ metric: TargetMetric) -> [Charts.Target] {
        targets.filter { $0.target.metric == metric }.map { result in
            let label: String
            switch metric {
            case .leadTime, .recoveryTime: label = Format.hours(result.target.value)
            case .deploymentFrequency: label = Format.number(result.target.value) + " deploys/week"
            default: label = Format.number(result.target.value)
            }
            return Charts.Target(value: result.target.value, since: result.target.since, by: result.target.by, label: label)
        }
    }
}
