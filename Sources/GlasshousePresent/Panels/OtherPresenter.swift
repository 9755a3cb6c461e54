import GlasshouseCompute
import GlasshouseCore
import Foundation

/// Turns SLO, cost and CALMS figures into the view models of team, unit and org pages.
struct OtherPresenter {
    let currency: String

    static let statusNames: [SLOStatus: String] = [.healthy: "Healthy", .atRisk: "At risk", .exhausted: "Exhausted", .noData: "No data", .notEnoughEvents: "Not enough events"]

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
            shortHistory: figures.shortHistory ? figures.dataFrom.map { "Data only since \($0.display): less than the \(figures.slo.windowDays)-day window." } : nil,
            monthToDate: figures.monthToDate.attainment.map { attainment in
                "Month to date: \(percent(attainment))" + (figures.monthToDate.budgetRemaining.map { $0 > 0 ? ", \(Format.number($0 * 100)) % of the month's budget left" : ", the month's budget is used up" } ?? "")
            },
            history: figures.months.isEmpty ? nil : TrustedHTML(Charts.compliance(figures.months.map { ($0.label, $0.budgetConsumed) },
                label: "Error budget consumed per month: " + figures.months.map { "\($0.label) \($0.budgetConsumed.map { Format.percent($0) } ?? "no data")" }.joined(separator: ", ")))
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

    /// The cost panel. `budgetLine`: whether the months' budgets cover the whole cost drawn (a team,
    /// a unit with its own budget); the summed budgets of some teams of a unit do not, and are
    /// listed beside those teams' cost in the table but never drawn over the unit's bars.
    func costs(_ months: [CostMonth], asOf: Day, budgetLine: Bool, marks: (events: [Charts.Event], targets: [Charts.Target]) = ([], []), id: String) -> CostPanel {
        let hasUnallocated = months.contains { ($0.unallocated ?? 0) != 0 }
        // With unallocated cost (the org), categories are the teams' alone and unallocated is its own series.
        func categories(_ month: CostMonth) -> [(category: String, total: Double)] { hasUnallocated ? month.allocatedByCategory ?? [] : month.byCategory }
        var totals: [String: Double] = [:]
        for month in months { for entry in categories(month) { totals[entry.category, default: 0] += entry.total } }
        var series = totals.keys.sorted { (totals[$0]!, $1) > (totals[$1]!, $0) }
        if hasUnallocated { series.append("unallocated") }
        let bars = months.map { month -> Charts.CostBar in
            let entries = categories(month)
            var amounts = series.map { name in entries.first { $0.category == name }?.total ?? 0 }
            if hasUnallocated { amounts[amounts.count - 1] = month.unallocated ?? 0 }
            return Charts.CostBar(label: month.month.description, amounts: amounts, budget: budgetLine ? month.budget : nil, anomaly: month.anomaly == true, forecast: month.forecast)
        }
        let rows = months.reversed().map { month in
            CostRowView(
                month: month.month.description, total: Format.money(month.total, currency),
                budget: month.budget.map { Format.money($0, currency) },
                budgetCost: month.budgetScope == .teams ? month.budgetCost.map { Format.money($0, currency) } : nil,
                variance: month.budgetVariance.map { ($0 > 0 ? "+" : "") + Format.money($0, currency) },
                overBudget: (month.budgetVariance ?? 0) > 0, forecast: month.forecast.map { Format.money($0, currency) },
                waste: month.wasteRatio.map { Format.percent($0) }, perDeployment: month.costPerDeployment.map { Format.money($0, currency) },
                change: month.change.map { ($0 > 0 ? "+" : "") + Format.money($0, currency) },
                unallocated: month.unallocated.map { Format.money($0, currency) }, anomaly: month.anomaly == true
            )
        }
        return CostPanel(
            currency: currency,
            chart: TrustedHTML(Charts.costs(bars, months: months.map { Period.month($0.month, asOf: asOf) }, series: series, currency: currency,
                                            events: marks.events, targets: marks.targets, id: id + "-costs")),
            legend: series.enumerated().map { LegendItem(name: $0.element, index: $0.offset % 8) },
            months: rows,
            latestTotal: months.last.map { Format.money($0.total, currency) },
            latestPerDeployment: months.last?.costPerDeployment.map { Format.money($0, currency) },
            anomalies: months.filter { $0.anomaly == true }.count,
            hasForecast: months.contains { $0.forecast != nil },
            budgetLine: budgetLine && months.contains { $0.budget != nil },
            hasUnallocated: hasUnallocated,
            columns: CostColumns(months)
        )
    }

