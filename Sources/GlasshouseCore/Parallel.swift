import Dispatch

/// Runs independent work on every core and keeps results in input order, so that parallel
/// stages stay deterministic. Each index is written by exactly one worker.
public enum Parallel {
    public static func map<T: Sendable, R>(_ items: [T], _ transform: (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        let results = UnsafeMutablePointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil, count: items.count)
        defer {
            results.deinitialize(count: items.count)
            results.deallocate()
        }
        let slots = Slots(base: results)
        withoutActuallyEscaping(transform) { transform in
            let work = UncheckedWork(transform: transform)
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                slots.base[index] = work.transform(items[index])
            }
        }
        return (0..<items.count).map { results[$0]! }
    }

    /// The result slots, shared by the workers; each writes its own index only.
    private struct Slots<R>: @unchecked Sendable {
        let base: UnsafeMutablePointer<R?>
    }

    /// The caller's closure, run concurrently on distinct inputs; callers pass closures that only
    /// read shared state.
    private struct UncheckedWork<T, R>: @unchecked Sendable {
        let transform: (T) -> R
    }
}
