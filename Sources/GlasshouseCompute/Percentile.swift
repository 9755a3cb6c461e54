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
        let sorted = values.filter { $0.weight > 0 }.sorted { $0.value < $1.value }
        let total = sorted.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return nil }
        var cumulative = 0.0
        for (index, entry) in sorted.enumerated() {
            cumulative += entry.weight
            if cumulative * 2 == total, index + 1 < sorted.count {
                return (entry.value + sorted[index + 1].value) / 2
            }
            if cumulative * 2 >= total { return entry.value }
        }
        return sorted.last?.value
    }
}
