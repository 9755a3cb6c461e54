import GlasshouseCore

/// A team's DORA result: the report, the buckets its unit pools, and what the computation warned about.
public struct TeamDORA: Sendable {
    public var report: DORAReport
    var buckets: DORABuckets
    /// Negative lead and recovery times left out (metrics.md §2), located at their rows.
    public var warnings: [Diagnostic]
}

/// Computes DORA figures (metrics.md §1–2.9): pure functions of the loaded data, the periods,
/// the site time zone and the benchmark.
public enum DORAEngine {
    /// nil for a team without DORA data. `data` is cut at D already (`Snapshot`): every row exists.
    /// `since` is team.yaml `dora_since`; staleness follows `stale_after_days` (metrics.md §2.10).
    public static func team(_ data: DORAData?, series: PeriodSeries, zone: SiteZone, benchmark: Benchmark, since: Day? = nil, staleAfterDays: Int = 14)
        -> TeamDORA?
    {
        guard let original = data else { return nil }
        var (data, warnings) = DORASince.apply(since, to: original, zone: zone)
        let span = ObservedSpan.of(data, since: since, rule: FreshnessRule(zone: zone, asOf: series.asOf, staleAfterDays: staleAfterDays), zone: zone)
        var buckets = DORABuckets(series: series, empty: DORABucket(events: data.source == .events))
        switch data.source {
        case .events:
            addDeployments(data, zone: zone, series: series, into: &buckets, warnings: &warnings)
        case .summaries:
            for row in data.summaries { buckets.update(row.period.firstDay, in: series) { $0.add(row) } }
        }
        addIncidents(data, zone: zone, series: series, into: &buckets)
        func period(_ period: Period, _ bucket: DORABucket, tiers: Bool, quickCheck: Bool = false) -> DORAPeriodFigures {
            teamPeriod(period, bucket, span: span, benchmark: benchmark, tiers: tiers, quickCheck: quickCheck)
        }
        let window = period(series.window, buckets.window, tiers: true, quickCheck: true)
        let previous = period(series.previous, buckets.previous, tiers: true, quickCheck: true)
        var report = DORAReport(
            source: data.source, window: window, previous: previous,
            weeks: zip(series.weeks, buckets.weeks).map { period($0, $1, tiers: false) },
            months: zip(series.months, buckets.months).map { period($0, $1, tiers: true) },
            span: span
        )
        report.change = DORAChange.compare(previous: previous, current: window, withTiers: true)
        return TeamDORA(report: report, buckets: buckets, warnings: warnings)
    }

    /// A team period: figures over its observed days (none: every figure nil, tiers all nil); tiers
    /// only from 14 observed days on; the Quick Check where asked (window, previous window).
    static func teamPeriod(_ period: Period, _ bucket: DORABucket, span: ObservedSpan, benchmark: Benchmark, tiers: Bool, quickCheck: Bool) -> DORAPeriodFigures
    {
        let observed = span.days(in: period)
        let figures = observed > 0 ? bucket.figures(days: observed, perTeam: true) : nil
        var result = DORAPeriodFigures(period: period, figures: figures, observedDays: observed)
        if tiers { result.tiers = figures.map { observed >= minimumJudgedDays ? Self.tiers($0, benchmark: benchmark) : DORATiers() } ?? DORATiers() }
        if quickCheck { result.quickCheck = QuickCheck(figures, observedDays: observed) }
        return result
    }

    /// A window or month with fewer observed days has figures but no tiers: too short to judge.
    public static let minimumJudgedDays = 14

    /// metrics.md §2.7: frequency always has a tier for a team with data; the others need n > 0.
    static func tiers(_ figures: DORAFigures, benchmark: Benchmark) -> DORATiers {
        DORATiers(
            deploymentFrequency: figures.deployDaysPerWeek.map { benchmark.tier(.deploymentFrequency, $0) },
            leadTime: figures.leadTime.n > 0 ? figures.leadTime.p50.map { benchmark.tier(.leadTime, $0) } : nil,
            changeFailureRate: figures.changeFailureRate.map { benchmark.tier(.changeFailureRate, $0) },
            recoveryTime: figures.recovery.n > 0 ? figures.recovery.p50.map { benchmark.tier(.recoveryTime, $0) } : nil
        )
    }

    // MARK: Events

