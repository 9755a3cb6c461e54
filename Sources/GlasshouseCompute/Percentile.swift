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
