import Foundation
import GlasshouseCompute
import GlasshouseCore

/// Inline SVG charts. Hand-written: no listed library draws SVG, and the charts are a few
/// rectangles and a polyline. Every chart has a `<title>` and `<desc>`; the pages put the same
/// figures in a table beside it. Colours come from CSS classes, so dark mode and print apply.
enum Charts {
    static let width = 640.0

    /// Weekly deployments as bars, the failed part of each bar marked.
    static func weeklyDeployments(_ weeks: [(label: String, deployments: Int, failed: Int)], id: String) -> String {
        let width = 1000.0, height = 150.0, top = 10.0, bottom = 22.0, left = 28.0
        let peak = max(1, weeks.map(\.deployments).max() ?? 1)
        let step = (width - left) / Double(max(weeks.count, 1))
        let barWidth = max(2, step * 0.7)
        let plot = height - top - bottom
        let total = weeks.reduce(0) { $0 + $1.deployments }, failed = weeks.reduce(0) { $0 + $1.failed }
        var svg = open(id: id, width: width, height: height, title: "Production deployments per week",
                       description: "\(weeks.count) weeks from \(weeks.first?.label ?? "") to \(weeks.last?.label ?? ""): \(total) deployments, \(failed) failed; weekly peak \(peak).")
        svg += gridLine(y: top, label: String(peak), left: left, width: width)
        svg += gridLine(y: top + plot, label: "0", left: left, width: width)
        for (index, week) in weeks.enumerated() {
            let x = left + Double(index) * step + (step - barWidth) / 2
            let barHeight = plot * Double(week.deployments) / Double(peak)
            let failedHeight = plot * Double(week.failed) / Double(peak)
            let y = top + plot - barHeight
            svg += "<g><title>\(XMLText.escape(week.label)): \(week.deployments) deployments, \(week.failed) failed</title>"
            svg += rect(x: x, y: y, width: barWidth, height: barHeight - failedHeight, className: "bar")
            if week.failed > 0 { svg += rect(x: x, y: top + plot - failedHeight, width: barWidth, height: failedHeight, className: "bar-failed") }
            svg += "</g>"
            if index % 4 == 0 || index == weeks.count - 1 {
                svg += "<text class=\"axis\" x=\"\(f(x + barWidth / 2))\" y=\"\(f(height - 6))\" text-anchor=\"middle\">\(XMLText.escape(String(week.label.suffix(3))))</text>"
            }
        }
        return svg + "</svg>"
    }

    /// A monthly duration (hours) as a line on a log scale, over the benchmark's tier bands.
    static func monthlyHours(_ months: [(label: String, hours: Double?)], bands thresholds: Benchmark.Thresholds, title: String, id: String) -> String {
        let height = 170.0, top = 8.0, bottom = 22.0, left = 52.0
        let plot = height - top - bottom
        let values = months.compactMap(\.hours).filter { $0 > 0 }
        let low = min(values.min() ?? thresholds.elite, thresholds.elite) / 2
        let high = max(values.max() ?? thresholds.medium, thresholds.medium) * 2
        func y(_ hours: Double) -> Double {
            let clamped = min(max(hours, low), high)
            return top + plot * (1 - (log10(clamped) - log10(low)) / (log10(high) - log10(low)))
        }
        let step = (width - left) / Double(max(months.count, 1))
        let shown = months.filter { $0.hours != nil }
        let described = shown.isEmpty ? "no values" : shown.map { "\($0.label) \(Format.hours($0.hours!))" }.joined(separator: ", ")
        var svg = open(id: id, height: height, title: title, description: "Monthly p50 on a logarithmic scale over the tier bands: \(described).")
        let edges = [high, thresholds.medium, thresholds.high, thresholds.elite, low]
        for (index, tier) in [Tier.low, .medium, .high, .elite].enumerated() {
            let upper = y(edges[index]), lower = y(edges[index + 1])
            svg += rect(x: left, y: upper, width: width - left, height: max(0, lower - upper), className: "band band-\(tier.rawValue)")
        }
        for edge in [thresholds.elite, thresholds.high, thresholds.medium] {
            svg += "<text class=\"axis\" x=\"\(f(left - 4))\" y=\"\(f(y(edge) + 4))\" text-anchor=\"end\">\(XMLText.escape(Format.hours(edge)))</text>"
        }
        var path = ""
        for (index, month) in months.enumerated() {
            let x = left + Double(index) * step + step / 2
            if let hours = month.hours {
                path += (path.isEmpty ? "M" : " L") + "\(f(x)) \(f(y(max(hours, low))))"
                svg += "<circle class=\"point\" cx=\"\(f(x))\" cy=\"\(f(y(max(hours, low))))\" r=\"3\"><title>\(XMLText.escape(month.label)): \(XMLText.escape(Format.hours(hours)))</title></circle>"
            }
            if index % 3 == 0 || index == months.count - 1 {
                svg += "<text class=\"axis\" x=\"\(f(x))\" y=\"\(f(height - 6))\" text-anchor=\"middle\">\(XMLText.escape(month.label))</text>"
            }
        }
        if !path.isEmpty { svg += "<path class=\"line\" d=\"\(path)\"/>" }
        return svg + "</svg>"
    }

    /// One stacked bar: how many teams sit in each tier of a metric.
    static func tierDistribution(_ counts: TierCounts, metric: String, id: String) -> String {
        let height = 28.0
        let total = max(counts.total, 1)
        let parts = Tier.allCases.map { ($0.rawValue, counts[$0]) } + [("none", counts.none)]
        let described = parts.map { "\($0.1) \($0.0)" }.joined(separator: ", ")
        var svg = open(id: id, height: height, title: "\(metric): teams per tier", description: described + ".")
        var x = 0.0
        for (name, count) in parts where count > 0 {
            let w = width * Double(count) / Double(total)
            svg += "<g><title>\(name): \(count)</title>" + rect(x: x, y: 2, width: w, height: height - 4, className: "tier-fill tier-\(name)")
            if w >= 22 { svg += "<text class=\"bar-label bar-label-\(name)\" x=\"\(f(x + w / 2))\" y=\"\(f(height / 2 + 4))\" text-anchor=\"middle\">\(count)</text>" }
            svg += "</g>"
            x += w
        }
        return svg + "</svg>"
    }

    // MARK: Pieces

    static func open(id: String, width: Double = width, height: Double, title: String, description: String) -> String {
        "<svg class=\"chart\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\">"
            + "<title id=\"\(id)-t\">\(XMLText.escape(title))</title><desc id=\"\(id)-d\">\(XMLText.escape(description))</desc>"
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, className: String) -> String {
        "<rect class=\"\(className)\" x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(width))\" height=\"\(f(max(0, height)))\"/>"
    }

    static func gridLine(y: Double, label: String, left: Double, width: Double) -> String {
        "<line class=\"grid\" x1=\"\(f(left))\" x2=\"\(f(width))\" y1=\"\(f(y))\" y2=\"\(f(y))\"/>"
            + "<text class=\"axis\" x=\"\(f(left - 4))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(XMLText.escape(label))</text>"
    }

    /// Coordinates with at most one decimal, so the markup stays small and stable.
    static func f(_ value: Double) -> String { Format.trim(String(format: "%.1f", value)) }
}
