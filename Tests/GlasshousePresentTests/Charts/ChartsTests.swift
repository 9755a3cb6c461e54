import Foundation
import GlasshouseCompute
import GlasshouseCore
import Testing

@testable import GlasshousePresent

/// Charts: round ticks, sparse labels with years, gaps for periods without data, text that is
/// never scaled (no viewBox), events and targets on the time axis.
@Suite("Charts: ticks, labels, gaps, events and targets")
struct ChartsTests {
    static let asOf = Day(year: 2026, month: 11, day: 20)!

    static func weeks(_ count: Int) -> [Period] {
        let last = ISOWeek(containing: asOf)
        return (0..<count).map { Period.week(last.advanced(by: $0 - count + 1), asOf: asOf) }
    }

    @Test("ticks are 1, 2 or 5 times a power of ten, from 0 to at least the peak")
    func ticks() {
        #expect(Charts.ticks(upTo: 73) == [0, 20, 40, 60, 80])
        #expect(Charts.ticks(upTo: 4) == [0, 1, 2, 3, 4])
        #expect(Charts.ticks(upTo: 12_340) == [0, 5_000, 10_000, 15_000])
        #expect(Charts.ticks(upTo: 80) == [0, 20, 40, 60, 80], "an exact multiple is not rounded up further")
        #expect(Charts.ticks(upTo: 0) == [0, 1])
    }

    @Test("axis labels: every n-th and the last, none crowding the last; every other one minor (hidden on phones)")
    func labels() {
        let labelled = Charts.labelled(count: 26, every: 4)
        #expect(labelled.map(\.index) == [0, 4, 8, 12, 16, 20, 25], "24 would crowd 25")
        #expect(Charts.labelled(count: 24, every: 4).map(\.index) == [0, 4, 8, 12, 16, 23], "20 is only 3 slots from 23")
        #expect(labelled.filter(\.minor).map(\.index) == [4, 12, 20])
        #expect(Charts.labelled(count: 18, every: 3).map(\.index) == [0, 3, 6, 9, 12, 17], "15 is only two slots from 17")
        #expect(Charts.labelled(count: 1, every: 3).map(\.index) == [0])
        #expect(Charts.labelled(count: 0, every: 3).isEmpty)
    }

    @Test("a day maps to its slot and its place in it; a target spans from since to its deadline, clipped to the chart")
    func timeAxis() {
        let periods = Self.weeks(4)  // W44 (26 Oct) … W47 (16 Nov, partial to 20 Nov)
        let axis = TimeAxis(slots: periods.map { ($0.start, $0.end) })
        let first: Double = (0.5 / 7) * 25  // the middle of the first day of the first of four slots
        let wednesday: Double = (2 + 2.5 / 7) * 25  // 11 Nov: the Wednesday of the third week (W46)
        #expect(axis.x(of: periods[0].start) == first)
        #expect(axis.x(of: Day(year: 2026, month: 11, day: 11)!) == wednesday)
        #expect(axis.x(of: Day(year: 2026, month: 10, day: 1)!) == nil)
        let span = axis.span(from: Day(year: 2026, month: 1, day: 1)!, to: Day(year: 2027, month: 6, day: 30)!)
        #expect(span?.0 == 0 && span?.1 == 100)
        #expect(axis.span(from: Day(year: 2027, month: 1, day: 1)!, to: Day(year: 2027, month: 6, day: 30)!) == nil)
    }

    @Test("weekly bars: a week without observed days is a gap, not a zero; week labels carry their year; no viewBox")
    func weeklyGap() {
        let periods = Self.weeks(4)
        let weeks = periods.enumerated().map { Charts.Week(period: $1, deployments: $0 == 1 ? nil : 3, failed: $0 == 1 ? nil : 1) }
        let svg = Charts.weeklyDeployments(weeks, events: [DatedEvent(date: Day(year: 2026, month: 11, day: 11)!, title: "Freeze", scope: "org")], id: "w")
        #expect(!svg.contains("viewBox"))
        #expect(svg.components(separatedBy: "class=\"bar\"").count - 1 == 3)
        #expect(svg.contains("1 week without data (left blank)."))
        #expect(svg.contains("Events: 1 11 Nov 2026 Freeze."))
        #expect(svg.contains(">W44</text>") && svg.contains(">2026</text>"))
        #expect(svg.contains("<line class=\"event-line\""))
    }

