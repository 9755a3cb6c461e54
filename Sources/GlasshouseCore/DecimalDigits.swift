/// Exact decimal rounding of a `Double`, for `Format`: the integer nearest to `value · 10^scale`,
/// computed from the value's binary mantissa and exponent (no `String(format:)`, no Foundation),
/// so that ties are real ties of the stored value (`0.125` is one, `0.15` is not: it is stored as
/// 0.1499999…). Values up to 64 bits take a fast path; larger or tinier ones use a small
/// arbitrary-precision integer.
enum DecimalDigits {
    /// The decimal digits of `round(|value| · 10^scale)` under `rule` (nearest-even or
    /// away from zero), without sign or leading zeros (`"0"` for zero). `value` must be finite;
    /// `scale` from 0 to 400.
    static func scaled(_ value: Double, scale: Int, rule: FloatingPointRoundingRule) -> String {
        let magnitude = abs(value)
        if magnitude == 0 { return "0" }
        // magnitude = significand · 2^exponent, significand an integer below 2^53.
        var significand = magnitude.significandBitPattern
        var exponent = Int(magnitude.exponentBitPattern)
        if exponent == 0 { exponent = 1 } else { significand |= 1 << 52 }
        exponent -= 1075
        let trailing = significand.trailingZeroBitCount
        significand >>= trailing
        exponent += trailing
        if let fast = fastScaled(significand, exponent, scale: scale, rule: rule) { return String(fast) }
        var number = BigDigits(significand)
        for _ in 0..<scale { number.multiply(by: 10) }
        if exponent >= 0 {
            number.shiftLeft(exponent)
        } else {
            let half = number.shiftRight(-exponent)
            if roundsUp(half, odd: number.isOdd, rule: rule) { number.increment() }
        }
        return number.decimal
    }

    /// `significand · 10^scale · 2^exponent` rounded, when it fits in 64 bits (the usual case).
    private static func fastScaled(_ significand: UInt64, _ exponent: Int, scale: Int, rule: FloatingPointRoundingRule) -> UInt64? {
        guard scale < powersOfTen.count else { return nil }
        let (product, overflow) = significand.multipliedReportingOverflow(by: powersOfTen[scale])
        guard !overflow else { return nil }
        if exponent >= 0 {
            guard exponent < 64, product.leadingZeroBitCount > exponent else { return nil }
            return product << UInt64(exponent)
        }
        let shift = -exponent
        guard shift < 64 else { return shift > 64 ? 0 : (product > 1 << 63 || (product == 1 << 63 && rule != .toNearestOrEven) ? 1 : 0) }
        let quotient = product >> UInt64(shift)
        let remainder = product & ((1 << UInt64(shift)) - 1)
        let halfway = UInt64(1) << UInt64(shift - 1)
        let half: Half = remainder > halfway ? .above : remainder == halfway ? .exactly : .below
        return roundsUp(half, odd: quotient & 1 == 1, rule: rule) ? quotient + 1 : quotient
    }

    /// Where a discarded remainder lies against one half of the last kept unit.
    enum Half { case below, exactly, above }

    private static func roundsUp(_ half: Half, odd: Bool, rule: FloatingPointRoundingRule) -> Bool {
        switch half {
        case .below: false
        case .above: true
        case .exactly: rule == .toNearestOrEven ? odd : true
        }
    }

    private static let powersOfTen: [UInt64] = (0..<20).map { (0..<$0).reduce(1) { result, _ in result * 10 } }
}

/// A non-negative integer of any size, little-endian in 32-bit limbs: only what `DecimalDigits`
/// needs for values beyond 64 bits.
private struct BigDigits {
    var limbs: [UInt32]

    init(_ value: UInt64) { limbs = [UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32)] }

    var isOdd: Bool { limbs[0] & 1 == 1 }

    mutating func multiply(by factor: UInt32) {
        var carry: UInt64 = 0
        for index in limbs.indices {
            let product = UInt64(limbs[index]) * UInt64(factor) + carry
            limbs[index] = UInt32(truncatingIfNeeded: product)
            carry = product >> 32
        }
        if carry > 0 { limbs.append(UInt32(carry)) }
    }

    mutating func shiftLeft(_ bits: Int) {
        let words = bits / 32, rest = bits % 32
        if rest > 0 {
            var carry: UInt32 = 0
            for index in limbs.indices {
                let limb = limbs[index]
                limbs[index] = limb << UInt32(rest) | carry
                carry = limb >> UInt32(32 - rest)
            }
            if carry > 0 { limbs.append(carry) }
        }
        limbs.insert(contentsOf: repeatElement(0, count: words), at: 0)
    }

    /// Divides by 2^bits, dropping the remainder; says where the remainder lay against one half.
    mutating func shiftRight(_ bits: Int) -> DecimalDigits.Half {
        let halfBit = bits - 1
        let halfSet = bit(halfBit)
        var belowHalf = false
        for index in 0..<halfBit where bit(index) {
            belowHalf = true
            break
        }
        let words = bits / 32, rest = bits % 32
        if words >= limbs.count {
            limbs = [0]
        } else {
            limbs.removeFirst(words)
            if rest > 0 {
                for index in limbs.indices {
                    let high = index + 1 < limbs.count ? limbs[index + 1] << UInt32(32 - rest) : 0
                    limbs[index] = limbs[index] >> UInt32(rest) | high
                }
            }
        }
        return halfSet ? (belowHalf ? .above : .exactly) : .below
    }

    private func bit(_ index: Int) -> Bool {
        let word = index / 32
        return word < limbs.count && limbs[word] >> UInt32(index % 32) & 1 == 1
    }

    mutating func increment() {
        for index in limbs.indices {
            limbs[index] &+= 1
            if limbs[index] != 0 { return }
        }
        limbs.append(1)
    }

    /// The decimal digits, most significant first.
    var decimal: String {
        var words = limbs
        var chunks: [UInt32] = []
        while words.contains(where: { $0 != 0 }) {
            var remainder: UInt64 = 0
            for index in words.indices.reversed() {
                let current = remainder << 32 | UInt64(words[index])
                words[index] = UInt32(current / 1_000_000_000)
                remainder = current % 1_000_000_000
            }
            chunks.append(UInt32(remainder))
        }
        guard let last = chunks.popLast() else { return "0" }
        var text = String(last)
        for chunk in chunks.reversed() {
            let digits = String(chunk)
            text += String(repeating: "0", count: 9 - digits.count) + digits
        }
        return text
    }
}
