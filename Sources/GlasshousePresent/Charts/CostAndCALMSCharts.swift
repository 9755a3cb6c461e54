import Foundation
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

    /// Monthly costs stacked by series (categories, and for the org unallocated), a budget line,
    /// anomaly markers and the partial month's forecast outlined.
    static func costs(_ bars: [CostBar], series: [String], currency: String, id: String) -> String {
        let width = 1000.0, height = 190.0, top = 14.0, bottom = 22.0, left = 70.0
        let plot = height - top - bottom
        let peak = max(1, bars.map { max($0.amounts.filter { $0 > 0 }.reduce(0, +), $0.forecast ?? 0, $0.budget ?? 0) }.max() ?? 1)
        let step = (width - left) / Double(max(bars.count, 1))
        let barWidth = max(4, step * 0.62)
        func y(_ amount: Double) -> Double { top + plot * (1 - amount / peak) }
        let described = bars.map { bar in
            "\(bar.label) \(Format.money(bar.amounts.reduce(0, +), currency))" + (bar.anomaly ? " (anomaly)" : "") + (bar.forecast.map { ", forecast \(Format.money($0, currency))" } ?? "")
        }.joined(separator: "; ")
        var svg = open(id: id, width: width, height: height, title: "Cost per month by category", description: described + ".")
        svg += gridLine(y: y(peak), label: Format.money(peak, currency), left: left, width: width)
        svg += gridLine(y: y(0), label: "0", left: left, width: width)
        var budgetPath = ""
        for (index, bar) in bars.enumerated() {
            let x = left + Double(index) * step + (step - barWidth) / 2
            var base = 0.0
            svg += "<g><title>\(XMLText.escape(bar.label)): \(XMLText.escape(Format.money(bar.amounts.reduce(0, +), currency)))</title>"
            if let forecast = bar.forecast {
                svg += rect(x: x, y: y(forecast), width: barWidth, height: y(0) - y(forecast), className: "forecast")
            }
            for (seriesIndex, amount) in bar.amounts.enumerated() where amount > 0 {
                svg += rect(x: x, y: y(base + amount), width: barWidth, height: y(base) - y(base + amount), className: "series series-\(seriesIndex % 8)")
                base += amount
            }
            svg += "</g>"
            if bar.anomaly {
                svg += "<text class=\"anomaly\" x=\"\(f(x + barWidth / 2))\" y=\"\(f(max(y(base) - 3, 10)))\" text-anchor=\"middle\">▲<title>anomaly</title></text>"
            }
            if let budget = bar.budget {
                budgetPath += (budgetPath.isEmpty ? "M" : " L") + "\(f(x - (step - barWidth) / 2)) \(f(y(budget))) L\(f(x + barWidth + (step - barWidth) / 2)) \(f(y(budget)))"
            }
            if index % 3 == 0 || index == bars.count - 1 {
                svg += "<text class=\"axis\" x=\"\(f(x + barWidth / 2))\" y=\"\(f(height - 6))\" text-anchor=\"middle\">\(XMLText.escape(bar.label))</text>"
            }
        }
        if !budgetPath.isEmpty { svg += "<path class=\"budget\" d=\"\(budgetPath)\"/>" }
        return svg + "</svg>"
    }

    /// The five pillars on a 1–5 radar; the previous assessment ghosted behind.
    static func radar(_ scores: [Double], previous: [Double]?, id: String) -> String {
        let size = 300.0, center = 150.0, radius = 105.0
        let names = Pillar.allCases.map { $0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst() }
        func point(_ index: Int, _ score: Double) -> (Double, Double) {
            let angle = -Double.pi / 2 + Double(index) * 2 * .pi / 5
            let r = radius * (score - 1) / 4
            return (center + r * cos(angle), center + r * sin(angle))
        }
        func polygon(_ values: [Double], _ className: String) -> String {
            let points = values.enumerated().map { point($0.offset, $0.element) }.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
            return "<polygon class=\"\(className)\" points=\"\(points)\"/>"
        }
        let described = zip(names, scores).map { "\($0) \(Format.number($1))" }.joined(separator: ", ")
            + (previous.map { "; previous: " + zip(names, $0).map { "\($0) \(Format.number($1))" }.joined(separator: ", ") } ?? "")
        var svg = open(id: id, width: size, height: size, title: "CALMS pillars (1–5)", description: described + ".")
        for level in [2.0, 3.0, 4.0, 5.0] { svg += polygon(Array(repeating: level, count: 5), "ring") }
        for index in 0..<5 {
            let (x, y) = point(index, 5)
            svg += "<line class=\"grid\" x1=\"\(f(center))\" y1=\"\(f(center))\" x2=\"\(f(x))\" y2=\"\(f(y))\"/>"
            let (lx, ly) = point(index, 5.75)
            svg += "<text class=\"axis\" x=\"\(f(lx))\" y=\"\(f(ly + 4))\" text-anchor=\"middle\">\(XMLText.escape(names[index]))</text>"
        }
        if let previous { svg += polygon(previous, "ghost") }
        svg += polygon(scores, "current")
        return svg + "</svg>"
    }
}
