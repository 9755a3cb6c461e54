import GlasshouseCompute

/// Text of the leadership view's constants for the methodology page.
enum DORAChangeText {
    /// "lead time 5.5, deployment frequency 4.8, …" from `QuickCheck.referenceMeans2025`, in
    /// dora.dev's order, unrounded as dora.dev shows them.
    static let quickCheckMeans: String = {
        let order: [(QuickCheckScore, String)] = [
            (.leadTime, "lead time"), (.deploymentFrequency, "deployment frequency"), (.recoveryTime, "recovery time"),
            (.changeFailureRate, "change failure rate"), (.rework, "rework"), (.performance, "performance"),
        ]
        return order.map { "\($0.1) \(QuickCheck.referenceMeans2025[$0.0]!)" }.joined(separator: ", ")
    }()
}
