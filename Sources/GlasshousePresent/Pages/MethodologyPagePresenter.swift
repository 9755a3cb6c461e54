import Foundation
import GlasshouseCompute
import GlasshouseCore

/// The methodology page.
extension SitePresenter {
    func methodologyPage(at path: String) -> MethodologyPage {
        let config = content.config
        let b = figures.benchmark
        let window = figures.series.window
        return MethodologyPage(
            frame: frame(title: "Methodology", path: path, crumbs: [Crumb(name: "Methodology", href: nil)]),
            asOf: asOf.day.display,
            asOfSource: asOf.source.rawValue,
            timezone: config.timezone.identifier,
            windowDays: config.windowDays,
            windowText: "\(window.start.display) – \(window.end.display)",
            historyWeeks: config.historyWeeks,
            historyMonths: config.historyMonths,
            environments: config.dora.productionEnvironments.joined(separator: ", "),
            benchmark: b.name,
            benchmarkRows: TieredMetric.allCases.map { Self.benchmarkRow($0, b[$0]) },
            builtInBenchmarks: Benchmark.builtIn.values.sorted { $0.name > $1.name }.map(Self.builtInBenchmark),
            staleAfterDays: config.staleAfterDays,
            sloAtRisk: Format.percent(SLOEngine.atRiskRemaining),
            anomalyRatio: Format.percent(config.finops.anomalyRatio),
            anomalyMinimum: Format.money(config.finops.anomalyMinAmount, config.currency),
            costColumn: config.finops.costColumn,
            teamTag: config.finops.teamTag,
            currency: config.currency,
            calmsCrawlBelow: Format.number(CALMSBand.crawlBelow),
            calmsWalkBelow: Format.number(CALMSBand.walkBelow),
            calmsStaleDays: CALMSEngine.staleAfterDays,
            quickCheckMeans: DORAChangeText.quickCheckMeans
        )
    }

    /// A built-in benchmark's thresholds in one line, newest benchmark first: the tier table's
    /// elite, high and medium cells of each metric.
    static func builtInBenchmark(_ benchmark: Benchmark) -> BuiltInBenchmark {
        let metrics = TieredMetric.allCases.map { metric in
            let row = benchmarkRow(metric, benchmark[metric])
            return "\(row.metric) \(row.elite), \(row.high), \(row.medium)"
        }
        return BuiltInBenchmark(name: benchmark.name, thresholds: metrics.joined(separator: "; "))
    }

    /// A row of the tier table, read from the benchmark: each tier's threshold with the metric's
    /// direction (the comparison `Benchmark.tier` makes), and low as what passes none.
    static func benchmarkRow(_ metric: TieredMetric, _ thresholds: Benchmark.Thresholds) -> BenchmarkRow {
        let name = DORAPresenter.metricNames[metric]!
        let (title, text): (String, (Double) -> String) =
            switch metric {
            case .deploymentFrequency: (name, { "\(Format.number($0)) deploy days/week" })
            case .leadTime, .recoveryTime: (name + " (p50)", Format.hours)
            case .changeFailureRate: (name, Format.percent)
            }
        func passing(_ tier: Tier) -> String { metric.direction.passSymbol + " " + text(thresholds[tier]!) }
        return BenchmarkRow(
            metric: title, elite: passing(.elite), high: passing(.high), medium: passing(.medium),
            low: metric.direction.failSymbol + " " + text(thresholds.medium))
    }
}

extension TieredMetric.Direction {
    /// How the tier table writes a threshold a figure must pass: at least, at most, below.
    var passSymbol: String {
        switch self {
        case .atLeast: "≥"
        case .atMost: "≤"
        case .below: "<"
        }
    }

    /// How it writes the figures that pass no threshold (low), from the medium threshold.
    var failSymbol: String {
        switch self {
        case .atLeast: "<"
        case .atMost: ">"
        case .below: "≥"
        }
    }
}
