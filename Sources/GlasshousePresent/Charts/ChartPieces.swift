import Foundation
import GlasshouseCore

/// The SVG pieces every chart shares. Charts have no `viewBox`: x is given in percent of the
/// chart's width and y in CSS pixels, so a chart fills any column while its text keeps its CSS
/// size (never scaled below 10 px on a phone, never blown up on a wide screen).
extension Charts {
    /// A target drawn as a line at its value from `since` up to its deadline (metrics.md §7).
    public struct Target: Sendable, Equatable {
        public var value: Double
        public var since: Day
        public var by: Day
        /// How the value reads, like `2 h` or `≥ 5 deploys/week`.
        public var label: String
    }

    static func open(id: String, height: Double, title: String, description: String, className: String = "chart") -> String {
        "<svg class=\"\(className)\" width=\"100%\" height=\"\(f(height))\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\">"
            + "<title id=\"\(id)-t\">\(XMLText.escape(title))</title><desc id=\"\(id)-d\">\(XMLText.escape(description))</desc>"
    }

    /// A rectangle with x and width in percent, y and height in pixels.
    static func rect(x: Double, y: Double, width: Double, height: Double, className: String) -> String {
        "<rect class=\"\(className)\" x=\"\(p(x))\" y=\"\(f(y))\" width=\"\(p(max(0, width)))\" height=\"\(f(max(0, height)))\"/>"
    }

    static func line(x1: Double, x2: Double, y1: Double, y2: Double, className: String) -> String {
        "<line class=\"\(className)\" x1=\"\(p(x1))\" x2=\"\(p(x2))\" y1=\"\(f(y1))\" y2=\"\(f(y2))\"/>"
    }

    /// Text at x percent; `anchor` start, middle or end.
    static func text(_ value: String, x: Double, y: Double, anchor: String = "middle", className: String = "axis") -> String {
        "<text class=\"\(className)\" x=\"\(p(x))\" y=\"\(f(y))\" text-anchor=\"\(anchor)\">\(XMLText.escape(value))</text>"
    }

    /// A horizontal grid line across the plot.
    static func gridLine(y: Double) -> String { line(x1: 0, x2: 100, y1: y, y2: y, className: "grid") }

    /// A grid line's label, sitting on it at the left (drawn after the data, so bars never hide it).
    static func tickLabel(y: Double, label: String) -> String { text(label, x: 0, y: y - 3, anchor: "start", className: "axis tick") }

    /// Round tick values from 0 to at least `peak`: steps of 1, 2 or 5 times a power of ten, at
    /// most `count` steps.
    static func ticks(upTo peak: Double, count: Int = 4) -> [Double] {
        guard peak > 0 else { return [0, 1] }
        let raw = peak / Double(count)
        let power = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= raw } ?? 10 * power
        let steps = Int((peak / step).rounded(.up))
        return (0...steps).map { Double($0) * step }
    }

    /// Event markers: a dashed vertical line at each event's day and its number at the top; the
    /// numbers match the list under the chart and the text alternative.
    static func events(_ events: [DatedEvent], on axis: TimeAxis, top: Double, bottom: Double) -> String {
        var svg = ""
        for (index, event) in events.enumerated() {
            guard let x = axis.x(of: event.date) else { continue }
            svg += "<g class=\"event\"><title>\(XMLText.escape(event.date.display)): \(XMLText.escape(event.title))</title>"
            svg += line(x1: x, x2: x, y1: top, y2: bottom, className: "event-line")
            svg += text(String(index + 1), x: x, y: top - 2, className: "event-label") + "</g>"
        }
        return svg
    }

    /// Target lines at y(value) from the later of `since` and the chart's start to the earlier of
    /// the deadline and the chart's end.
    static func targets(_ targets: [Target], on axis: TimeAxis, y: (Double) -> Double) -> String {
        var svg = ""
        for target in targets {
            guard let (from, to) = axis.span(from: target.since, to: target.by) else { continue }
            let level = y(target.value)
            svg += "<g class=\"target\"><title>Target \(XMLText.escape(target.label)) by \(XMLText.escape(target.by.display))</title>"
            svg += line(x1: from, x2: to, y1: level, y2: level, className: "target-line")
            svg += text("target", x: to, y: level - 3, anchor: to > 80 ? "end" : "start", className: "target-label") + "</g>"
        }
        return svg
    }

    /// Events and targets in words, for a chart's text alternative.
    static func describe(events: [DatedEvent], targets: [Target]) -> String {
        var parts: [String] = []
        if !events.isEmpty {
            parts.append(
                " Events: " + events.enumerated().map { "\($0.offset + 1) \($0.element.date.display) \($0.element.title)" }.joined(separator: "; ") + ".")
        }
        for target in targets { parts.append(" Target \(target.label) by \(target.by.display).") }
        return parts.joined()
    }

    /// Which slots get an axis label: every `every`-th and the last, leaving out a regular one
    /// that would crowd the last. Labels not at a multiple of `2 · every` (except the first and
    /// last) are `minor`, hidden on a phone.
    static func labelled(count: Int, every: Int) -> [(index: Int, minor: Bool)] {
        guard count > 0 else { return [] }
        var result: [(Int, Bool)] = []
        for index in stride(from: 0, to: count - 1, by: every) where index == 0 || count - 1 - index >= every {
            result.append((index, index != 0 && index % (2 * every) != 0))
        }
        return result + [(count - 1, false)]
    }

    /// Where an axis label sits and how it is anchored: the first at the left edge, the last at the right.
    static func labelPlace(_ index: Int, count: Int, axis: TimeAxis) -> (x: Double, anchor: String) {
        if index == 0 { return (0, "start") }
        if index == count - 1 { return (100, "end") }
        return (axis.x(index), "middle")
    }

    /// Pixels with at most one decimal, so the markup stays small and stable.
    static func f(_ value: Double) -> String { Format.short(value, decimals: 1) }

    /// Percent with at most two decimals.
    static func p(_ value: Double) -> String { Format.short(value, decimals: 2) + "%" }
}

/// The x axis of a time chart: equal slots (weeks or months) from left to right, in percent.
struct TimeAxis {
    /// The first and last day of each slot, oldest first.
    let slots: [(start: Day, end: Day)]

    var width: Double { 100 / Double(max(slots.count, 1)) }

    /// The left edge of slot `index`, plus `fraction` of a slot.
    func x(_ index: Int, fraction: Double = 0.5) -> Double { (Double(index) + fraction) * width }

    /// Where a day sits: its slot, and its place inside it. nil outside the chart.
    func x(of day: Day) -> Double? {
        guard let index = slots.firstIndex(where: { day >= $0.start && day <= $0.end }) else { return nil }
        let slot = slots[index]
        let days = Double(slot.start.distance(to: slot.end) + 1)
        return x(index, fraction: (Double(slot.start.distance(to: day)) + 0.5) / days)
    }

    /// The part of [from, to] on the chart, in percent; nil when it misses the chart.
    func span(from: Day, to: Day) -> (Double, Double)? {
        guard let first = slots.first?.start, let last = slots.last?.end, from <= last, to >= first, from <= to else { return nil }
        return (from < first ? 0 : x(of: from)!, to > last ? 100 : x(of: to)!)
    }
}
