import Foundation

/// SplitMix64: a small, fast, seedable generator, so that `glasshouse sample --seed S` writes the
/// same org on every machine (the system generator cannot be seeded).
struct SampleRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    mutating func pick<T>(_ values: [T]) -> T { values[Int.random(in: 0..<values.count, using: &self)] }

    /// A log-normal sample with the given median: durations have a long right tail.
    mutating func logNormal(median: Double, spread: Double = 0.8) -> Double {
        let u1 = Double.random(in: Double.ulpOfOne..<1, using: &self)
        let u2 = Double.random(in: 0..<1, using: &self)
        let normal = (-2 * Foundation.log(u1)).squareRoot() * cos(2 * .pi * u2)
        return median * Foundation.exp(spread * normal)
    }

    /// A lower-case hexadecimal string, like a short commit SHA.
    mutating func hex(_ length: Int) -> String {
        String((0..<length).map { _ in "0123456789abcdef".randomElement(using: &self)! })
    }
}
