import Foundation
import GlasshouseCore

/// The sample generator's random source: `SplitMix64`, so that `glasshouse sample --seed S` writes
/// the same org on every machine, with the draws the generator needs.
struct SampleRandom: RandomNumberGenerator {
    private var generator: SplitMix64

    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    mutating func next() -> UInt64 { generator.next() }

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
