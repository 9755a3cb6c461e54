import GlasshouseCore

/// The days a team had DORA data to give (metrics.md §2.10): from `dora_since` (else its earliest
/// DORA record) to D, or to the day of its latest record when its data is stale.
public struct ObservedSpan: Sendable, Equatable {
    /// nil when the team has no DORA record by D and no `dora_since`: then no day is observed.
    public var from: Day?
    /// D, unless stale: then the day of the latest DORA record.
    public var to: Day
    /// The latest DORA record is more than `stale_after_days` before the end of D.
    public var stale: Bool

    /// `observed_days` of a period: its days inside [from, to].
    public func days(in period: Period) -> Int {
        guard let from else { return 0 }
        let start = max(period.start, from), end = min(period.end, to)
        return start > end ? 0 : start.distance(to: end) + 1
    }

    /// The span of a team's DORA records, cut at D (`Snapshot`) and without the records before
    /// `dora_since` (`DORASince`). Events are dated by `finished_at`, `committed_at`, `opened_at` (every row
    /// of the three files); summaries by the first and last days of their periods.
    public static func of(_ data: DORAData, since: Day?, rule: FreshnessRule, zone: SiteZone) -> ObservedSpan {
        let asOf = rule.asOf
        var earliest: Day?
        var stale = false
        var latestDay: Day?
        switch data.source {
        case .events:
            // The earliest and latest instants, found in one pass (no array of every instant).
            var first: Instant?, last: Instant?
            func see(_ instant: Instant) {
                if let since, zone.day(of: instant) < since { return }  // early deployments stay in the data, marked aborted
                if first.map({ instant < $0 }) ?? true { first = instant }
                if last.map({ instant > $0 }) ?? true { last = instant }
            }
            for deployment in data.deployments { see(deployment.finishedAt) }
            for change in data.changes { see(change.committedAt) }
            for incident in data.incidents { see(incident.openedAt) }
            earliest = first.map(zone.day(of:))
            if let latest = last {
                stale = rule.of(latest).stale
                latestDay = zone.day(of: latest)
            }
        case .summaries:
            let rows = data.summaries
            earliest = rows.map(\.period.firstDay).min()
            if let last = rows.map({ $0.period.firstDay.advanced(by: $0.period.days - 1) }).max() {
                stale = rule.of(day: min(last, asOf)).stale
                latestDay = last
            }
        }
        return ObservedSpan(from: since ?? earliest, to: stale ? latestDay! : asOf, stale: stale)
    }
}

/// Removes a team's DORA records dated before its `dora_since` (metrics.md §2.10: ignored
/// everywhere), with one data-quality warning per file saying how many.
enum DORASince {
    static func apply(_ since: Day?, to data: DORAData, zone: SiteZone) -> (data: DORAData, warnings: [Diagnostic]) {
        guard let since else { return (data, []) }
        var result = data
        var warnings: [Diagnostic] = []
        func warn(_ file: String, _ lines: [Int], _ what: String) {
            guard let first = lines.min() else { return }
            warnings.append(
                Diagnostic(
                    .warning, file: file, line: first, field: nil,
                    message: "\(lines.count) \(what) before dora_since \(since) ignored (team.yaml says the team's DORA data starts then)"))
        }
        switch data.source {
        case .events:
            // Deployments are referred to by index from changes and incidents: an early one stays in
            // place but is marked aborted, which every metric ignores.
            // Rows are copied only when some are early: otherwise the result shares them with `data`.
            var early: [Int] = []
            for index in data.deployments.indices where zone.day(of: data.deployments[index].finishedAt) < since {
                early.append(data.deployments[index].line)
                result.deployments[index].status = .aborted
            }
            warn(data.deploymentsFile, early, early.count == 1 ? "deployment" : "deployments")
            let changes = data.changes.filter { zone.day(of: $0.committedAt) < since }
            if !changes.isEmpty { result.changes.removeAll { zone.day(of: $0.committedAt) < since } }
            warn(data.changesFile, changes.map(\.line), changes.count == 1 ? "change" : "changes")
        case .summaries:
            // A row counts when any day of its period is on or after dora_since.
            let rows = result.summaries.filter { $0.period.firstDay.advanced(by: $0.period.days - 1) < since }
            if !rows.isEmpty { result.summaries.removeAll { $0.period.firstDay.advanced(by: $0.period.days - 1) < since } }
            warn(data.summariesFile, rows.map(\.line), rows.count == 1 ? "summary row" : "summary rows")
        }
        let incidents = result.incidents.filter { zone.day(of: $0.openedAt) < since }
        if !incidents.isEmpty { result.incidents.removeAll { zone.day(of: $0.openedAt) < since } }
        warn(data.incidentsFile, incidents.map(\.line), incidents.count == 1 ? "incident" : "incidents")
        return (result, warnings)
    }
}
