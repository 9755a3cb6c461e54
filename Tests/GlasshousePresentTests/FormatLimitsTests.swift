import GlasshouseCore
import Testing

@testable import GlasshousePresent

/// Formatting never traps (issue 11 item 5): an `Int` conversion trapped from 2^63 (≈ 9.2e18) on.
@Suite("Formatting huge, negative and non-finite numbers")
struct FormatLimitsTests {
    @Test("numbers: huge values in full, non-finite as a dash")
    func numbers() {
        #expect(Format.number(9.3e18) == "9300000000000000000")
        #expect(Format.number(-1e300).count == 302)
        #expect(Format.number(.nan) == "—")
        #expect(Format.number(-.infinity) == "—")
        #expect(Format.number(123.5) == "124")
        #expect(Format.number(-123.5) == "-124")
    }

    @Test("hours: huge, negative and non-finite durations")
    func hours() {
        #expect(Format.hours(9.3e18 * 24) == "9300000000000000000 days")
        #expect(Format.hours(-9.3e18) == "0 min")
        #expect(Format.hours(0.5) == "30 min")
        #expect(Format.hours(.nan) == "—")
    }

    @Test("money: grouped in full however large, negative, and non-finite")
    func money() {
        #expect(Format.money(9.3e18, "USD") == "9,300,000,000,000,000,000 USD")
        #expect(Format.money(-9.3e18, "EUR") == "-9,300,000,000,000,000,000 EUR")
        #expect(Format.money(-12.5, "EUR") == "-12.50 EUR")
        #expect(Format.money(.infinity, "USD") == "— USD")
    }

    @Test("bar widths clamp to 0–100 and treat non-finite shares as 0")
    func widths() {
        #expect(Format.widthPercent(0.456) == 46)
        #expect(Format.widthPercent(-3) == 0)
        #expect(Format.widthPercent(1e300) == 100)
        #expect(Format.widthPercent(.nan) == 0)
        #expect(Format.widthPercent(nil) == 0)
    }
}
