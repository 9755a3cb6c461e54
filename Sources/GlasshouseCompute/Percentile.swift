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
    /// The same q-quantiles (0…1) as `of(sorted:_:)` on `values` sorted, found by selection rather than
    /// by sorting: a unit's or the org's pooled durations need only two ranks each, and sorting every
    /// period's pool dominated a rollup. nil for no values.
    public static func of(unsorted values: [Double], _ qs: [Double]) -> [Double?] {
        guard !values.isEmpty else { return qs.map { _ in nil } }
        var buffer = values
        return buffer.withUnsafeMutableBufferPointer { buffer in
            qs.map { q in
                let h = Double(buffer.count - 1) * q
                let lower = Int(h.rounded(.down))
                let fraction = h - Double(lower)
                let value = select(lower, in: buffer)
                guard lower + 1 < buffer.count, fraction > 0 else { return value }
                // After the selection every value past `lower` is at least `value`: the next rank is their least.
                var next = buffer[lower + 1]
                for index in (lower + 2)..<buffer.count where buffer[index] < next { next = buffer[index] }
                return value + fraction * (next - value)
            }
        }
    }

    /// The value of rank `k` (0-based) of `buffer`, which it leaves with every value before `k` at most
    /// and every value after it at least that value: quickselect with a median-of-three pivot and a
    /// three-way partition, so that sorted input and runs of equal values stay linear.
    private static func select(_ k: Int, in buffer: UnsafeMutableBufferPointer<Double>) -> Double {
        var low = 0, high = buffer.count
        while high - low > 16 {
            let (pivot, less, greater) = partition(buffer, low..<high, by: { $0 })
            if k < less {
                high = less
            } else if k >= greater {
                low = greater
            } else {
                return pivot
            }
        }
        // A short range: insertion sort puts every rank in place.
        for start in (low + 1)..<max(high, low + 1) {
            let value = buffer[start]
            var index = start
            while index > low, buffer[index - 1] > value {
                buffer[index] = buffer[index - 1]
                index -= 1
            }
            buffer[index] = value
        }
        return buffer[k]
    }
}

extension Percentile {
    /// Partitions `items[range]` three ways around a median-of-three pivot of `value`: returns the
    /// pivot and the bounds with `[range.lowerBound, less)` below it, `[less, greater)` equal to it
    /// and `[greater, range.upperBound)` above it. The step both selections repeat.
    private static func partition<Item>(_ items: UnsafeMutableBufferPointer<Item>, _ range: Range<Int>, by value: (Item) -> Double) -> (
        pivot: Double, less: Int, greater: Int
    ) {
        let a = value(items[range.lowerBound]), b = value(items[(range.lowerBound + range.upperBound) / 2]), c = value(items[range.upperBound - 1])
        let pivot = max(min(a, b), min(max(a, b), c))
        var less = range.lowerBound, index = range.lowerBound, greater = range.upperBound
        while index < greater {
            let item = value(items[index])
            if item < pivot {
                items.swapAt(less, index)
                less += 1
                index += 1
            } else if item > pivot {
                greater -= 1
                items.swapAt(index, greater)
            } else {
                index += 1
            }
        }
        return (pivot, less, greater)
    }
}

extension Percentile {
    /// The weighted median of summary p50s (metrics.md §2.8) pooled with event values of weight 1
    /// (`ones`), both in any order, found by selection rather than by sorting: the value at which the
    /// cumulative weight first reaches half the total, or its mean with the next greater value when the weight up to it is exactly half. Equal
    /// values are one step of the walk here; the weights are counts, so their sums do not depend on order.
    public static func weightedMedian(unsortedOnes ones: [Double], weighted: [(value: Double, weight: Double)]) -> Double? {
        var items = ones.map { (value: $0, weight: 1.0) }
        items += weighted.filter { $0.weight > 0 }
        let total = items.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return nil }
        // [0, low) holds values below every value in [low, high), of weight `below`; [high, count) values above.
        var low = 0, high = items.count, below = 0.0
        var median = 0.0, throughMedian = 0.0
        items.withUnsafeMutableBufferPointer { items in
            while true {
                if high - low <= 16 {
                    items[low..<high].sort { $0.value < $1.value }
                    var cumulative = below, index = low
                    while index < high {
                        let value = items[index].value
                        while index < high, items[index].value == value {
                            cumulative += items[index].weight
                            index += 1
                        }
                        if cumulative * 2 >= total {
                            median = value
                            throughMedian = cumulative
                            break
                        }
                    }
                    return
                }
                let (pivot, less, greater) = partition(items, low..<high, by: \.value)
                let lessWeight = items[low..<less].reduce(0) { $0 + $1.weight }
                let equalWeight = items[less..<greater].reduce(0) { $0 + $1.weight }
                if (below + lessWeight) * 2 >= total {
                    high = less
                } else if (below + lessWeight + equalWeight) * 2 >= total {
                    median = pivot
                    throughMedian = below + lessWeight + equalWeight
                    return
                } else {
                    below += lessWeight + equalWeight
                    low = greater
                }
            }
        }
        guard throughMedian * 2 == total else { return median }
        let next = items.lazy.map(\.value).filter { $0 > median }.min()
        return next.map { (median + $0) / 2 } ?? median
    }
}