    /// A unit's or the org's costs, with what its budget covers.
    func unitCosts(_ months: [CostMonth], budget: UnitBudget, asOf: Day, marks: (events: [Charts.Event], targets: [Charts.Target]), id: String) -> CostPanel {
        var panel = costs(months, asOf: asOf, budgetLine: budget.scope == .unit, marks: marks, id: id)
        panel.budgetNote = Self.budgetNote(budget)
        return panel
    }

    /// "Budget of the unit itself", "Budgets of 2 of 12 teams", or nil without budget.
    static func budgetNote(_ budget: UnitBudget) -> String? {
        switch budget.scope {
        case .unit: return "Budget set in org.yaml for the whole of it, compared with its whole cost."
        case .teams:
            let n = budget.budgetedTeams.count
            return "Budgets of \(n) of \(budget.teamCount) team\(budget.teamCount == 1 ? "" : "s"), compared with the cost of \(n == 1 ? "that team" : "those teams") only."
        case nil: return nil
        }
    }

    static func pillarName(_ pillar: Pillar) -> String { pillar.rawValue.prefix(1).uppercased() + pillar.rawValue.dropFirst() }

    func pillarCells(_ scores: [Double], delta: [Double]?, constraint: Pillar?) -> [PillarCell] {
        Pillar.allCases.enumerated().map { index, pillar in
            PillarCell(
                pillar: Self.pillarName(pillar), score: Format.number(scores[index]), band: CALMSBand(score: scores[index]).rawValue,
                delta: delta.map { ($0[index] > 0 ? "+" : "") + Format.number($0[index]) }, constraint: pillar == constraint,
                level: min(5, max(1, Int(scores[index].rounded())))
            )
        }
    }

    func calms(_ figures: CALMSFigures, notes: TrustedHTML?, id: String) -> CALMSPanel {
        guard let latest = figures.latest, let constraint = figures.constraint else {
            return CALMSPanel(headline: nil, date: nil, respondents: nil, overall: nil, stale: false, chart: nil, pillars: [], notes: nil, n: nil, heatmap: [])
        }
        return CALMSPanel(
            headline: "\(Self.pillarName(constraint)) holds this team back.",
            date: latest.date.display, respondents: latest.respondents, overall: figures.overall.map(Format.number),
            stale: figures.stale ?? false,
            chart: TrustedHTML(Charts.radar(latest.scores, previous: figures.previous?.scores, id: id + "-radar")),
            pillars: pillarCells(latest.scores, delta: figures.delta?.pillars, constraint: constraint),
            notes: notes, n: nil, heatmap: []
        )
    }

    func unitCALMS(_ summary: CALMSSummary?, heatmap: [CALMSHeatRow]) -> CALMSPanel {
        CALMSPanel(
            headline: summary.map { "\(Self.pillarName($0.constraint)) is the lowest pillar across these teams." },
            date: nil, respondents: nil, overall: summary.map { Format.number($0.overall) }, stale: false, chart: nil,
            pillars: summary.map { pillarCells($0.scores, delta: nil, constraint: $0.constraint) } ?? [],
            notes: nil, n: summary?.n ?? 0, heatmap: heatmap
        )
    }

    func heatRow(name: String, href: String, figures: CALMSFigures?) -> CALMSHeatRow {
        guard let figures, let latest = figures.latest else {
            return CALMSHeatRow(name: name, href: href, cells: [], overall: "—", note: "no assessment")
        }
        return CALMSHeatRow(
            name: name, href: href, cells: pillarCells(latest.scores, delta: nil, constraint: figures.constraint),
            overall: figures.overall.map(Format.number) ?? "—", note: figures.stale == true ? "stale (\(latest.date.display))" : nil
        )
    }
}
