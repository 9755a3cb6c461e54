import Foundation
import GlasshouseCore

/// The spans of constant UTC offset of a time zone, for the `glasshouse_zone` relation of the
/// warehouse query: the SQL finds an event's local day by a range join on this small table instead
/// of a dialect's time-zone function, so every engine uses the tz database the site build uses.
struct ZoneOffsets: Equatable {
    /// One span: `[from, to)` in seconds, with the offset that holds in it. nil bounds are open.
    struct Span: Equatable {
        var from: Int64?
        var to: Int64?
        var offset: Int
    }

    /// Spans in UTC seconds.
    var utc: [Span]
    /// The same spans in local wall-clock seconds, made contiguous: a wall-clock time skipped by a
    /// spring-forward takes the offset before it, one repeated by a fall-back the earlier offset.
    var local: [Span]

    /// The offset changes of `zone` from the start of `first` through the end of `last` (exact in
    /// that range); before and after it, the first and last offsets continue.
    init(zone identifier: String, from first: Day, through last: Day) {
        let zone = TimeZone(identifier: identifier) ?? TimeZone(secondsFromGMT: 0)!
        let start = Date(timeIntervalSince1970: TimeInterval(Int64(first.ordinal - 1) * 86_400))
        let end = Date(timeIntervalSince1970: TimeInterval(Int64(last.ordinal + 2) * 86_400))
        var changes: [(at: Int64, offset: Int)] = []
        var cursor = start
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < end {
            changes.append((Int64(next.timeIntervalSince1970.rounded()), zone.secondsFromGMT(for: next)))
            cursor = next
        }
        var offsets = [zone.secondsFromGMT(for: start)]
        // Transitions that change only the DST flag keep the offset: merge them away.
        var boundaries: [Int64] = []
        for change in changes where change.offset != offsets.last! {
            boundaries.append(change.at)
            offsets.append(change.offset)
        }
        utc = offsets.indices.map { index in
            Span(from: index == 0 ? nil : boundaries[index - 1], to: index == boundaries.count ? nil : boundaries[index], offset: offsets[index])
        }
        let localBoundaries = boundaries.indices.map { boundaries[$0] + Int64(max(offsets[$0], offsets[$0 + 1])) }
        local = offsets.indices.map { index in
            Span(from: index == 0 ? nil : localBoundaries[index - 1], to: index == localBoundaries.count ? nil : localBoundaries[index], offset: offsets[index])
        }
    }
}
