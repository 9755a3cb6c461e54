import Foundation
import GlasshouseCompute
import GlasshouseCore

/// Turns SLO figures into the SLO panels of team and unit pages.
struct SLOPanelPresenter {
    static let statusNames: [SLOStatus: String] = [
        .healthy: "Healthy", .atRisk: "At risk", .exhausted: "Exhausted", .noData: "No data", .notEnoughEvents: "Not enough events",
    ]

    func percent(_ value: Double?, digits: Int = 3) -> String {
        guard let value else { return "—" }
        return Format.short(value * 100, decimals: digits) + " %"
    }

    func sloRow(_ figures: SLOFigures, team: (name: String, href: String)?) -> SLORow {
        let remaining = figures.budgetRemaining
        var forecast: String?
        if figures.status == .exhausted {
            forecast = "Error budget exhausted."
        } else if let days = figures.daysToExhaustion {
            forecast = "Budget lasts \(Format.number(days)) more day\(days == 1 ? "" : "s") at this week's burn."
        } else if figures.status == .notEnoughEvents {
            forecast = "Fewer than \(figures.slo.minEvents) events in the window: too few to judge."
        } else if figures.status != .noData {
            forecast = "No budget burned this week."
        }
        return SLORow(
            name: figures.slo.name, id: figures.slo.id, teamName: team?.name, teamHref: team?.href, service: figures.slo.service,
            description: figures.slo.description, objective: Format.short(figures.slo.objective, decimals: 4) + " %",
            windowDays: figures.slo.windowDays, attainment: percent(figures.attainment),
            status: figures.status.rawValue, statusName: Self.statusNames[figures.status]!,
            budgetWidth: Format.widthPercent(remaining),
            budgetText: remaining.map { "\(Format.number($0 * 100)) % left" } ?? "no data",
            burn1d: figures.burnRate1d.map { Format.number($0) + "×" } ?? "—",
            burn7d: figures.burnRate7d.map { Format.number($0) + "×" } ?? "—",
            forecast: forecast, policy: figures.status == .exhausted,
            shortHistory: figures.shortHistory
                ? figures.dataFrom.map { "Data only since \($0.display): less than the \(figures.slo.windowDays)-day window." } : nil,
            monthToDate: figures.monthToDate.attainment.map { attainment in
                "Month to date: \(percent(attainment))"
                    + (figures.monthToDate.budgetRemaining.map {
                        $0 > 0 ? ", \(Format.number($0 * 100)) % of the month's budget left" : ", the month's budget is used up"
                    } ?? "")
            },
            history: figures.months.isEmpty
                ? nil
                : TrustedHTML(
                    Charts.compliance(
                        figures.months.map { ($0.label, $0.budgetConsumed) },
                        label: "Error budget consumed per month: "
                            + figures.months.map { "\($0.label) \($0.budgetConsumed.map { Format.percent($0) } ?? "no data")" }.joined(separator: ", ")))
        )
    }

    /// Worst first: exhausted, then at risk, then least budget left.
    static func worstFirst(_ a: SLOFigures, _ b: SLOFigures) -> Bool {
        let rank: [SLOStatus: Int] = [.exhausted: 0, .atRisk: 1, .healthy: 2, .notEnoughEvents: 3, .noData: 4]
        return (rank[a.status]!, a.budgetRemaining ?? 2, a.slo.id) < (rank[b.status]!, b.budgetRemaining ?? 2, b.slo.id)
    }

    func unitSLOs(_ slos: [(figures: SLOFigures, team: (name: String, href: String)?)]) -> SLOPanel {
        let counts = SLOCounts(slos.map(\.figures))
        let worst = slos.sorted { Self.worstFirst($0.figures, $1.figures) }.prefix(5).filter { $0.figures.status == .exhausted || $0.figures.status == .atRisk }
        return SLOPanel(
            rows: worst.map { sloRow($0.figures, team: $0.team) }, showTeam: true,
            counts: SLOStatus.allCases.map { FigureCell(text: String(counts[$0]), tier: $0.rawValue, tierName: Self.statusNames[$0]) },
            total: counts.total, met: counts.met
        )
    }
}
