import Foundation
import GlasshouseCompute
import GlasshouseCore

/// Inline SVG charts. Hand-written: no listed library draws SVG, and the charts are a few
/// rectangles and lines. Every chart has a `<title>` and `<desc>`; the pages put the same
/// figures in a table beside it. Colours come from CSS classes, so dark mode and print apply.
enum Charts {
    /// One week of the deployments chart; nil counts for a week without observed days (a gap,
    /// never a zero).
    struct Week {
        var period: Period
        var deployments: Int?
        var failed: Int?
    }

    /// Weekly deployments as bars, the failed part of each bar marked, on round ticks; week labels
    /// carry their year where it starts.
    static func weeklyDeployments(_ weeks: [Week], events: [DatedEvent] = [], targets: [Target] = [], id: String) -> String {
        let top = 16.0, plot = 120.0, bottom = top + plot
        let axis = TimeAxis(slots: weeks.map { ($0.period.start, $0.period.end) })
        let peak = Double(max(1, weeks.compactMap(\.deployments).max() ?? 1, Int((targets.map(\.value).max() ?? 0).rounded(.up))))
        let marks = Self.ticks(upTo: peak)
        let scale = marks.last!
        func y(_ value: Double) -> Double { bottom - plot * value / scale }
        let observed = weeks.filter { $0.deployments != nil }
        let total = observed.reduce(0) { $0 + $1.deployments! }, failed = observed.reduce(0) { $0 + ($1.failed ?? 0) }
        var description =
            "\(weeks.count) weeks from \(weeks.first?.period.label ?? "") to \(weeks.last?.period.label ?? ""): \(total) deployments, \(failed) failed."
        let gaps = weeks.count - observed.count
        if gaps > 0 { description += " \(gaps) week\(gaps == 1 ? "" : "s") without data (left blank)." }
        description += describe(events: events, targets: targets)
        var svg = open(id: id, height: bottom + 30, title: "Production deployments per week", description: description)
        for tick in marks { svg += gridLine(y: y(tick)) }
        let barWidth = axis.width * 0.7
        var year: Int?
        for (index, week) in weeks.enumerated() {
            let x = axis.x(index, fraction: 0.15)
            if let deployments = week.deployments {
                let failedCount = week.failed ?? 0
                svg += "<g><title>\(XMLText.escape(week.period.label)): \(deployments) deployments, \(failedCount) failed</title>"
                svg += rect(x: x, y: y(Double(deployments)), width: barWidth, height: y(Double(failedCount)) - y(Double(deployments)), className: "bar")
                if failedCount > 0 {
                    svg += rect(x: x, y: y(Double(failedCount)), width: barWidth, height: bottom - y(Double(failedCount)), className: "bar-failed")
                }
                svg += "</g>"
            }
        }
        for tick in marks { svg += tickLabel(y: y(tick), label: Format.number(tick)) }
        for (index, minor) in labelled(count: weeks.count, every: 4) {
            let iso = ISOWeek(containing: weeks[index].period.start)
            let (labelX, anchor) = labelPlace(index, count: weeks.count, axis: axis)
            let className = minor ? "axis minor" : "axis"
            svg += text("W\(iso.week < 10 ? "0" : "")\(iso.week)", x: labelX, y: bottom + 13, anchor: anchor, className: className)
            if year != iso.year { svg += text(String(iso.year), x: labelX, y: bottom + 26, anchor: anchor, className: className) }
            if !minor { year = iso.year }
        }
        svg += Self.targets(targets, on: axis, y: y)
        svg += Self.events(events, on: axis, top: top, bottom: bottom)
        return svg + "</svg>"
    }

