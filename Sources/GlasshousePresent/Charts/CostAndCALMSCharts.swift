import Foundation
import GlasshouseCompute
import GlasshouseCore

/// The cost and CALMS charts: stacked monthly costs with budget and anomalies, and a radar of
/// the five CALMS pillars. Hand-written SVG for the same reasons as `Charts`.
extension Charts {
    /// One month of the cost chart.
    struct CostBar {
        var label: String
        /// Amount per series, in the order of the chart's series.
        var amounts: [Double]
        var budget: Double?
        var anomaly: Bool
        /// The partial month's forecast total, drawn as an outline above the bar.
        var forecast: Double?
    }

    /// Monthly costs stacked by series (categories, and for the org unallocated) on round ticks,
    /// a budget line where a budget covers the cost drawn, anomaly markers, and the partial
    /// month's forecast outlined above its bar.
    static func costs(_ bars: [CostBar], months: [Period], series: [String], currency: String, events: [DatedEvent] = [], targets: [Target] = [], id: String)
        -> String
    {
        let top = 16.0, plot = 150.0, bottom = top + plot
        let axis = TimeAxis(slots: months.map { ($0.start, $0.end) })
        let peak = max(
            1, bars.map { max($0.amounts.filter { $0 > 0 }.reduce(0, +), $0.forecast ?? 0, $0.budget ?? 0) }.max() ?? 1, targets.map(\.value).max() ?? 0)
        let marks = Self.ticks(upTo: peak)
        let scale = marks.last!
        func y(_ amount: Double) -> Double { bottom - plot * max(0, amount) / scale }
        let described = bars.map { bar in
            "\(bar.label) \(Format.money(bar.amounts.reduce(0, +), currency))" + (bar.anomaly ? " (anomaly)" : "")
                + (bar.forecast.map { ", forecast \(Format.money($0, currency))" } ?? "") + (bar.budget.map { ", budget \(Format.money($0, currency))" } ?? "")
        }.joined(separator: "; ")
        var svg = open(
            id: id, height: bottom + 18, title: "Cost per month by category", description: described + "." + describe(events: events, targets: targets))
        for tick in marks { svg += gridLine(y: y(tick)) }
        let barWidth = axis.width * 0.62
        var budgetLines = ""
        for (index, bar) in bars.enumerated() {
            let x = axis.x(index, fraction: 0.19)
            var base = 0.0
            svg +=
                "<g><title>\(XMLText.escape(bar.label)): \(XMLText.escape(Format.money(bar.amounts.reduce(0, +), currency)))"
                + (bar.forecast.map { ", forecast \(XMLText.escape(Format.money($0, currency)))" } ?? "") + "</title>"
            for (seriesIndex, amount) in bar.amounts.enumerated() where amount > 0 {
                svg += rect(x: x, y: y(base + amount), width: barWidth, height: y(base) - y(base + amount), className: "series series-\(seriesIndex % 8)")
                base += amount
            }
            if let forecast = bar.forecast, forecast > base {
                svg += rect(x: x, y: y(forecast), width: barWidth, height: y(base) - y(forecast), className: "forecast")
            }
            svg += "</g>"
            if bar.anomaly {
                svg +=
                    "<g class=\"anomaly\"><title>anomaly</title>"
                    + text("▲", x: axis.x(index), y: max(y(max(base, bar.forecast ?? 0)) - 3, 10), className: "anomaly-mark") + "</g>"
            }
            if let budget = bar.budget {
                budgetLines += line(x1: axis.x(index, fraction: 0), x2: axis.x(index, fraction: 1), y1: y(budget), y2: y(budget), className: "budget")
            }
        }
        for tick in marks { svg += tickLabel(y: y(tick), label: Format.compactMoney(tick)) }
        for (index, minor) in labelled(count: bars.count, every: 3) {
            let (labelX, anchor) = labelPlace(index, count: bars.count, axis: axis)
            svg += text(bars[index].label, x: labelX, y: bottom + 13, anchor: anchor, className: minor ? "axis minor" : "axis")
        }
        svg += budgetLines
        svg += Self.targets(targets, on: axis, y: y)
        svg += Self.events(events, on: axis, top: top, bottom: bottom)
        return svg + "</svg>"
    }

    /// The five pillars on a 1–5 radar; the previous assessment ghosted behind.
    static func radar(_ scores: [Double], previous: [Double]?, id: String) -> String {
        // Wider than tall, so the pillar names at the sides stay inside the figure.
        let width = 360.0, size = 300.0, centerX = 180.0, center = 150.0, radius = 105.0
        let names = Pillar.allCases.map { $0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst() }
        func point(_ index: Int, _ score: Double) -> (Double, Double) {
            let angle = -Double.pi / 2 + Double(index) * 2 * .pi / 5
            let r = radius * (score - 1) / 4
            return (centerX + r * cos(angle), center + r * sin(angle))
        }
        func polygon(_ values: [Double], _ className: String) -> String {
            let points = values.enumerated().map { point($0.offset, $0.element) }.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
            return "<polygon class=\"\(className)\" points=\"\(points)\"/>"
        }
        let described =
            zip(names, scores).map { "\($0) \(Format.number($1))" }.joined(separator: ", ")
            + (previous.map { "; previous: " + zip(names, $0).map { "\($0) \(Format.number($1))" }.joined(separator: ", ") } ?? "")
        var svg =
            "<svg class=\"chart radar\" viewBox=\"0 0 \(f(width)) \(f(size))\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\">"
            + "<title id=\"\(id)-t\">CALMS pillars (1–5)</title><desc id=\"\(id)-d\">\(XMLText.escape(described)).</desc>"
        for level in [2.0, 3.0, 4.0, 5.0] { svg += polygon(Array(repeating: level, count: 5), "ring") }
        for index in 0..<5 {
            let (x, y) = point(index, 5)
            svg += "<line class=\"grid\" x1=\"\(f(centerX))\" y1=\"\(f(center))\" x2=\"\(f(x))\" y2=\"\(f(y))\"/>"
            let (lx, ly) = point(index, 5.75)
            svg += "<text class=\"axis\" x=\"\(f(lx))\" y=\"\(f(ly + 4))\" text-anchor=\"middle\">\(XMLText.escape(names[index]))</text>"
        }
        if let previous { svg += polygon(previous, "ghost") }
        svg += polygon(scores, "current")
        return svg + "</svg>"
    }
}
