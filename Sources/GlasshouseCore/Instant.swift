import Foundation

/// A point in time: microseconds since 1970-01-01T00:00:00Z (the precision of the timestamps we accept).
public struct Instant: Sendable, Hashable, Comparable {
    public var microseconds: Int64

    public init(microseconds: Int64) { self.microseconds = microseconds }
    public init(seconds: Int64) { self.microseconds = seconds * 1_000_000 }

    /// Whole seconds, rounded toward negative infinity.
    public var seconds: Int64 {
        microseconds >= 0 ? microseconds / 1_000_000 : -((-microseconds + 999_999) / 1_000_000)
    }

    /// The duration from `earlier` to this instant in hours (seconds / 3600, metrics.md §1).
    public func hours(since earlier: Instant) -> Double {
        (Double(microseconds - earlier.microseconds) / 1_000_000) / 3600
    }

    public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.microseconds < rhs.microseconds }
}

/// The site's IANA time zone: turns instants into calendar days (DST-correct).
public struct SiteZone: Sendable {
    public let identifier: String
    private let zone: TimeZone

    /// nil when `identifier` is not a known IANA zone name.
    public init?(identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.identifier = identifier
        self.zone = zone
    }

    public static let utc = SiteZone(identifier: "UTC")!

    /// The zone's offset from UTC at `instant`, in seconds.
    public func offset(at instant: Instant) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant.seconds)))
    }

    /// The first instant of `day` in this zone (local midnight).
    public func start(of day: Day) -> Instant {
        let midnight = Int64(day.ordinal) * 86_400
        let first = midnight - Int64(offset(at: Instant(seconds: midnight)))
        return Instant(seconds: midnight - Int64(offset(at: Instant(seconds: first))))
    }

    /// The calendar day of `instant` in this zone.
    public func day(of instant: Instant) -> Day {
        let local = instant.seconds + Int64(offset(at: instant))
        let days = local >= 0 ? local / 86_400 : -((-local + 86_399) / 86_400)
        return Day(ordinal: Int(days))
    }
}