    private static func addDeployments(
        _ data: DORAData, zone: SiteZone, series: PeriodSeries, into buckets: inout DORABuckets,
        warnings: inout [Diagnostic]
    ) {
        let deployments = data.deployments
        // Positions and a flag per deployment rather than a set: on a file of millions of rows, a few
        // bytes a row are what peak memory is made of.
        var isCounted = [Bool](repeating: false, count: deployments.count)
        var counted: [Int] = []
        for index in deployments.indices where deployments[index].countsForDORA {
            isCounted[index] = true
        }
        counted.reserveCapacity(isCounted.reduce(0) { $0 + ($1 ? 1 : 0) })
        for index in deployments.indices where isCounted[index] { counted.append(index) }

        // Incidents by the deployment they name as cause.
        var causedBy: [Int: [Incident]] = [:]
        for incident in data.incidents where incident.cause != nil {
            causedBy[incident.cause!, default: []].append(incident)
        }
        // Successful production deployments by service, in time order: the fallback recovery.
        var successes: [String: [Instant]] = [:]
        for index in counted where deployments[index].status == .success {
            successes[deployments[index].service, default: []].append(deployments[index].finishedAt)
        }
        for key in successes.keys { successes[key]!.sort() }

        // Lead times by deployment, in change order, in one flat array: deployment i's are
        // `leadTimes[leadStart[i]..<leadStart[i + 1]]` (not an array per deployment).
        var leadStart = [Int32](repeating: 0, count: deployments.count + 1)
        var leadHours = [Double](repeating: -1, count: data.changes.count)
        for (position, change) in data.changes.enumerated() {
            guard let shipped = change.deployment, isCounted[shipped] else { continue }
            let hours = deployments[shipped].finishedAt.hours(since: change.committedAt)
            if hours < 0 {
                warnings.append(
                    Diagnostic(
                        .warning, file: data.changesFile, line: change.line, field: "committed_at",
                        message: "committed after deployment \(deployments[shipped].id) finished: a negative lead time, left out"))
                continue
            }
            leadHours[position] = hours
            leadStart[shipped + 1] += 1
        }
        for index in deployments.indices { leadStart[index + 1] += leadStart[index] }
        var leadTimes = [Double](repeating: 0, count: Int(leadStart[deployments.count]))
        var filled = leadStart
        for (position, change) in data.changes.enumerated() where leadHours[position] >= 0 {
            let shipped = change.deployment!
            leadTimes[Int(filled[shipped])] = leadHours[position]
            filled[shipped] += 1
        }
        leadHours = []

        counted.sort { deployments[$0].finishedAt < deployments[$1].finishedAt }
        for index in counted {
            let deployment = deployments[index]
            let causes = causedBy[index] ?? []
            let failed = deployment.status == .failed || !causes.isEmpty
            var recovery: Double??  // nil: not failed; .some(nil): open
            if failed {
                recovery = recoveryHours(deployment, causes: causes, successes: successes[deployment.service] ?? [])
                if let hours = recovery ?? nil, hours < 0 {
                    let latest = causes.max { ($0.restoredAt ?? $0.openedAt) < ($1.restoredAt ?? $1.openedAt) }!
                    warnings.append(
                        Diagnostic(
                            .warning, file: data.incidentsFile, line: latest.line, field: "restored_at",
                            message: "restored before its cause, deployment \(deployment.id), finished: a negative recovery time, left out"))
                    recovery = .none
                }
            }
            let day = zone.day(of: deployment.finishedAt)
            let lead = leadTimes[Int(leadStart[index])..<Int(leadStart[index + 1])]
            buckets.update(day, in: series) { bucket in
                bucket.deployments += 1
                if bucket.lastDeployDay != day {
                    bucket.deployDays += 1
                    bucket.lastDeployDay = day
                }
                if deployment.rework { bucket.rework += 1 }
                bucket.lead += lead
                guard failed else { return }
                bucket.failed += 1
                switch recovery {
                case .some(.some(let hours)): bucket.recovery.append(hours)
                case .some(.none): bucket.recoveryOpen! += 1
                case .none: break  // negative, left out
                }
            }
        }
    }

    /// Failed-deployment recovery (metrics.md §2): the latest restoration of the incidents it caused
    /// (open if any is open), else the next successful production deployment of the same service.
    /// Returns .some(nil) while open.
    static func recoveryHours(_ deployment: Deployment, causes: [Incident], successes: [Instant]) -> Double?? {
        if !causes.isEmpty {
            var latest: Instant?
            for incident in causes {
                guard let restored = incident.restoredAt else { return .some(nil) }
                latest = max(latest ?? restored, restored)
            }
            return .some(latest!.hours(since: deployment.finishedAt))
        }
        // First success strictly after this deployment (binary search in time order).
        var low = 0, high = successes.count
        while low < high {
            let mid = (low + high) / 2
            if successes[mid] <= deployment.finishedAt { low = mid + 1 } else { high = mid }
        }
        guard low < successes.count else { return .some(nil) }
        return .some(successes[low].hours(since: deployment.finishedAt))
    }

    private static func addIncidents(_ data: DORAData, zone: SiteZone, series: PeriodSeries, into buckets: inout DORABuckets) {
        for incident in data.incidents {
            let opened = zone.day(of: incident.openedAt)
            let hours = incident.restoredAt.map { $0.hours(since: incident.openedAt) }
            buckets.update(opened, in: series) { bucket in
                bucket.incidents += 1
                if let hours { bucket.restore.append(hours) } else { bucket.restoreOpen += 1 }
            }
        }
    }
}

extension DORABucket {
    /// Adds one dora.csv row (metrics.md §2.8).
    mutating func add(_ row: DORASummary) {
        deployments += row.deployments
        failed += row.failedDeployments ?? 0
        deployDays += row.deployDays ?? min(row.deployments, row.period.days)
        rework += row.reworkDeployments ?? 0
        if let p50 = row.leadTimeP50Hours { weightedLead.append((p50, Double(row.changes ?? 1))) }
        if let p50 = row.recoveryP50Hours { weightedRecovery.append((p50, Double(row.recoveries ?? 1))) }
    }
}
