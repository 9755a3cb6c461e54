/// The weighted median as a walk over both lists in ascending order: the definition of metrics.md
/// §2.8 written out plainly, which the selection in `Percentile.weightedMedian(unsortedOnes:weighted:)`
/// must match on random inputs.
enum ReferenceWeightedMedian {
    /// The weighted median of values of weight 1 (`ones`, ascending) and weighted values (`weighted`,
    /// ascending by value, every weight > 0), walked as one list in which a value of weight 1 comes
    /// before an equal weighted one: the smallest value at which the cumulative weight reaches half the
    /// total, or its mean with the next value when it lands exactly on half; nil when the total is 0.
    static func weightedMedian(ones: [Double], weighted: [(value: Double, weight: Double)]) -> Double? {
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
