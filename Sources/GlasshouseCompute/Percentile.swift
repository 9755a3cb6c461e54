/// Percentiles by linear interpolation between closest ranks (numpy's default, R type 7), metrics.md §1.
public enum Percentile {
    /// The q-quantile (0…1) of `sorted` (ascending); nil for no values.
    public static func of(sorted values: [Double], _ q: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let h = Double(values.count - 1) * q
        let lower = Int(h.rounded(.down))
        let fraction = h - Double(lower)
        guard lower + 1 < values.count, fraction > 0 else { return values[lower] }
        return values[lower] + fraction * (values[lower + 1] - values[lower])
    }
}

extension Percentile {
    /// The weighted median of summary p50s (metrics.md §2.8): the smallest value at which the
    /// cumulative weight reaches half the total; when it lands exactly on half, the mean of that
    /// value and the next, so that equal weights give the ordinary median. nil when the total weight is 0.
    public static func weightedMedian(_ values: [(value: Double, weight: Double)]) -> Double? {
        weightedMedian(ones: [], weighted: values.filter { $0.weight > 0 }.sorted { $0.value < $1.value })
    }

    /// The same over values of weight 1 (`ones`, ascending) and weighted values (`weighted`, ascending by
    /// value, every weight > 0), walked as one list in which a value of weight 1 comes before an equal
    /// weighted one: the pooled events and summary p50s of a unit without building that list.
    public static func weightedMedian(ones: [Double], weighted: [(value: Double, weight: Double)]) -> Double? {
        let total = weighted.reduce(Double(ones.count)) { $0 + $1.weight }
        guard total > 0 else { return nil }
        var one = 0, other = 0
        func next() -> (value: Double, weight: Double)? {
            if one < ones.count, other == weighted.count || ones[one] <= weighted[other].value {
                one += 1
                return (ones[one - 1], 1)
            }
            guard other < weighted.count else { return nil }
            other += 1
            return weighted[other - 1]
        }
        var cumulative = 0.0
        var entry = next()
        while let current = entry {
            cumulative += current.weight
            let following = next()
            if cumulative * 2 == total, let following { return (current.value + following.value) / 2 }
            if cumulative * 2 >= total { return current.value }
            entry = following
        }
        return nil
    }
}
