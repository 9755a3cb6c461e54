/// Numbers for people and for the sample's files: the one number formatter (issue 12). Rounding
/// for pages happens here, in HTML only (the JSON export is unrounded). Exact and fast: digits come
/// from the value's binary representation (`DecimalDigits`), never from `String(format:)` or
/// Foundation's `NumberFormatter`; `fixed` writes what C's `%.Nf` writes, byte for byte.
public enum Format {
    /// `value` with exactly `decimals` digits after the point, rounded from the stored binary value
    /// (`rule` decides exact ties: `0.125` is one, `0.15` is not). Like C's `%.Nf`: a negative
    /// value that rounds to zero keeps its sign (`-0.0`), huge values are written in full.
    /// Non-finite values are `—`.
    public static func fixed(_ value: Double, decimals: Int, rule: FloatingPointRoundingRule = .toNearestOrEven) -> String {
        guard value.isFinite else { return "—" }
        var digits = DecimalDigits.scaled(value, scale: decimals, rule: rule)
        if decimals > 0 {
            if digits.utf8.count <= decimals { digits = String(repeating: "0", count: decimals + 1 - digits.utf8.count) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return value.sign == .minus ? "-" + digits : digits
    }

    /// `fixed` without trailing zeros after the point (and without the point if none remain).
    public static func short(_ value: Double, decimals: Int) -> String { trim(fixed(value, decimals: decimals)) }

    /// `12`, `3.2`, `0.45`: at most one decimal from 1 up, two significant digits below.
    /// Never traps: non-finite values are `—`, huge ones are written in full.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        let magnitude = abs(value)
        if magnitude == 0 { return "0" }
        if magnitude >= 100 { return whole(value) }
        if magnitude >= 1 { return short(value, decimals: 1) }
        return twoSignificant(value)
    }

    /// `value` rounded half away from zero, without a fraction, for any finite value (an `Int`
    /// conversion would trap from 2^63 on); `0` for values that round to zero, negative or not.
    public static func whole(_ value: Double) -> String {
        let rounded = value.rounded()
        return abs(rounded) < 1e15 ? String(Int64(rounded)) : fixed(rounded, decimals: 0)
    }

    /// A share from 0 to 1 as a whole percentage from 0 to 100 (bar widths); 0 when not finite.
    public static func widthPercent(_ share: Double?) -> Int {
        guard let share, share.isFinite else { return 0 }
        return Int((min(max(share, 0), 1) * 100).rounded())
    }

    /// Removes trailing zeros after a decimal point, and the point if nothing follows it.
    public static func trim(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: ".")) else { return text }
        var result = text
        while result.utf8.last == UInt8(ascii: "0") { result.removeLast() }
        if result.utf8.last == UInt8(ascii: ".") { result.removeLast() }
        return result
    }

    /// A duration given in hours: `40 min`, `18 h`, `3.5 days`.
    public static func hours(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        if value < 1 { return "\(whole(max(0, value * 60))) min" }
        if value < 48 { return "\(number(value)) h" }
        return "\(number(value / 24)) days"
    }

    /// `7.3 %`.
    public static func percent(_ rate: Double) -> String { "\(number(rate * 100)) %" }

    /// `≈ ` in front of figures from summaries.
    public static func approx(_ text: String, _ approx: Bool) -> String { approx ? "≈ " + text : text }

    /// Two significant digits for 0 < |value| < 1, as C's `%.2g` writes them: `0.45`, `0.05`,
    /// `0.0001`, and from 10^-5 down in exponent form, `4.5e-05`.
    static func twoSignificant(_ value: Double) -> String {
        let magnitude = abs(value)
        // The decimal exponent of the leading digit, corrected below where log10 is off by one.
        var exponent = Int((magnitude.log10Estimate).rounded(.down))
        var digits = Int(DecimalDigits.scaled(magnitude, scale: 1 - exponent, rule: .toNearestOrEven))!
        if digits < 10 {
            exponent -= 1
            digits = Int(DecimalDigits.scaled(magnitude, scale: 1 - exponent, rule: .toNearestOrEven))!
        }
        if digits >= 100 {  // rounded up to the next power of ten (0.0996 → 0.10)
            exponent += 1
            digits = Int(DecimalDigits.scaled(magnitude, scale: 1 - exponent, rule: .toNearestOrEven))!
        }
        let sign = value < 0 ? "-" : ""
        let first = digits / 10, second = digits % 10
        if exponent < -4 {
            let power = -exponent
            return sign + "\(first)" + (second == 0 ? "" : ".\(second)") + "e-" + (power < 10 ? "0" : "") + "\(power)"
        }
        if exponent >= 0 { return sign + (second == 0 ? "\(first)" : "\(first).\(second)") }  // 1.0 after rounding
        let zeros = String(repeating: "0", count: -exponent - 1)
        return sign + "0." + zeros + (second == 0 ? "\(first)" : "\(first)\(second)")
    }
}

extension Format {
    /// `12,340 EUR`, `-12.50 EUR`: whole units from 100 up, cents below; never traps.
    public static func money(_ value: Double, _ currency: String) -> String {
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
            digits = fixed(magnitude, decimals: 2)
        }
        return (value < 0 && digits != "0.00" ? "-" : "") + digits + " " + currency
    }

    /// Axis labels: `0`, `500`, `12k`, `1.5M` (the currency is named once beside the chart).
    public static func compactMoney(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude >= 1_000_000 { return number(value / 1_000_000) + "M" }
        if magnitude >= 1_000 { return number(value / 1_000) + "k" }
        return number(value)
    }
}

extension Format {
    /// An amount in the sample's files: two decimals, `.` as separator, halves rounded away
    /// from zero (`-0.005` is `-0.01`), `0.00` for anything that rounds to zero, whatever its sign.
    public static func amount(_ value: Double) -> String {
        let digits = fixed(abs(value), decimals: 2, rule: .toNearestOrAwayFromZero)
        return value < 0 && digits != "0.00" ? "-" + digits : digits
    }

    /// An objective in the sample's files: `99.9`, `99` (the shortest text that reads back the same).
    public static func objective(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

extension Double {
    /// `log10` without Foundation, within 0.05: enough to pick a decimal exponent that is then checked.
    fileprivate var log10Estimate: Double { (Double(exponent) + (significand - 1)) * 0.301_029_995_663_981_2 }
}
