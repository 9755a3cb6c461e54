import GlasshouseCore
import Testing

@testable import GlasshousePresent

@Suite("Incident times in the team JSON: RFC 3339 in the site zone")
struct IncidentTimestampTests {
    @Test("offsets east and west of UTC, across DST, before 1970, fractions only when present")
    func timestamps() throws {
        let newYork = try #require(SiteZone(identifier: "America/New_York"))
        // 2026-03-08 06:59:59Z is 01:59:59 EST; one second later it is 03:00:00 EDT.
        #expect(IncidentExport.timestamp(Instant(seconds: 1_772_953_199), zone: newYork) == "2026-03-08T01:59:59-05:00")
        #expect(IncidentExport.timestamp(Instant(seconds: 1_772_953_200), zone: newYork) == "2026-03-08T03:00:00-04:00")
        #expect(IncidentExport.timestamp(Instant(microseconds: 1_500_000), zone: .utc) == "1970-01-01T00:00:01.5Z")
        #expect(IncidentExport.timestamp(Instant(microseconds: -1), zone: .utc) == "1969-12-31T23:59:59.999999Z")
        let kolkata = try #require(SiteZone(identifier: "Asia/Kolkata"))
        #expect(IncidentExport.timestamp(Instant(seconds: 0), zone: kolkata) == "1970-01-01T05:30:00+05:30")
    }
}