    @Test("a target is a line at its value; the text alternative names it")
    func target() {
        let months = (0..<3).map { Period.month(Self.asOf.month.advanced(by: $0 - 2), asOf: Self.asOf) }
        var benchmark = Benchmark.dora2023
        benchmark[.leadTime] = Benchmark.Thresholds(elite: 1, high: 24, medium: 168)
        let target = Charts.Target(value: 12, since: Day(year: 2026, month: 10, day: 1)!, by: Day(year: 2027, month: 3, day: 31)!, label: "12 h")
        let svg = Charts.monthlyHours(
            months.map { ($0, $0.start.month.month == 10 ? nil : 30) }, tiers: .leadTime, of: benchmark, title: "Lead", targets: [target], id: "l")
        #expect(svg.contains("Target 12 h by 31 Mar 2027."))
        #expect(svg.contains("<line class=\"target-line\" x1=\"33.87%\" x2=\"100%\""))
        #expect(svg.components(separatedBy: "class=\"line\"").count - 1 == 0, "September and November are not joined across October's gap")
        #expect(svg.contains("1 month without a value (left blank)."))
    }

    @Test("tier bands follow the metric's thresholds and direction in the benchmark")
    func tierBands() throws {
        let months = (0..<3).map { Period.month(Self.asOf.month.advanced(by: $0 - 2), asOf: Self.asOf) }
        /// Each band's top edge (y grows downwards), by tier.
        func bandTops(_ svg: String) throws -> [String: Double] {
            try Dictionary(
                uniqueKeysWithValues: Tier.allCases.map { tier in
                    let after = try #require(svg.range(of: "class=\"band band-\(tier.rawValue)\" x=\"0%\" y=\""))
                    return (tier.rawValue, try #require(Double(svg[after.upperBound...].prefix { $0 != "\"" })))
                })
        }
        var benchmark = Benchmark.dora2023
        benchmark[.leadTime] = Benchmark.Thresholds(elite: 1, high: 10, medium: 100)
        benchmark[.deploymentFrequency] = Benchmark.Thresholds(elite: 100, high: 10, medium: 1)
        // Lower is better: low on top, elite at the bottom; the edges are the thresholds.
        let lower = try bandTops(Charts.monthlyHours(months.map { ($0, 5) }, tiers: .leadTime, of: benchmark, title: "Lead", id: "l"))
        #expect(lower["low"]! < lower["medium"]! && lower["medium"]! < lower["high"]! && lower["high"]! < lower["elite"]!)
        // Higher is better: elite on top.
        let higher = try bandTops(Charts.monthlyHours(months.map { ($0, 5) }, tiers: .deploymentFrequency, of: benchmark, title: "Freq", id: "f"))
        #expect(higher["elite"]! < higher["high"]! && higher["high"]! < higher["medium"]! && higher["medium"]! < higher["low"]!)
        // Both on one log scale (0.5 … 200 over 140 px from y = 16), where 10 is the top of the band
        // above it (1–10 is high when lower is better, medium when higher is better).
        let at10 = 16 + 140 * (1 - (log10(10) - log10(0.5)) / (log10(200) - log10(0.5)))
        #expect(abs(lower["high"]! - at10) < 0.06, "lower is better: high is 1–10 hours")
        #expect(abs(higher["medium"]! - at10) < 0.06, "higher is better: medium is 1–10")
    }

    @Test("a sparkline breaks where there is no data")
    func sparkline() {
        let svg = Charts.sparkline([1, 2, nil, 3, 4], label: "Weekly deployments")
        #expect(svg.components(separatedBy: "<path ").count - 1 == 2)
        #expect(svg.contains("aria-label=\"Weekly deployments\""))
    }

    @Test("compact money on axes")
    func compactMoney() {
        #expect(Format.compactMoney(0) == "0")
        #expect(Format.compactMoney(500) == "500")
        #expect(Format.compactMoney(12_000) == "12k")
        #expect(Format.compactMoney(1_500_000) == "1.5M")
    }
}
