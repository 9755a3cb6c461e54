/// Percentiles of values in any order, found by selection rather than by sorting: a unit's pooled
/// durations of one period need only the few ranks around p50 and p90, not the whole order.
extension Percentile {
    /// The `quantiles` (each 0…1, ascending) of `values` in any order: exactly what `of(sorted:)`
    /// gives of `values.sorted()`, in linear expected time. nil for each when there are no values.
    public static func of(unsorted values: [Double], _ quantiles: [Double]) -> [Double?] {
        guard !values.isEmpty else { return quantiles.map { _ in nil } }
        var order = OrderStatistics(values)
        return quantiles.map { q in
            let h = Double(values.count - 1) * q
            let lower = Int(h.rounded(.down))
            let fraction = h - Double(lower)
            let low = order.select(lower)
            guard lower + 1 < values.count, fraction > 0 else { return low }
            let high = order.smallest(after: lower)
            return low + fraction * (high - low)
        }
    }
}

extension Percentile {
    /// `weightedMedian(ones: values.sorted(), weighted:)` without sorting `values`: the ones are
    /// counted into the gaps between the (few) weighted values, and only the ranks where the
    /// cumulative weight reaches half the total are selected. Exact when every weight is whole
    /// (counts of changes or recoveries) so that any order of adding gives the same sums; for other
    /// weights the values are sorted and walked as before.
    public static func weightedMedian(unsortedOnes values: [Double], weighted: [(value: Double, weight: Double)]) -> Double? {
        let total = weighted.reduce(Double(values.count)) { $0 + $1.weight }
        guard total < 0x1p53, weighted.allSatisfy({ $0.weight == $0.weight.rounded(.down) }) else {
            return weightedMedian(ones: values.sorted(), weighted: weighted)
        }
        guard total > 0 else { return nil }
        // gaps[j]: the ones walked just before weighted[j] (a one comes before an equal weighted
        // value); gaps[weighted.count]: those after every weighted value.
        var gaps = [Int](repeating: 0, count: weighted.count + 1)
        for value in values {
            var low = 0, high = weighted.count
            while low < high {
                let middle = (low + high) / 2
                if value <= weighted[middle].value { high = middle } else { low = middle + 1 }
            }
            gaps[low] += 1
        }
        var order = OrderStatistics(values)
        var cumulative = 0.0, onesBefore = 0
        for gap in gaps.indices {
            let count = gaps[gap]
            // The first one of this gap at which the cumulative weight reaches half the total.
            let needed = max(1, Int(((total - 2 * cumulative) / 2).rounded(.up)))
            if count > 0, needed <= count {
                let rank = onesBefore + needed - 1
                let current = order.select(rank)
                guard (cumulative + Double(needed)) * 2 == total else { return current }
                let following = needed < count ? order.smallest(after: rank) : gap < weighted.count ? weighted[gap].value : nil
                return following.map { (current + $0) / 2 } ?? current
            }
            cumulative += Double(count)
            onesBefore += count
            guard gap < weighted.count else { break }
            cumulative += weighted[gap].weight
            guard cumulative * 2 >= total else { continue }
            let current = weighted[gap].value
            guard cumulative * 2 == total else { return current }
            let following = gaps[gap + 1] > 0 ? order.select(onesBefore) : gap + 1 < weighted.count ? weighted[gap + 1].value : nil
            return following.map { (current + $0) / 2 } ?? current
        }
        return nil
    }
}

/// Values partially ordered in place by quickselect: after `select(k)`, position k holds the k-th
/// smallest, everything before it is ≤ and everything after it ≥. Ranks must be asked ascending.
struct OrderStatistics {
    private var values: [Double]
    /// Every value before this position is ≤ every value from it on (ranks already selected).
    private var settled = 0

    init(_ values: [Double]) { self.values = values }

    /// The k-th smallest value (0-based); `k` at least the rank asked before.
    mutating func select(_ k: Int) -> Double {
        var low = settled, high = values.count
        var rounds = 0
        while high - low > 16 {
            rounds += 1
            // Against an input that defeats the median of three, sorting bounds the work.
            if rounds > 64 { break }
            let pivot = Self.median(values[low], values[low + (high - low) / 2], values[high - 1])
            // Three-way partition: [low, less) < pivot, [less, greater) == pivot, [greater, high) > pivot;
            // runs of equal durations (whole minutes, hours) leave the range at once.
            var less = low, index = low, greater = high
            while index < greater {
                let value = values[index]
                if value < pivot {
                    values.swapAt(less, index)
                    less += 1
                    index += 1
                } else if pivot < value {
                    greater -= 1
                    values.swapAt(index, greater)
                } else {
                    index += 1
                }
            }
            if k < less {
                high = less
            } else if k >= greater {
                low = greater
            } else {
                settled = k
                return values[k]
            }
        }
        values[low..<high].sort()
        settled = k
        return values[k]
    }

    /// The smallest value after position `k` (the (k+1)-th smallest once `k` is selected).
    func smallest(after k: Int) -> Double {
        values[(k + 1)...].min()!
    }

    private static func median(_ a: Double, _ b: Double, _ c: Double) -> Double {
        max(min(a, b), min(max(a, b), c))
    }
}
