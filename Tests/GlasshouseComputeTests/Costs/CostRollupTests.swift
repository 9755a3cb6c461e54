import GlasshouseCore
import Testing

@testable import GlasshouseCompute

@Suite("Unit and org costs: budget scope, forecast, by unit and by team (metrics.md §4)")
struct CostRollupTests {
    let series = PeriodSeries(asOf: day(2026, 11, 20), windowDays: 90, historyWeeks: 4, historyMonths: 3)

    func months(_ amounts: [(Int, Double)], budget: Double? = nil) -> [CostMonth] {
        CostEngine.team(
            CostSums(amounts.map { CostRow(month: Month(year: 2026, month: $0.0), amount: $0.1) }), series: series,
            budget: budget, deployments: { _ in nil }, anomalyRatio: 0.2, anomalyMinAmount: 100)
    }

    /// t1 directly in the unit (budget 100); t2 (budget 50) and t3 in sub-unit u1; t4 in sub-unit u2.
    var members: [CostMember] {
        [
            CostMember(team: "t1", subUnit: nil, budget: 100, months: months([(10, 80), (11, 40)], budget: 100)),
            CostMember(team: "t2", subUnit: "u1", budget: 50, months: months([(10, 70)], budget: 50)),
            CostMember(team: "t3", subUnit: "u1", budget: nil, months: months([(10, 30), (11, 10)])),
            CostMember(team: "t4", subUnit: "u2", budget: nil, months: months([(9, 5), (10, 5)])),
        ]
    }

    func pool(own: Double?, budgeted: [String], unallocated: CostSums? = nil) -> [CostMonth] {
        CostEngine.pool(
            members, subUnits: ["u2", "u1"], budget: UnitBudget(own: own, budgetedTeams: budgeted, teamCount: 4), unallocated: unallocated, series: series)
    }

    @Test("totals by direct sub-unit (org.yaml order) and by team placed directly in the unit add up to the total")
    func byUnitAndTeam() {
        let result = pool(own: nil, budgeted: [])
        #expect(result.map(\.month.description) == ["2026-09", "2026-10", "2026-11"])
        let october = result[1]
        #expect(october.total == 185)
        #expect(october.byUnit!.map(\.id) == ["u2", "u1"] && october.byUnit!.map(\.total) == [5, 100])
        #expect(october.byTeam!.map(\.id) == ["t1"] && october.byTeam!.map(\.total) == [80])
        // A sub-unit or team without cost in the month has no entry (not a zero).
        #expect(result[2].byUnit!.map(\.id) == ["u1"] && result[2].byUnit![0].total == 10)
        #expect(result[0].byTeam!.isEmpty && result[0].byUnit!.map(\.id) == ["u2"])
    }

    @Test("the partial month's forecast applies the team rule to the pooled total: 50 · 30 / 20")
    func forecast() {
        let result = pool(own: nil, budgeted: [])
        #expect(result[1].forecast == nil)
        #expect(result[2].total == 50 && result[2].forecast == 75)
        // The org's pooled total includes unallocated cost: (50 + 10) · 30 / 20.
        let org = pool(own: nil, budgeted: [], unallocated: CostSums([CostRow(month: Month(year: 2026, month: 11), amount: 10)]))
        #expect(org[2].total == 60 && org[2].forecast == 90 && org[2].unallocated == 10)
    }

    @Test("no budget anywhere: budget, scope, budget cost and variance are all null")
    func noBudget() {
        for month in pool(own: nil, budgeted: []) {
            #expect(month.budget == nil && month.budgetScope == nil && month.budgetCost == nil && month.budgetVariance == nil)
        }
        #expect(UnitBudget(own: nil, budgetedTeams: [], teamCount: 3).scope == nil)
    }

    @Test("its own budget is compared with its whole total, or the forecast of a partial month")
    func ownBudget() {
        let result = pool(own: 200, budgeted: ["t1", "t2"])  // its own budget wins over the teams'
        #expect(result.allSatisfy { $0.budgetScope == .unit && $0.budget == 200 })
        #expect(result[1].budgetCost == 185 && result[1].budgetVariance == -15)
        #expect(result[2].budgetCost == 75 && result[2].budgetVariance == -125)
        #expect(result[0].budgetCost == 5 && result[0].budgetVariance == -195)
        // A budget of 0 is a budget.
        let zero = pool(own: 0, budgeted: [])
        #expect(zero[1].budgetScope == .unit && zero[1].budgetVariance == 185)
    }

    @Test("the teams' budgets are compared with those teams' cost only, forecast in a partial month")
    func teamsBudget() {
        let result = pool(own: nil, budgeted: ["t1", "t2"])
        // October: budgets 100 + 50 against 80 + 70 (not the unit's 185).
        #expect(result[1].budgetScope == .teams && result[1].budget == 150 && result[1].budgetCost == 150 && result[1].budgetVariance == 0)
        // November: only t1 has cost: its budget 100 against 40 · 30 / 20 = 60.
        #expect(result[2].budgetScope == .teams && result[2].budget == 100 && result[2].budgetCost == 60 && result[2].budgetVariance == -40)
        // September: no budgeted team has cost, so nothing is compared.
        #expect(result[0].budgetScope == nil && result[0].budget == nil && result[0].budgetCost == nil && result[0].budgetVariance == nil)
    }
}
