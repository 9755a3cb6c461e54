import GlasshouseCore
import Testing

@testable import GlasshouseCompute

@Suite("As-of day precedence (content.md §2)")
struct AsOfTests {
    let berlin = SiteZone(identifier: "Europe/Berlin")!
    let option = Day(year: 2026, month: 11, day: 1)!
    let configured = Day(year: 2026, month: 6, day: 30)!
    // 2025-11-20T23:00:00Z: still the 20th in UTC, already the 21st in Berlin.
    let epoch = "1763679600"
    let now = Instant(seconds: 1_792_967_400)  // 2026-10-25T22:30:00Z

    @Test("--as-of wins over everything")
    func optionWins() throws {
        let asOf = try AsOf.resolve(option: option, sourceDateEpoch: epoch, configured: configured, now: now, zone: berlin)
        #expect(asOf == AsOf(day: option, source: .option))
    }

    @Test("SOURCE_DATE_EPOCH is taken as its day in the site time zone")
    func epochInZone() throws {
        let inBerlin = try AsOf.resolve(option: nil, sourceDateEpoch: epoch, configured: configured, now: now, zone: berlin)
        #expect(inBerlin.day.description == "2025-11-21")
        #expect(inBerlin.source == .sourceDateEpoch)
        let inUTC = try AsOf.resolve(option: nil, sourceDateEpoch: epoch, configured: configured, now: now, zone: .utc)
        #expect(inUTC.day.description == "2025-11-20")
    }

    @Test("site.yaml as_of, then today in the site time zone")
    func fallbacks() throws {
        #expect(try AsOf.resolve(option: nil, sourceDateEpoch: "", configured: configured, now: now, zone: berlin) == AsOf(day: configured, source: .siteYAML))
        let today = try AsOf.resolve(option: nil, sourceDateEpoch: nil, configured: nil, now: now, zone: berlin)
        #expect(today.day.description == "2026-10-25")
        #expect(today.source == .today)
    }

    @Test("a SOURCE_DATE_EPOCH that is not a number is refused")
    func invalidEpoch() {
        #expect(throws: AsOf.InvalidEpoch(value: "yesterday")) {
            try AsOf.resolve(option: nil, sourceDateEpoch: "yesterday", configured: nil, now: now, zone: berlin)
        }
    }

    @Test("a SOURCE_DATE_EPOCH beyond the year 9999 is refused, not a trap")
    func hugeEpoch() throws {
        #expect(throws: AsOf.InvalidEpoch(value: "9300000000000000000")) {
            try AsOf.resolve(option: nil, sourceDateEpoch: "9300000000000000000", configured: nil, now: now, zone: berlin)
        }
        #expect(try AsOf.resolve(option: nil, sourceDateEpoch: "253402300799", configured: nil, now: now, zone: .utc).day.description == "9999-12-31")
    }
}
