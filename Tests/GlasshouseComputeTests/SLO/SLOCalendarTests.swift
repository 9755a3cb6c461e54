import Testing

@testable import GlasshouseCompute
@testable import GlasshouseCore

@Suite("SLO min_events, monthly budget, month to date and short history (metrics.md §3)")
struct SLOCalendarTests {
    let asOf = day(2026, 11, 20)

    /// One SLO (99 %, 28 days: window 24 Oct … 20 Nov) with rows of (day, good, total), months Oct and Nov.
    func slo(_ rows: [(Day, Double, Double)], minEvents: Int = 0, asOf: Day? = nil) -> SLOFigures {
        var data = SLOData()
        data.slos = [SLODefinition(id: "s", objective: 99, windowDays: 28, minEvents: minEvents)]
        data.sli = rows.map { SLIRow(slo: 0, start: .day($0.0), good: $0.1, total: $0.2) }
        let series = PeriodSeries(asOf: asOf ?? self.asOf, windowDays: 28, historyWeeks: 4, historyMonths: 2)
        return SLOEngine.figures(cutSLIs(data, at: series.asOf, zone: .utc), series: series, zone: .utc).slos[0]
    }

    @Test("fewer events than min_events: not_enough_events; met, burn rates and days to exhaustion null; the rest stays")
    func notEnoughEvents() {
        // 999 events, 10 bad: attainment 989/999, budget used 10 / (0.01 · 999) = 1000/999.
        let few = slo([(day(2026, 11, 20), 989, 999)], minEvents: 1000)
        #expect(few.status == .notEnoughEvents)
        #expect(few.met == nil && few.burnRate1d == nil && few.burnRate7d == nil && few.daysToExhaustion == nil)
        #expect(close(few.attainment, 989.0 / 999))
        #expect(close(few.budgetConsumed, 1000.0 / 999))
        #expect(close(few.budgetRemaining, -1.0 / 999))  // overspent, yet not "exhausted": too few events to judge
        #expect(few.months[1].met == false && few.months[1].total == 999)  // months keep met
        #expect(close(few.months[1].budgetConsumed, 1000.0 / 999))
        // Exactly min_events: judged. 10 bad of 1000 uses exactly the budget.
        let enough = slo([(day(2026, 11, 20), 990, 1000)], minEvents: 1000)
        #expect(enough.status == .exhausted && enough.met == true && enough.burnRate1d == 1 && enough.burnRate7d == 1)
        // No events at all is no_data, whatever min_events says; min_events 0 never applies.
        #expect(slo([], minEvents: 1000).status == .noData)
        #expect(slo([(day(2026, 11, 20), 1, 1)]).status == .healthy)
        // Events outside the window do not count towards min_events.
        let old = slo([(day(2026, 10, 23), 5000, 5000), (day(2026, 10, 24), 10, 10)], minEvents: 11)
        #expect(old.total == 10 && old.status == .notEnoughEvents)
    }

    @Test("units count not_enough_events; an SLO without a window verdict is not met")
    func counts() {
        let counts = SLOCounts([
            slo([(day(2026, 11, 20), 989, 999)], minEvents: 1000),
            slo([(day(2026, 11, 20), 1000, 1000)], minEvents: 1000),
            slo([]),
        ])
        #expect(counts.total == 3 && counts.met == 1)
        #expect(counts[.notEnoughEvents] == 1 && counts[.healthy] == 1 && counts[.noData] == 1)
    }

    @Test("budget_consumed per month and the month-to-date budget beside the rolling one")
    func monthToDate() {
        let rows: [(Day, Double, Double)] = [
            (day(2026, 10, 31), 900, 1000),  // October: 100 bad of 1000 = 10 budgets
            (day(2026, 11, 1), 995, 1000),
            (day(2026, 11, 20), 990, 1000),  // November to date: 15 bad of 2000 = 0.75 of the budget
            (day(2026, 11, 21), 0, 1000),  // after D
        ]
        let s = slo(rows)
        #expect(s.months.map(\.budgetConsumed) == [10, 0.75])
        #expect(s.monthToDate == SLOMonthToDate(good: 1985, total: 2000, attainment: 0.9925, budgetConsumed: 0.75, budgetRemaining: 0.25))
        // The rolling window (24 Oct … 20 Nov) also holds October's last day: 115 bad of 3000.
        #expect(close(s.budgetConsumed, 115.0 / 30))
        // On the first of the month, month to date is that day alone.
        let first = slo(rows, asOf: day(2026, 11, 1))
        #expect(first.monthToDate == SLOMonthToDate(good: 995, total: 1000, attainment: 0.995, budgetConsumed: 0.5, budgetRemaining: 0.5))
        // No events this month: nulls, zeros for the sums; a month without events has a null budget.
        let quiet = slo([(day(2026, 10, 31), 1000, 1000)])
        #expect(quiet.monthToDate == SLOMonthToDate(good: 0, total: 0, attainment: nil, budgetConsumed: nil, budgetRemaining: nil))
        #expect(quiet.months.map(\.budgetConsumed) == [0, nil])
    }

    @Test("less than the window of data: the first row by D after the window's first day")
    func shortHistory() {
        #expect(slo([(day(2026, 10, 24), 1, 1)]).shortHistory == false)  // exactly the window's first day
        let late = slo([(day(2026, 10, 25), 1, 1), (day(2026, 11, 2), 1, 1)])
        #expect(late.shortHistory == true && late.dataFrom == day(2026, 10, 25))
        #expect(slo([(day(2026, 10, 1), 1, 1), (day(2026, 11, 2), 1, 1)]).shortHistory == false)  // older data exists
        let none = slo([(day(2026, 11, 21), 1, 1)])  // only a row after D
        #expect(none.shortHistory == false && none.dataFrom == nil)
    }
}
