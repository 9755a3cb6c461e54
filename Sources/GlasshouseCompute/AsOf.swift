import Foundation
import GlasshouseCore

/// The as-of day D of a build (content.md §2) and where it came from.
public struct AsOf: Sendable, Equatable {
    /// Which rule decided D, in order of precedence.
    public enum Source: String, Sendable, Equatable {
        case option = "--as-of"
        case sourceDateEpoch = "SOURCE_DATE_EPOCH"
        case siteYAML = "site.yaml as_of"
        case today = "today"
    }

    public let day: Day
    public let source: Source

    /// A SOURCE_DATE_EPOCH that is not a whole number of seconds.
    public struct InvalidEpoch: Error, Sendable, Equatable {
        public let value: String
        public init(value: String) { self.value = value }
    }

    /// D is: the `--as-of` option; else SOURCE_DATE_EPOCH's day in the site time zone; else
    /// site.yaml `as_of`; else today (`now`) in the site time zone.
    public static func resolve(option: Day?, sourceDateEpoch: String?, configured: Day?, now: Instant, zone: SiteZone) throws(InvalidEpoch) -> AsOf {
        if let option { return AsOf(day: option, source: .option) }
        if let epoch = sourceDateEpoch?.trimmingCharacters(in: .whitespaces), !epoch.isEmpty {
            // Years 1 to 9999 only: a larger value would overflow the microseconds of an `Instant`.
            guard let seconds = Int64(epoch), (-62_135_596_800...253_402_300_799).contains(seconds) else { throw InvalidEpoch(value: epoch) }
            return AsOf(day: zone.day(of: Instant(seconds: seconds)), source: .sourceDateEpoch)
        }
        if let configured { return AsOf(day: configured, source: .siteYAML) }
        return AsOf(day: zone.day(of: now), source: .today)
    }
}