    /// A monthly duration (hours) as a line on a log scale, over the tier bands of `metric` in
    /// `benchmark` (its thresholds and direction, the table the tiers come from); nil months are
    /// gaps in the line.
    static func monthlyHours(
        _ months: [(period: Period, hours: Double?)], tiers metric: TieredMetric, of benchmark: Benchmark, title: String,
        events: [DatedEvent] = [], targets: [Target] = [], id: String
    ) -> String {
        let top = 16.0, plot = 140.0, bottom = top + plot
        let axis = TimeAxis(slots: months.map { ($0.period.start, $0.period.end) })
        let thresholds = Tier.allCases.compactMap { benchmark[metric][$0] }
        let values = months.compactMap(\.hours).filter { $0 > 0 } + targets.map(\.value).filter { $0 > 0 }
        let low = min(values.min() ?? thresholds.min()!, thresholds.min()!) / 2
        let high = max(values.max() ?? thresholds.max()!, thresholds.max()!) * 2
        func y(_ hours: Double) -> Double {
            let clamped = min(max(hours, low), high)
            return top + plot * (1 - (log10(clamped) - log10(low)) / (log10(high) - log10(low)))
        }
        let shown = months.filter { $0.hours != nil }
        let described = shown.isEmpty ? "no values" : shown.map { "\($0.period.label) \(Format.hours($0.hours!))" }.joined(separator: ", ")
        let gaps = months.count - shown.count
        var svg = open(
            id: id, height: bottom + 18, title: title,
            description: "Monthly p50 on a logarithmic scale over the tier bands (elite, high, medium, low): \(described)."
                + (gaps > 0 ? " \(gaps) month\(gaps == 1 ? "" : "s") without a value (left blank)." : "") + describe(events: events, targets: targets))
        // Tier i lies between edges i and i + 1: from the best end of the scale to the worst.
        let higherIsBetter = metric.direction.higherIsBetter
        let edges = [higherIsBetter ? high : low] + thresholds + [higherIsBetter ? low : high]
        // Drawn from the top: the best tier first when higher is better, else the worst.
        let tiers = Array(Tier.allCases.enumerated())
        for (index, tier) in higherIsBetter ? tiers : tiers.reversed() {
            let upper = y(max(edges[index], edges[index + 1])), lower = y(min(edges[index], edges[index + 1]))
            svg += rect(x: 0, y: upper, width: 100, height: lower - upper, className: "band band-\(tier.rawValue)")
        }
        for edge in thresholds {
            svg += gridLine(y: y(edge)) + tickLabel(y: y(edge), label: Format.hours(edge))
        }
        var previous: (x: Double, y: Double)?
        for (index, month) in months.enumerated() {
            let x = axis.x(index)
            if let hours = month.hours {
                let point = (x: x, y: y(max(hours, low)))
                if let previous { svg += line(x1: previous.x, x2: point.x, y1: previous.y, y2: point.y, className: "line") }
                svg +=
                    "<circle class=\"point\" cx=\"\(p(point.x))\" cy=\"\(f(point.y))\" r=\"3.5\"><title>\(XMLText.escape(month.period.label)): \(XMLText.escape(Format.hours(hours)))</title></circle>"
                previous = point
            } else {
                previous = nil
            }
        }
        for (index, minor) in labelled(count: months.count, every: 3) {
            let (labelX, anchor) = labelPlace(index, count: months.count, axis: axis)
            svg += text(months[index].period.label, x: labelX, y: bottom + 13, anchor: anchor, className: minor ? "axis minor" : "axis")
        }
        svg += Self.targets(targets, on: axis, y: y)
        svg += Self.events(events, on: axis, top: top, bottom: bottom)
        return svg + "</svg>"
    }

    /// One stacked bar: how many teams sit in each tier of a metric (and, apart, how many are stale).
    static func tierDistribution(_ parts: [(name: String, count: Int)], metric: String, id: String) -> String {
        let height = 28.0
        let total = max(parts.reduce(0) { $0 + $1.count }, 1)
        let described = parts.map { "\($0.count) \($0.name)" }.joined(separator: ", ")
        var svg = open(id: id, height: height, title: "\(metric): teams per tier", description: described + ".")
        var x = 0.0
        for (name, count) in parts where count > 0 {
            let w = 100 * Double(count) / Double(total)
            svg += "<g><title>\(name): \(count)</title>" + rect(x: x, y: 2, width: w, height: height - 4, className: "tier-fill tier-\(name)")
            if w >= 6 { svg += text(String(count), x: x + w / 2, y: height / 2 + 4, className: "bar-label bar-label-\(name)") }
            svg += "</g>"
            x += w
        }
        return svg + "</svg>"
    }

    /// A small line of weekly deployments for a table cell (no text; the cell says the figures).
    static func sparkline(_ values: [Int?], label: String) -> String {
        let width = 96.0, height = 22.0
        let peak = Double(max(1, values.compactMap { $0 }.max() ?? 1))
        let step = width / Double(max(values.count - 1, 1))
        var segments: [String] = []
        var current = ""
        for (index, value) in values.enumerated() {
            guard let value else {
                if !current.isEmpty { segments.append(current) }
                current = ""
                continue
            }
            current += (current.isEmpty ? "M" : " L") + "\(f(Double(index) * step)) \(f(height - 2 - (height - 4) * Double(value) / peak))"
        }
        if !current.isEmpty { segments.append(current) }
        return
            "<svg class=\"spark\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(XMLText.escape(label))\">"
            + segments.map { "<path d=\"\($0)\"/>" }.joined() + "</svg>"
    }

    /// An SLO's monthly compliance: one bar per month, its height the error budget consumed (capped
    /// at 100 %), red where the month overspent; an empty slot for a month without events.
    static func compliance(_ months: [(label: String, consumed: Double?)], label: String) -> String {
        let width = 96.0, height = 22.0
        let step = width / Double(max(months.count, 1))
        var svg =
            "<svg class=\"compliance\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(XMLText.escape(label))\">"
        for (index, month) in months.enumerated() {
            guard let consumed = month.consumed else { continue }
            let h = max(1, (height - 2) * min(max(consumed, 0), 1))
            svg +=
                "<rect class=\"\(consumed > 1 ? "over" : "within")\" x=\"\(f(Double(index) * step + 1))\" y=\"\(f(height - 1 - h))\" width=\"\(f(max(1, step - 2)))\" height=\"\(f(h))\"/>"
        }
        return svg + "</svg>"
    }
}
