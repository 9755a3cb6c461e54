import GlasshouseCore

/// Where a target stands as of D (metrics.md §7).
public enum TargetStatus: String, Sendable, CaseIterable {
    case noData = "no_data", met, missed, onTrack = "on_track", offTrack = "off_track"
}

/// A target with its figures: the baseline as of `since`, the current figure as of D, the
/// linearly expected figure for D and the status.
public struct TargetResult: Sendable {
    public var target: Target
    public var baseline: Double?
    public var current: Double?
    public var expected: Double?
    public var status: TargetStatus
}

/// Computes targets (metrics.md §7) from a figure function: the figure of the target's metric
/// for its scope as of a day.
public enum TargetEngine {
    public static func result(_ target: Target, asOf: Day, figure: (TargetMetric, Day) -> Double?) -> TargetResult {
        let current = figure(target.metric, asOf)
        let baseline = figure(target.metric, target.since)
        let expected = baseline.map { baseline in
            baseline + (target.value - baseline) * Double(target.since.distance(to: asOf)) / Double(target.since.distance(to: target.by))
        }
        return TargetResult(
            target: target, baseline: baseline, current: current, expected: expected,
            status: status(target, current: current, expected: expected, asOf: asOf))
    }

    /// `no_data` without a current figure; `met` when at least as good as the value; `missed` past
    /// the deadline; `on_track` when at least as good as expected; else (or without expected) `off_track`.
    static func status(_ target: Target, current: Double?, expected: Double?, asOf: Day) -> TargetStatus {
        guard let current else { return .noData }
        func atLeastAsGood(_ a: Double, _ b: Double) -> Bool { target.metric.higherIsBetter ? a >= b : a <= b }
        if atLeastAsGood(current, target.value) { return .met }
        if asOf > target.by { return .missed }
        guard let expected, atLeastAsGood(current, expected) else { return .offTrack }
        return .onTrack
    }

    /// The last month complete by `day`: its own month when `day` is the month's last day.
    public static func lastCompleteMonth(by day: Day) -> Month {
        day == day.month.lastDay ? day.month : day.month.advanced(by: -1)
    }
}
