import GlasshouseCompute
import GlasshouseCore
import Foundation

/// The methodology page.
extension SitePresenter {
    func methodologyPage(at path: String) -> MethodologyPage {
        let config = content.config
        let b = figures.benchmark
        func perWeek(_ value: Double) -> String { "≥ \(Format.number(value)) deploy days/week" }
        func below(_ value: Double) -> String { "< \(Format.hours(value))" }
        func atMost(_ value: Double) -> String { "≤ \(Format.percent(value))" }
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
            benchmarkRows: [
                BenchmarkRow(metric: "Deployment frequency", elite: perWeek(b.deployDaysPerWeek.elite), high: perWeek(b.deployDaysPerWeek.high),
                             medium: perWeek(b.deployDaysPerWeek.medium), low: "otherwise"),
                BenchmarkRow(metric: "Lead time (p50)", elite: below(b.leadTimeHours.elite), high: below(b.leadTimeHours.high),
                             medium: below(b.leadTimeHours.medium), low: "≥ \(Format.hours(b.leadTimeHours.medium))"),
                BenchmarkRow(metric: "Change failure rate", elite: atMost(b.changeFailureRate.elite), high: atMost(b.changeFailureRate.high),
                             medium: atMost(b.changeFailureRate.medium), low: "otherwise"),
                BenchmarkRow(metric: "Recovery time (p50)", elite: below(b.recoveryHours.elite), high: below(b.recoveryHours.high),
                             medium: below(b.recoveryHours.medium), low: "≥ \(Format.hours(b.recoveryHours.medium))"),
            ],
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
}
