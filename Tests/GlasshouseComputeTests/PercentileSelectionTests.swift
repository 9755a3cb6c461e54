import GlasshouseCompute
import GlasshouseCore
import Testing

@Suite("Percentiles by selection equal those of the sorted values")
struct PercentileSelectionTests {
    @Test("hand-computed quantiles of unsorted values")
    func handComputed() {
        #expect(Percentile.of(unsorted: [4, 1, 3, 2], [0.5, 0.9])[0] == 2.5)
        // h = 3 × 0.9 = 2.7 → 3 + 0.7 × (4 − 3)
        #expect(abs(Percentile.of(unsorted: [4, 1, 3, 2], [0.5, 0.9])[1]! - 3.7) < 1e-12)
        #expect(Percentile.of(unsorted: [20, 10], [0.5]) == [15])
        #expect(Percentile.of(unsorted: [7], [0.5, 0.9]) == [7, 7])
        #expect(Percentile.of(unsorted: [], [0.5, 0.9]) == [nil, nil])
        #expect(Percentile.of(unsorted: [10, 0, 0], [0.5]) == [0])
        // h = 4 × 0.9 = 3.6 → 8 + 0.6 × (100 − 8)
        #expect(abs(Percentile.of(unsorted: [100, 8, 3, 2, 1], [0.9])[0]! - 63.2) < 1e-9)
    }

    @Test("large inputs, with many ties, already sorted or reversed: bit for bit the sorted answer")
    func matchesSorting() {
        var random = SplitMix64(seed: 14)
        for size in [17, 18, 100, 1_001, 5_000] {
            let inputs: [[Double]] = [
                (0..<size).map { _ in Double(random.next() % 1_000_000) / 60 },
                (0..<size).map { _ in Double(random.next() % 5) },
                (0..<size).map(Double.init),
                (0..<size).reversed().map(Double.init),
                Array(repeating: 3.5, count: size),
            ]
            for values in inputs {
                let sorted = values.sorted()
                let expected = [0.5, 0.9].map { Percentile.of(sorted: sorted, $0) }
                #expect(Percentile.of(unsorted: values, [0.5, 0.9]) == expected)
            }
        }
    }
}
