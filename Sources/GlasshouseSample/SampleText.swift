import Foundation
import GlasshouseCore

/// Formatting helpers for the sample's files: timestamps in a team's own offset, CSV rows.
enum SampleText {
    /// Seconds east of UTC of an offset like `+05:30`, `-05:00` or `Z`.
    static func offsetSeconds(_ offset: String) -> Int64 {
        guard offset != "Z" else { return 0 }
        let sign: Int64 = offset.hasPrefix("-") ? -1 : 1
        let parts = offset.dropFirst().split(separator: ":").compactMap { Int64($0) }
        return sign * (parts[0] * 3600 + (parts.count > 1 ? parts[1] * 60 : 0))
    }

    /// `2026-10-13T19:02:00+02:00` (seconds precision) in the given offset.
    static func timestamp(_ instant: Instant, offset: String) -> String {
        let local = instant.seconds + offsetSeconds(offset)
        let days = local >= 0 ? local / 86_400 : -((-local + 86_399) / 86_400)
        let secondOfDay = Int(local - days * 86_400)
        let day = Day(ordinal: Int(days))
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(day)T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))\(offset)"
    }

    /// The instant of `minute` minutes after local midnight of `day` in `offset`.
    static func instant(_ day: Day, minute: Int, offset: String) -> Instant {
        Instant(seconds: Int64(day.ordinal) * 86_400 + Int64(minute * 60) - offsetSeconds(offset))
    }

    /// One CSV line; fields with commas, quotes or newlines are quoted.
    static func csv(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",") + "\n"
    }

    /// Hours as a short decimal, like `12.5`.
    static func hours(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
