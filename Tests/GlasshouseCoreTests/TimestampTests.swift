import GlasshouseCore
import Testing

@Suite("Timestamps and dates (content.md §2)")
struct TimestampTests {
    func seconds(_ text: String, assumeUTC: Bool = false) -> Int64? {
        if case .instant(let instant) = Timestamps.parse(text, assumeUTC: assumeUTC) { return instant.seconds }
        return nil
    }

    @Test("Z and offsets name the same instant")
    func offsets() {
        // 2026-03-04T10:15:00Z = 1772619300
        #expect(seconds("2026-03-04T10:15:00Z") == 1_772_619_300)
        #expect(seconds("2026-03-04T12:15:00+02:00") == 1_772_619_300)
        #expect(seconds("2026-03-04T05:15:00-0500") == 1_772_619_300)
        #expect(seconds("2026-03-04T10:15:00+00") == 1_772_619_300)
        #expect(seconds("2026-03-04T10:15Z") == 1_772_619_300)
        #expect(seconds("2026-03-04 10:15:00z") == 1_772_619_300)
    }

    @Test("fractions of a second are kept to the microsecond")
    func fractions() {
        #expect(Timestamps.parse("2026-03-04T10:15:00.250+02:00") == .instant(Instant(microseconds: (1_772_619_300 - 7200) * 1_000_000 + 250_000)))
        #expect(Timestamps.parse("2026-03-04T10:15:00.123456789Z") == .instant(Instant(microseconds: 1_772_619_300 * 1_000_000 + 123_456)))
        #expect(Timestamps.parse("2026-03-04T10:15:00.Z") == .invalid)
    }

    @Test("no offset is its own error; FOCUS timestamps are UTC")
    func missingOffset() {
        #expect(Timestamps.parse("2026-03-04T10:15:00") == .missingOffset)
        #expect(seconds("2024-09-18 22:00:00", assumeUTC: true) == 1_726_696_800)
    }

    @Test("malformed timestamps are invalid, never a crash")
    func invalid() {
        for text in [
            "2026-13-01T00:00Z", "2026-02-30T00:00:00Z", "2026-03-04T24:00:00Z", "2026-03-04T10:60:00Z", "2026-03-04", "", "2026-03-04T10:15:00+25:00",
            "2026-03-04T10:15:00Zjunk", "20260304T101500Z", "2026-03-04T10:15:00+02:",
        ] {
            #expect(Timestamps.parse(text) == .invalid, "\(text)")
        }
    }

    @Test("dates are whole real days")
    func dates() {
        #expect(Timestamps.date("2026-10-02")?.description == "2026-10-02")
        #expect(Timestamps.date("2026-10-32") == nil)
        #expect(Timestamps.date("2026-10-02T00:00Z") == nil)
        #expect(Timestamps.date("26-10-02") == nil)
    }
}
