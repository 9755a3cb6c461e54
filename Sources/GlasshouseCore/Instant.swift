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
///
/// The zone's offset changes are read from Foundation once, into a table searched by binary
/// search: asking Foundation (ICU) for every event of a large org costs more than the rest of
/// the computation.
public struct SiteZone: Sendable {
    public let identifier: String
    private let zone: TimeZone
    /// Seconds since 1970 at which the offset changes, ascending, and the offset from each on.
    private let changes: [Int64]
    private let offsets: [Int]
    /// The offset before the first change.
    private let initialOffset: Int
    /// The table covers 1970 up to this instant; later instants ask Foundation.
    private let horizon: Int64

    /// nil when `identifier` is not a known IANA zone name.
    public init?(identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.identifier = identifier
        self.zone = zone
        let start = Date(timeIntervalSince1970: 0)
        let end = Date(timeIntervalSince1970: 4_102_444_800)  // 2100-01-01
        var changes: [Int64] = [], offsets: [Int] = []
        var cursor = start
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < end {
            changes.append(Int64(next.timeIntervalSince1970.rounded()))
            offsets.append(zone.secondsFromGMT(for: next))
            cursor = next
        }
        self.changes = changes
        self.offsets = offsets
        initialOffset = zone.secondsFromGMT(for: start)
        horizon = Int64(end.timeIntervalSince1970)
    }

    public static let utc = SiteZone(identifier: "UTC")!

    /// The zone's offset from UTC at `instant`, in seconds.
    public func offset(at instant: Instant) -> Int {
        let seconds = instant.seconds
        guard seconds >= 0, seconds < horizon else {
            return zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        // The last change at or before `seconds`.
        var low = 0, high = changes.count
        while low < high {
            let middle = (low + high) / 2
            if changes[middle] <= seconds { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? initialOffset : offsets[low - 1]
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
