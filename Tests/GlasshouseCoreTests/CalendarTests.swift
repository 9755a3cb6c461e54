import Foundation
import GlasshouseCore
import Testing

@Suite("Calendar: days, ISO weeks and months")
struct CalendarTests {
    @Test("civil days round-trip and count from 1970-01-01")
    func civilDays() throws {
        let day = try #require(Day(year: 2026, month: 11, day: 20))
        #expect(day.ordinal == 20777)
        #expect(day.description == "2026-11-20")
        #expect(Day(ordinal: -1).description == "1969-12-31")
        #expect(Day(ordinal: 0).weekday == 4)  // Thursday
        #expect(day.weekday == 5)  // Friday
        for ordinal in stride(from: -800_000, through: 800_000, by: 997) {
            let c = Day(ordinal: ordinal).components
            #expect(Day(year: c.year, month: c.month, day: c.day)?.ordinal == ordinal)
        }
    }

    @Test("impossible dates and leap years")
    func leapYears() {
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 2026, month: 2, day: 29) == nil)
        #expect(Day(year: 1900, month: 2, day: 29) == nil)
        #expect(Day(year: 2000, month: 2, day: 29) != nil)
        #expect(Day(year: 2026, month: 13, day: 1) == nil)
        #expect(Day(year: 2026, month: 4, day: 31) == nil)
        #expect(Day(year: 2026, month: 1, day: 0) == nil)
    }

    @Test("ISO weeks, including week 53 and weeks that straddle a year")
    func isoWeeks() throws {
        let day = { (y: Int, m: Int, d: Int) in Day(year: y, month: m, day: d)! }
        #expect(day(2020, 12, 31).isoWeek.description == "2020-W53")
        #expect(day(2021, 1, 3).isoWeek.description == "2020-W53")
        #expect(day(2021, 1, 4).isoWeek.description == "2021-W01")
        #expect(day(2024, 12, 30).isoWeek.description == "2025-W01")
        #expect(day(2026, 12, 31).isoWeek.description == "2026-W53")
        #expect(day(2026, 11, 20).isoWeek.description == "2026-W47")
        let w53 = try #require(ISOWeek(year: 2026, week: 53))
        #expect(w53.monday == day(2026, 12, 28))
        #expect(w53.sunday == day(2027, 1, 3))
        #expect(ISOWeek(year: 2025, week: 53) == nil)
        #expect(ISOWeek(year: 2027, week: 53) == nil)
        #expect(w53.advanced(by: 1).description == "2027-W01")
    }

    @Test("months advance across years")
    func months() {
        let january = Month(year: 2026, month: 1)
        #expect(january.advanced(by: -1).description == "2025-12")
        #expect(january.advanced(by: -13).description == "2024-12")
        #expect(january.advanced(by: 12).description == "2027-01")
        #expect(Month(year: 2024, month: 2).days == 29)
        #expect(Month(year: 2026, month: 2).lastDay.description == "2026-02-28")
    }

    @Test("instants fall on the right local day across DST in Berlin")
    func berlinDST() throws {
        let berlin = try #require(SiteZone(identifier: "Europe/Berlin"))
        let at = { (iso: Int64) in berlin.day(of: Instant(seconds: iso)).description }
        // 2026-10-24T22:30:00Z is 00:30 CEST (+2) on the 25th.
        #expect(at(1_792_881_000) == "2026-10-25")
        // 2026-10-25T22:30:00Z is 23:30 CET (+1) on the 25th: summer time ended that morning.
        #expect(at(1_792_967_400) == "2026-10-25")
        // 2026-03-28T23:30:00Z is 00:30 CET on the 29th; 2026-03-29T22:30:00Z is 00:30 CEST on the 30th.
        #expect(at(1_774_740_600) == "2026-03-29")
        #expect(at(1_774_823_400) == "2026-03-30")
        #expect(berlin.offset(at: Instant(seconds: 1_792_881_000)) == 7200)
        #expect(berlin.offset(at: Instant(seconds: 1_792_967_400)) == 3600)
    }

    @Test("instants fall on the right local day across DST in Los Angeles")
    func losAngelesDST() throws {
        let la = try #require(SiteZone(identifier: "America/Los_Angeles"))
        let at = { (iso: Int64) in la.day(of: Instant(seconds: iso)).description }
        // 2026-03-08T07:30:00Z is 23:30 PST (−8) on the 7th.
        #expect(at(1_772_955_000) == "2026-03-07")
        // 2026-03-09T06:30:00Z is 23:30 PDT (−7) on the 8th.
        #expect(at(1_773_037_800) == "2026-03-08")
        // 2026-11-02T07:30:00Z is 23:30 PST on the 1st (summer time ended that morning).
        #expect(at(1_793_604_600) == "2026-11-01")
        #expect(SiteZone(identifier: "Mars/Olympus_Mons") == nil)
    }

    @Test("durations are seconds / 3600")
    func hours() {
        let start = Instant(seconds: 1_000)
        #expect(Instant(seconds: 1_000 + 5_400).hours(since: start) == 1.5)
        #expect(Instant(microseconds: 1_000_000_000 + 250_000).hours(since: start) == 0.25 / 3600)
        #expect(Instant(microseconds: -1).seconds == -1)
    }
}

@Suite("The site zone's offset table agrees with Foundation")
struct SiteZoneTableTests {
    @Test(
        "offsets and days at many instants, across DST changes, in zones with and without DST",
        arguments: [
            "Europe/Berlin", "America/Los_Angeles", "Australia/Sydney", "Asia/Kolkata", "America/Sao_Paulo", "UTC",
        ])
    func agrees(identifier: String) throws {
        let zone = try #require(SiteZone(identifier: identifier))
        let foundation = try #require(TimeZone(identifier: identifier))
        var seed: UInt64 = 0x9E37_79B9
        for _ in 0..<20_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let seconds = Int64(seed >> 33) % 4_200_000_000  // 1970 … 2103
            let expected = foundation.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
            #expect(zone.offset(at: Instant(seconds: seconds)) == expected, "\(identifier) at \(seconds)")
        }
        // Exactly at and one second before a change (Berlin: 2026-03-29 01:00 UTC).
        if identifier == "Europe/Berlin" {
            #expect(zone.offset(at: Instant(seconds: 1_774_746_000)) == 7200)
            #expect(zone.offset(at: Instant(seconds: 1_774_745_999)) == 3600)
        }
    }
}
