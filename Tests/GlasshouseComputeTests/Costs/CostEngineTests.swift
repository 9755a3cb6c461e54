import GlasshouseCore
import Testing

@testable import GlasshouseCompute

@Suite("Cost figures (metrics.md §4)")
struct CostEngineTests {
    func month(_ y: Int, _ m: Int) -> Month { Month(year: y, month: m) }

    func costs(_ rows: [CostRow], asOf: Day = day(2026, 11, 20), budget: Double? = nil, deployments: [Int?] = []) -> [CostMonth] {
        let series = PeriodSeries(asOf: asOf, windowDays: 90, historyWeeks: 4, historyMonths: 6)
        return CostEngine.team(
            CostSums(cutCosts(rows, at: asOf)), series: series, budget: budget,
            deployments: { $0 < deployments.count ? deployments[$0] : nil }, anomalyRatio: 0.2, anomalyMinAmount: 100)
    }

    @Test("totals, idle, categories, waste, change, credits; empty months have no entry")
    func totals() {
        let result = costs([
            CostRow(month: month(2026, 7), amount: 1000, category: "compute", idle: 100),
            CostRow(month: month(2026, 7), amount: 500, category: "storage"),
            CostRow(month: month(2026, 7), amount: -200, category: "compute"),  // a credit
            CostRow(month: month(2026, 9), amount: 1400),
            CostRow(month: month(2026, 10), amount: 50, idle: 10),
            CostRow(month: month(2026, 10), amount: -50),
            CostRow(month: month(2026, 12), amount: 999),  // after D's month
        ])
        #expect(result.map(\.month.description) == ["2026-07", "2026-09", "2026-10"])
        let july = result[0]
        #expect(july.total == 1300 && july.idle == 100)
        #expect(july.byCategory.map(\.category) == ["compute", "storage"] && july.byCategory.map(\.total) == [800, 500])
        #expect(close(july.wasteRatio, 100.0 / 1300))
        #expect(july.change == nil)  // June has no rows
        #expect(result[1].change == nil)  // August has no rows
        #expect(result[2].change == -1400)
        #expect(result[2].wasteRatio == nil)  // total 0
        #expect(result[2].anomaly == false)
    }

    @Test("the partial month gets a forecast, no anomaly; budget variance uses the forecast")
    func forecast() {
        let result = costs(
            [CostRow(month: month(2026, 11), amount: 2000), CostRow(month: month(2026, 10), amount: 3100)],
            budget: 2500, deployments: [nil, nil, nil, nil, 0, 8])
        let november = result[1]
        #expect(november.forecast == 3000)  // 2000 · 30 / 20
        #expect(november.budgetVariance == 500)
        #expect(november.anomaly == nil)
        #expect(november.costPerDeployment == 250)
        let october = result[0]
        #expect(october.forecast == nil && october.budgetVariance == 600 && october.costPerDeployment == nil)
        // On the last day of the month the month is whole: no forecast.
        let whole = costs([CostRow(month: month(2026, 11), amount: 2000)], asOf: day(2026, 11, 30))
        #expect(whole[0].forecast == nil && whole[0].anomaly == false)
    }

    @Test("an anomaly needs three previous months, a ratio above 1.2 and at least 100 more")
    func anomalies() {
        func october(_ amount: Double, history: [Double]) -> Bool? {
            let rows =
                history.enumerated().map { CostRow(month: month(2026, 9 - $0.offset), amount: $0.element) } + [CostRow(month: month(2026, 10), amount: amount)]
            return costs(rows).last { $0.month == month(2026, 10) }?.anomaly
        }
        #expect(october(1300, history: [1000, 1000, 1000]) == true)
        #expect(october(1200, history: [1000, 1000, 1000]) == false)  // exactly 1.2 × mean is not above
        #expect(october(1300, history: [1000, 1000]) == false)  // only two previous months
        #expect(october(190, history: [100, 100, 100]) == false)  // 90 above the mean: under the minimum amount
        #expect(october(220, history: [100, 100, 100]) == true)  // exactly 100 above counts
    }

    @Test("units and the org add totals, idle, categories and budgets; the org adds unallocated cost")
    func pooled() {
        let series = PeriodSeries(asOf: day(2026, 11, 20), windowDays: 90, historyWeeks: 4, historyMonths: 2)
        let a = CostEngine.team(
            CostSums([CostRow(month: month(2026, 10), amount: 100, category: "compute", idle: 5)]), series: series,
            budget: 150, deployments: { _ in nil }, anomalyRatio: 0.2, anomalyMinAmount: 100)
        let b = CostEngine.team(
            CostSums([CostRow(month: month(2026, 10), amount: 50, category: "storage")]), series: series,
            budget: nil, deployments: { _ in nil }, anomalyRatio: 0.2, anomalyMinAmount: 100)
        let unallocated = CostSums([CostRow(month: month(2026, 11), amount: 7, category: "network")])
        let members = [CostMember(team: "a", subUnit: nil, budget: 150, months: a), CostMember(team: "b", subUnit: nil, budget: nil, months: b)]
        let budget = UnitBudget(own: nil, budgetedTeams: ["a"], teamCount: 2)
        let org = CostEngine.pool(members, subUnits: [], budget: budget, unallocated: unallocated, series: series)
        #expect(org.map(\.month.description) == ["2026-10", "2026-11"])
        #expect(org[0].total == 150 && org[0].idle == 5 && org[0].budget == 150 && org[0].unallocated == 0)
        #expect(org[0].byCategory.map(\.category) == ["compute", "storage"])
        #expect(org[1].total == 7 && org[1].unallocated == 7 && org[1].budget == nil)
        #expect(CostEngine.pool(members, subUnits: [], budget: budget, unallocated: nil, series: series)[0].unallocated == nil)
    }
}
