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

@Suite("The weighted median by selection equals that of the sorted values")
struct WeightedMedianSelectionTests {
    @Test("hand-computed: ties between events and summaries, exact halves, no events")
    func handComputed() {
        // Walk: 1, 2 (cumulative 2 of 4, exactly half) → mean of 2 and the next, the summary 2.
        #expect(Percentile.weightedMedian(unsortedOnes: [2, 1], weighted: [(2, 2)]) == 2)
        // Walk: 1, 3 → half after 1 exactly (total 2): mean of 1 and the next, the summary 3.
        #expect(Percentile.weightedMedian(unsortedOnes: [1], weighted: [(3, 1)]) == 2)
        // Walk: 5 weighted 2 (half of 4 exactly) → mean of 5 and the next one, 7.
        #expect(Percentile.weightedMedian(unsortedOnes: [9, 7], weighted: [(5, 2)]) == 6)
        #expect(Percentile.weightedMedian(unsortedOnes: [], weighted: [(4, 3), (8, 1)]) == 4)
        #expect(Percentile.weightedMedian(unsortedOnes: [], weighted: []) == nil)
        // A fractional weight: 1 (cumulative 1 of 1.5, past half) → 1.
        #expect(Percentile.weightedMedian(unsortedOnes: [1], weighted: [(2.5, 0.5)]) == 1)
    }

    @Test("random events and summaries with whole weights: the sorted walk's answer bit for bit")
    func matchesSortedWalk() {
        var random = SplitMix64(seed: 2_025)
        for round in 0..<400 {
            let ones = (0..<Int(random.next() % 300)).map { _ in Double(random.next() % 40) / 4 }
            let weighted = (0..<Int(random.next() % 6)).map { _ in (value: Double(random.next() % 40) / 4, weight: Double(1 + random.next() % 30)) }
                .sorted { $0.value < $1.value }
            let expected = ReferenceWeightedMedian.weightedMedian(ones: ones.sorted(), weighted: weighted)
            #expect(Percentile.weightedMedian(unsortedOnes: ones, weighted: weighted) == expected, "round \(round)")
        }
    }
}
