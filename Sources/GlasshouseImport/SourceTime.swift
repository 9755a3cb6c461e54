import GlasshouseCore
import GlasshouseLoad

/// Turns the timestamps the sources write into the content format's (content.md §2: ISO 8601
/// with an offset).
enum SourceTime {
    /// How a source writes a timestamp without an offset.
    enum Naive {
        /// An error: the source is documented to write offsets (GitHub, GitLab, PagerDuty, Opsgenie).
        case rejected
        /// UTC (DevLake's database dates, BigQuery's `2026-03-04 10:15:00 UTC`).
        case utc
    }

    /// The timestamp as the content format writes it: ISO text with an offset is kept as is;
    /// `YYYY-MM-DD HH:MM:SS[.ffffff][ UTC]` becomes `YYYY-MM-DDTHH:MM:SS[.ffffff]Z` where `naive`
    /// allows it. Throws a failure at `position` otherwise.
    static func normalize(_ raw: String, naive: Naive, file: String, position: String, field: String) throws(ImportFailure) -> String {
        var text = raw.trimmingSpaces
        if text.hasSuffix(" UTC") { text = String(text.dropLast(4)) + "Z" }
        switch Timestamps.parse(text) {
        case .instant:
            return text.replacingFirstSpace()
        case .missingOffset where naive == .utc:
            return text.replacingFirstSpace() + "Z"
        case .missingOffset:
            throw ImportFailure(file: file, position: position, message: "\(field): \"\(raw)\" has no time zone offset")
        case .invalid:
            throw ImportFailure(file: file, position: position, message: "\(field): \"\(raw)\" is not a timestamp")
        }
    }

    /// Milliseconds since 1970 (Opsgenie) as an ISO timestamp in UTC.
    static func fromMilliseconds(_ milliseconds: Int64) -> String {
        iso(Instant(microseconds: milliseconds * 1000))
    }

    /// `YYYY-MM-DDTHH:MM:SS[.fff]Z`.
    static func iso(_ instant: Instant) -> String {
        let seconds = instant.seconds
        let day = Day(ordinal: Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400))
        let rest = Int(seconds - Int64(day.ordinal) * 86_400)
        let micros = Int(instant.microseconds - seconds * 1_000_000)
        var text = "\(day)T\(pad(rest / 3600, 2)):\(pad(rest / 60 % 60, 2)):\(pad(rest % 60, 2))"
        if micros != 0 {
            text += micros % 1000 == 0 ? "." + pad(micros / 1000, 3) : "." + pad(micros, 6)
        }
        return text + "Z"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The instant of a content-format timestamp, nil when it is not one.
    static func instant(_ text: String) -> Instant? {
        if case .instant(let instant) = Timestamps.parse(text) { return instant }
        return nil
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" || first == "\r" || first == "\n" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" || last == "\n" { scalars.removeLast() }
        return String(scalars)
    }

    /// `2026-03-04 10:15:00Z` → `2026-03-04T10:15:00Z` (the date and time separated by T).
    func replacingFirstSpace() -> String {
        guard let space = firstIndex(of: " ") else { return self }
        return self[..<space] + "T" + self[index(after: space)...]
    }
}
