import Foundation
import GlasshouseCore
import Testing

/// The one number formatter (issue 12): exact rounding of the stored binary value, without
/// `String(format:)`. Expectations are worked out by hand from the values' binary expansions.
@Suite("Format: rounding numbers for pages and sample files")
struct FormatTests {
    @Test("fixed decimals: exact ties go to even, near-ties follow the stored value")
    func halfCases() {
        #expect(Format.fixed(0.125, decimals: 2) == "0.12")  // 0.125 is exact: a tie, 2 is even
        #expect(Format.fixed(0.375, decimals: 2) == "0.38")  // a tie, 8 is even
        #expect(Format.fixed(2.5, decimals: 0) == "2")
        #expect(Format.fixed(3.5, decimals: 0) == "4")
        #expect(Format.fixed(0.25, decimals: 1) == "0.2")
        #expect(Format.fixed(0.15, decimals: 1) == "0.1")  // stored as 0.14999999999999999445
        #expect(Format.fixed(0.35, decimals: 1) == "0.3")  // 0.34999999999999997780
        #expect(Format.fixed(0.45, decimals: 1) == "0.5")  // 0.45000000000000001110
        #expect(Format.fixed(1.005, decimals: 2) == "1.00")  // 1.00499999999999989342
        #expect(Format.fixed(0.125, decimals: 2, rule: .toNearestOrAwayFromZero) == "0.13")
        #expect(Format.fixed(2.5, decimals: 0, rule: .toNearestOrAwayFromZero) == "3")
    }

    @Test("fixed decimals: negatives, zero and minus zero as C's %.Nf writes them")
    func signs() {
        #expect(Format.fixed(-2.5, decimals: 0) == "-2")
        #expect(Format.fixed(-2.5, decimals: 0, rule: .toNearestOrAwayFromZero) == "-3")
        #expect(Format.fixed(-0.125, decimals: 2) == "-0.12")
        #expect(Format.fixed(-1.75, decimals: 1) == "-1.8")
        #expect(Format.fixed(0, decimals: 2) == "0.00")
        #expect(Format.fixed(0, decimals: 0) == "0")
        #expect(Format.fixed(-0.0, decimals: 2) == "-0.00")
        #expect(Format.fixed(-0.004, decimals: 2) == "-0.00")
        #expect(Format.fixed(.nan, decimals: 2) == "—")
        #expect(Format.fixed(-.infinity, decimals: 1) == "—")
    }

    @Test("fixed decimals: the content bounds (10^15) and far beyond, tiny values")
    func extremes() {
        #expect(Format.fixed(1e15, decimals: 2) == "1000000000000000.00")
        #expect(Format.fixed(-1e15, decimals: 1) == "-1000000000000000.0")
        // 999999999999999.9 is stored as 999999999999999.875 (steps of 1/8 up there).
        #expect(Format.fixed(999_999_999_999_999.9, decimals: 1) == "999999999999999.9")
        #expect(Format.fixed(999_999_999_999_999.9, decimals: 2) == "999999999999999.88")  // .875: a tie, 8 is even
        #expect(Format.fixed(999_999_999_999_999.9, decimals: 4) == "999999999999999.8750")
        #expect(Format.fixed(0x1p70, decimals: 0) == "1180591620717411303424")
        #expect(Format.fixed(-0x1p70, decimals: 2) == "-1180591620717411303424.00")
        #expect(Format.fixed(0.1, decimals: 20) == "0.10000000000000000555")  // 0.1000000000000000055511…
        #expect(Format.fixed(5e-324, decimals: 2) == "0.00")
        #expect(Format.fixed(1e-300, decimals: 0) == "0")
        #expect(Format.fixed(1e300, decimals: 0).count == 301)
    }

