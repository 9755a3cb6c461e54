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
