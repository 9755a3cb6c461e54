import GlasshouseCompute
import GlasshouseCore
import Testing

@Suite("Window, weekly and monthly series (metrics.md §1)")
struct PeriodTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    @Test("the window is window_days days ending with D, D included")
    func window() {
        let series = PeriodSeries(asOf: day(2026, 11, 20), windowDays: 90, historyWeeks: 26, historyMonths: 18)
        #expect(series.window.start == day(2026, 8, 23))
        #expect(series.window.end == day(2026, 11, 20))
        #expect(series.window.days == 90)
        #expect(!series.window.partial)
        #expect(series.window.contains(day(2026, 8, 23)))
        #expect(!series.window.contains(day(2026, 8, 22)))
        #expect(!series.window.contains(day(2026, 11, 21)))
    }

    @Test("weeks end with the week containing D, which is partial unless D is a Sunday")
    func weeks() {
        let series = PeriodSeries(asOf: day(2026, 11, 20), windowDays: 90, historyWeeks: 26, historyMonths: 18)
        #expect(series.weeks.count == 26)
        let last = series.weeks.last!
        #expect(last.label == "2026-W47")
        #expect(last.start == day(2026, 11, 16))
        #expect(last.end == day(2026, 11, 20))
        #expect(last.days == 5)
        #expect(last.partial)
        #expect(series.weeks.first!.label == "2026-W22")
        #expect(series.weeks.first!.start == day(2026, 5, 25))
        #expect(series.weeks.dropLast().allSatisfy { $0.days == 7 && !$0.partial })

        let sunday = PeriodSeries(asOf: day(2026, 11, 22), windowDays: 7, historyWeeks: 2, historyMonths: 1)
        #expect(!sunday.weeks.last!.partial)
        #expect(sunday.weeks.last!.days == 7)
    }

    @Test("a weekly series across ISO week 53")
    func week53() {
        let series = PeriodSeries(asOf: day(2027, 1, 5), windowDays: 7, historyWeeks: 3, historyMonths: 1)
        #expect(series.weeks.map(\.label) == ["2026-W52", "2026-W53", "2027-W01"])
        #expect(series.weekIndex(of: day(2027, 1, 3)) == 1)
        #expect(series.weekIndex(of: day(2027, 1, 4)) == 2)
        #expect(series.weekIndex(of: day(2027, 1, 6)) == nil)  // after D
        #expect(series.weekIndex(of: day(2026, 12, 20)) == nil)  // before the series
    }

    @Test("months end with D's month; the first of a month is a one-day partial month")
    func months() {
        let series = PeriodSeries(asOf: day(2026, 11, 20), windowDays: 90, historyWeeks: 26, historyMonths: 18)
        #expect(series.months.count == 18)
        #expect(series.months.first!.label == "2025-06")
        #expect(series.months.first!.days == 30)
        #expect(series.months.last!.label == "2026-11")
        #expect(series.months.last!.days == 20)
        #expect(series.months.last!.partial)
        #expect(series.monthIndex(of: day(2025, 6, 1)) == 0)
        #expect(series.monthIndex(of: day(2026, 2, 28)) == 8)
        #expect(series.monthIndex(of: day(2025, 5, 31)) == nil)

        let first = PeriodSeries(asOf: day(2026, 3, 1), windowDays: 1, historyWeeks: 1, historyMonths: 2)
        #expect(first.months.map(\.label) == ["2026-02", "2026-03"])
        #expect(first.months.last!.days == 1)
        #expect(first.months.last!.partial)
        #expect(!first.months.first!.partial)

        let lastDay = PeriodSeries(asOf: day(2024, 2, 29), windowDays: 1, historyWeeks: 1, historyMonths: 1)
        #expect(!lastDay.months.last!.partial)
        #expect(lastDay.months.last!.days == 29)
    }
}