    @Test("fixed decimals agree with C's printf on values of every magnitude")
    func agreesWithPrintf() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [0.5, 1.5, 0.05, 0.005, 9.995, 99.95, 1e15, 123456.789, -0.0]
        for _ in 0..<4000 {
            let magnitude = Double.random(in: -8...17, using: &generator)
            let value = pow(10, magnitude) * (Bool.random(using: &generator) ? 1 : -1)
            values.append(value)
            values.append((value * 8).rounded() / 8)  // exact ties
        }
        for value in values {
            for decimals in 0...4 {
                #expect(Format.fixed(value, decimals: decimals) == String(format: "%.\(decimals)f", value), "\(value)")
            }
            if abs(value) < 1 && value != 0 {
                #expect(Format.number(value) == String(format: "%.2g", value), "\(value)")
            }
        }
    }

    @Test("numbers for pages: one decimal from 1, two significant digits below, whole from 100")
    func numbers() {
        #expect(Format.number(0) == "0")
        #expect(Format.number(-0.0) == "0")
        #expect(Format.number(2.25) == "2.2")  // a tie, 2 is even
        #expect(Format.number(2.35) == "2.4")  // 2.35000000000000008882
        #expect(Format.number(3.0) == "3")
        #expect(Format.number(-1.04) == "-1")
        #expect(Format.number(99.96) == "100")
        #expect(Format.number(0.045) == "0.045")
        #expect(Format.number(0.0996) == "0.1")  // rounds up to the next power of ten
        #expect(Format.number(0.99996) == "1")
        #expect(Format.number(-0.5) == "-0.5")
        #expect(Format.number(0.0001) == "0.0001")
        #expect(Format.number(0.000099996) == "0.0001")
        #expect(Format.number(0.00001234) == "1.2e-05")
        #expect(Format.number(0.00005) == "5e-05")
        #expect(Format.number(1.5e-10) == "1.5e-10")
        #expect(Format.number(123.5) == "124")
        #expect(Format.number(-123.5) == "-124")
        #expect(Format.number(1e15) == "1000000000000000")
        #expect(Format.number(-1e15) == "-1000000000000000")
    }

    @Test("whole numbers round halves away from zero and never trap")
    func whole() {
        #expect(Format.whole(2.5) == "3")
        #expect(Format.whole(-2.5) == "-3")
        #expect(Format.whole(-0.4) == "0")
        #expect(Format.whole(-0.0) == "0")
        #expect(Format.whole(1e15) == "1000000000000000")
        #expect(Format.whole(-1_000_000_000_000_000.5) == "-1000000000000001")
        #expect(Format.whole(9.3e18) == "9300000000000000000")
    }

    @Test("money: whole units grouped from 100, cents below, no minus on zero")
    func money() {
        #expect(Format.money(1234.5, "EUR") == "1,235 EUR")
        #expect(Format.money(0.125, "EUR") == "0.12 EUR")
        #expect(Format.money(-0.001, "EUR") == "0.00 EUR")
        #expect(Format.money(-12.5, "EUR") == "-12.50 EUR")
        #expect(Format.money(1e15, "USD") == "1,000,000,000,000,000 USD")
        #expect(Format.money(-1e15, "USD") == "-1,000,000,000,000,000 USD")
    }

    @Test("sample amounts: two decimals, halves away from zero, 0.00 for zero of either sign")
    func amounts() {
        #expect(Format.amount(0.125) == "0.13")
        #expect(Format.amount(-0.125) == "-0.13")
        #expect(Format.amount(-0.004) == "0.00")
        #expect(Format.amount(-0.0) == "0.00")
        #expect(Format.amount(0) == "0.00")
        #expect(Format.amount(12) == "12.00")
        #expect(Format.amount(1000.0 / 3) == "333.33")
        #expect(Format.amount(1e15) == "1000000000000000.00")
        #expect(Format.objective(99.9) == "99.9")
        #expect(Format.objective(99) == "99")
    }

    @Test("short: trailing zeros and a bare point removed")
    func short() {
        #expect(Format.short(12.50, decimals: 2) == "12.5")
        #expect(Format.short(12.0, decimals: 1) == "12")
        #expect(Format.short(-0.04, decimals: 1) == "-0")  // as %.1f then trimmed, as charts always wrote it
        #expect(Format.short(1e15, decimals: 3) == "1000000000000000")
    }
}
