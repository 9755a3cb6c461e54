import Foundation

/// Numbers for people: rounding happens here, in HTML only (the JSON export is unrounded).
enum Format {
    /// `12`, `3.2`, `0.45`: at most one decimal from 1 up, two significant digits below.
    /// Never traps: non-finite values are `—`, huge ones are written in full.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        let magnitude = abs(value)
        if magnitude == 0 { return "0" }
        if magnitude >= 100 { return whole(value) }
        if magnitude >= 1 { return trim(String(format: "%.1f", value)) }
        return trim(String(format: "%.2g", value))
    }

    /// `value` rounded half away from zero, without a fraction, for any finite value (an `Int`
    /// conversion would trap from 2^63 on).
    static func whole(_ value: Double) -> String {
        let rounded = value.rounded()
        return abs(rounded) < 1e15 ? String(Int64(rounded)) : String(format: "%.0f", rounded)
    }

    /// A share from 0 to 1 as a whole percentage from 0 to 100 (bar widths); 0 when not finite.
    static func widthPercent(_ share: Double?) -> Int {
        guard let share, share.isFinite else { return 0 }
        return Int((min(max(share, 0), 1) * 100).rounded())
    }

    static func trim(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = text
        while result.hasSuffix("0") { result.removeLast() }
        if result.hasSuffix(".") { result.removeLast() }
        return result
    }

    /// A duration given in hours: `40 min`, `18 h`, `3.5 days`.
    static func hours(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        if value < 1 { return "\(whole(max(0, value * 60))) min" }
        if value < 48 { return "\(number(value)) h" }
        return "\(number(value / 24)) days"
    }

    /// `7.3 %`.
    static func percent(_ rate: Double) -> String { "\(number(rate * 100)) %" }

    /// `≈ ` in front of figures from summaries.
    static func approx(_ text: String, _ approx: Bool) -> String { approx ? "≈ " + text : text }
}

extension Format {
    /// `12,340 EUR`, `-12.50 EUR`: whole units from 100 up, cents below; never traps.
    static func money(_ value: Double, _ currency: String) -> String {
        guard value.isFinite else { return "— " + currency }
        let magnitude = abs(value)
        var digits: String
        if magnitude >= 100 {
            let units = Format.whole(magnitude)
            var grouped = ""
            for (index, character) in units.reversed().enumerated() {
                if index > 0 && index % 3 == 0 { grouped.append(",") }
                grouped.append(character)
            }
            digits = String(grouped.reversed())
        } else {
            digits = String(format: "%.2f", magnitude)
        }
        return (value < 0 && digits != "0.00" ? "-" : "") + digits + " " + currency
    }
}