@Suite("Percentiles by linear interpolation (R type 7)")
struct PercentileTests {
    @Test("hand-computed quantiles")
    func quantiles() {
        #expect(Percentile.of(sorted: [1, 2, 3, 4], 0.5) == 2.5)
        // h = 3 × 0.9 = 2.7 → 3 + 0.7 × (4 − 3)
        #expect(abs(Percentile.of(sorted: [1, 2, 3, 4], 0.9)! - 3.7) < 1e-12)
        #expect(Percentile.of(sorted: [10, 20], 0.5) == 15)
        #expect(Percentile.of(sorted: [7], 0.9) == 7)
        #expect(Percentile.of(sorted: [], 0.5) == nil)
        #expect(Percentile.of(sorted: [0, 0, 10], 0.5) == 0)
        // h = 4 × 0.9 = 3.6 → 8 + 0.6 × (100 − 8)
        #expect(abs(Percentile.of(sorted: [1, 2, 3, 8, 100], 0.9)! - 63.2) < 1e-9)
    }

    @Test("selection on unsorted values gives the hand-computed quantiles")
    func unsortedQuantiles() {
        // Sorted: 1 2 3 8 100; h = 2 → 3, h = 3.6 → 8 + 0.6 × 92.
        let quantiles = Percentile.of(unsorted: [100, 3, 8, 1, 2], [0.5, 0.9])
        #expect(quantiles[0] == 3)
        #expect(abs(quantiles[1]! - 63.2) < 1e-9)
        #expect(Percentile.of(unsorted: [4, 3, 2, 1], [0.5]) == [2.5])
        #expect(Percentile.of(unsorted: [7], [0.5, 0.9]) == [7, 7])
        #expect(Percentile.of(unsorted: [], [0.5, 0.9]) == [nil, nil])
        #expect(Percentile.of(unsorted: [10, 0, 0], [0.5, 1, 0]) == [0, 10, 0])
    }

    @Test("weighted median by selection: hand-computed, and equal to the sorted walk on long lists")
    func unsortedWeightedMedian() {
        // Sorted walk: 1 (1), 2 (1), 5 (3), 9 (1): total 6, cumulative 1, 2, 5 ≥ 3 → 5.
        #expect(Percentile.weightedMedian(unsortedOnes: [9, 1, 2], weighted: [(5, 3)]) == 5)
        // 1 (1), 3 (2), 7 (3): cumulative 3 is exactly half of 6 → (3 + 7) / 2.
        #expect(Percentile.weightedMedian(unsortedOnes: [1], weighted: [(7, 3), (3, 2)]) == 5)
        // Weight 0 is left out; nothing left → nil.
        #expect(Percentile.weightedMedian(unsortedOnes: [], weighted: [(4, 0)]) == nil)
        #expect(Percentile.weightedMedian(unsortedOnes: [4, 4], weighted: []) == 4)
        var generator = SystemRandomNumberGenerator()
        for count in [3, 17, 40, 500, 3_000] {
            for distinct in [2, 50, 100_000] {
                let ones = (0..<count).map { _ in Double(Int.random(in: 0..<distinct, using: &generator)) }
                let weighted = (0..<(count / 3)).map { _ in
                    (value: Double(Int.random(in: 0..<distinct, using: &generator)), weight: Double(Int.random(in: 0...4, using: &generator)))
                }
                let expected = ReferenceWeightedMedian.weightedMedian(
                    ones: ones.sorted(), weighted: weighted.filter { $0.weight > 0 }.sorted { $0.value < $1.value })
                #expect(Percentile.weightedMedian(unsortedOnes: ones, weighted: weighted) == expected, "\(count) values, \(distinct) distinct")
                #expect(Percentile.weightedMedian(unsortedOnes: ones.sorted(), weighted: weighted) == expected)
            }
        }
    }

    @Test("selection equals sorting on long lists: random, sorted, reversed, few distinct values")
    func unsortedMatchesSorted() {
        var generator = SystemRandomNumberGenerator()
        for count in [17, 18, 33, 100, 1_001, 5_000] {
            let random = (0..<count).map { _ in Double.random(in: 0..<1_000, using: &generator) }
            let lists = [
                random, random.sorted(), random.sorted(by: >), (0..<count).map { Double($0 % 3) }, Array(repeating: 5, count: count),
            ]
            for values in lists {
                let sorted = values.sorted()
                let expected = [0.0, 0.5, 0.9, 1].map { Percentile.of(sorted: sorted, $0) }
                #expect(Percentile.of(unsorted: values, [0, 0.5, 0.9, 1]) == expected, "\(count) values")
            }
        }
    }
}
