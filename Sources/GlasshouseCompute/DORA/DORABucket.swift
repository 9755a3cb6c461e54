import GlasshouseCore

/// The raw material of one period's DORA figures: counts and the individual durations, kept so
/// that units can pool their teams' values before taking percentiles (metrics.md §2.9).
public struct DORABucket: Sendable {
    var deployments = 0
    var deployDays = 0
    /// The last day counted in `deployDays` (events arrive in time order).
    var lastDeployDay: Day?
    var failed = 0
    var rework = 0
    var incidents = 0
    var lead: [Double] = []
    var recovery: [Double] = []
    /// nil where summaries cannot say how many recoveries are open.
    var recoveryOpen: Int?
    var restore: [Double] = []
    var restoreOpen = 0
    /// Summary p50s with their weights (`changes`, `recoveries`, 1 when absent).
    var weightedLead: [(value: Double, weight: Double)] = []
    var weightedRecovery: [(value: Double, weight: Double)] = []
    var approx = false

    /// An empty bucket of a team whose data are `events` (else summaries).
    init(events: Bool) {
        recoveryOpen = events ? 0 : nil
        approx = !events
    }

    /// A unit's bucket of one period: its teams' buckets of that period pooled, in order, into
    /// durations sized once (not grown by doubling).
    init(pooling buckets: [DORABucket]) {
        lead.reserveCapacity(buckets.reduce(0) { $0 + $1.lead.count })
        recovery.reserveCapacity(buckets.reduce(0) { $0 + $1.recovery.count })
        restore.reserveCapacity(buckets.reduce(0) { $0 + $1.restore.count })
        for bucket in buckets { pool(bucket) }
    }

    /// Adds another team's bucket of the same period (a unit pooling its subtree).
    mutating func pool(_ other: DORABucket) {
        deployments += other.deployments
        failed += other.failed
        rework += other.rework
        incidents += other.incidents
        lead += other.lead
        recovery += other.recovery
        if let open = other.recoveryOpen { recoveryOpen = (recoveryOpen ?? 0) + open }
        restore += other.restore
        restoreOpen += other.restoreOpen
        weightedLead += other.weightedLead
        weightedRecovery += other.weightedRecovery
        approx = approx || other.approx
    }

    /// The figures of this bucket for `period`; units (`perTeam` false) get no deploy days.
    func figures(days: Int, perTeam: Bool) -> DORAFigures {
        let span = Double(days)
        return DORAFigures(
            deployments: deployments,
            deployDays: perTeam ? deployDays : nil,
            deploymentsPerWeek: Double(deployments * 7) / span,
            deployDaysPerWeek: perTeam ? Double(deployDays * 7) / span : nil,
            failedDeployments: failed,
            changeFailureRate: deployments == 0 ? nil : Double(failed) / Double(deployments),
            reworkRate: deployments == 0 ? nil : Double(rework) / Double(deployments),
            leadTime: Self.distribution(lead, weighted: weightedLead, open: nil),
            recovery: Self.distribution(recovery, weighted: weightedRecovery, open: recoveryOpen),
            incidents: incidents,
            restore: Self.distribution(restore, weighted: [], open: restoreOpen),
            approx: approx
        )
    }

    /// Percentiles of event values; with summary values present, the weighted median of all of them
    /// (each event weighing 1) and no p90 (metrics.md §2.8).
    static func distribution(_ values: [Double], weighted: [(value: Double, weight: Double)], open: Int?) -> Distribution {
        if weighted.isEmpty {
            let quantiles = Percentile.of(unsorted: values, [0.5, 0.9])
            return Distribution(p50: quantiles[0], p90: quantiles[1], n: values.count, open: open)
        }
        let weight = weighted.reduce(Double(values.count)) { $0 + $1.weight }
        let p50 = Percentile.weightedMedian(unsortedOnes: values, weighted: weighted)
        return Distribution(p50: p50, p90: nil, n: Int(weight), open: open)
    }
}

/// A team's or unit's buckets for the window and each week and month of the series.
public struct DORABuckets: Sendable {
    var window: DORABucket
    var previous: DORABucket
    var weeks: [DORABucket]
    var months: [DORABucket]

    init(series: PeriodSeries, empty: DORABucket) {
        window = empty
        previous = empty
        weeks = Array(repeating: empty, count: series.weeks.count)
        months = Array(repeating: empty, count: series.months.count)
    }

    /// Applies `change` to every bucket whose period contains `day`.
    mutating func update(_ day: Day, in series: PeriodSeries, _ change: (inout DORABucket) -> Void) {
        if series.window.contains(day) { change(&window) }
        if series.previous.contains(day) { change(&previous) }
        if let week = series.weekIndex(of: day) { change(&weeks[week]) }
        if let month = series.monthIndex(of: day) { change(&months[month]) }
    }
}
