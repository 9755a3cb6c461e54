import GlasshouseCore

extension DORAEngine {
    /// A unit's or the org's pooled figures over `teams` (every team of its subtree, with or without
    /// data). Pooled figures include every event; in the window's and previous window's tier counts
    /// a stale team counts under `stale`, and their Quick Check spread leaves stale teams out.
    public static func pool(_ teams: [TeamDORA?], series: PeriodSeries) -> DORAReport {
        let reporting = teams.compactMap { $0 }
        // One period pooled at a time: the org's pool of every team's durations is never held for
        // all periods at once.
        func pooled(_ pick: (DORABuckets) -> DORABucket) -> DORABucket { DORABucket(pooling: reporting.map { pick($0.buckets) }) }
        func period(_ period: Period, _ bucket: DORABucket, of teamPeriod: ((DORAReport) -> DORAPeriodFigures)?, headline: Bool = false) -> DORAPeriodFigures {
            var result = DORAPeriodFigures(period: period, figures: bucket.figures(days: period.days, perTeam: false), teamsReporting: reporting.count)
            guard let teamPeriod else { return result }
            var counts = Dictionary(uniqueKeysWithValues: TieredMetric.allCases.map { ($0, TierCounts()) })
            for team in teams {
                let stale = headline && team?.report.span?.stale == true
                let teamTier = team.flatMap { teamPeriod($0.report).tiers }
                for metric in TieredMetric.allCases {
                    if stale { counts[metric]!.stale += 1 } else { counts[metric]!.add(teamTier?[metric]) }
                }
            }
            result.teamTiers = counts
            if headline {
                let current = reporting.filter { $0.report.span?.stale != true }
                result.quickCheckSpread = ScoreSpread.of(current.compactMap { teamPeriod($0.report).quickCheck })
            }
            return result
        }
        let window = period(series.window, pooled(\.window), of: { $0.window }, headline: true)
        let previous = period(series.previous, pooled(\.previous), of: { $0.previous }, headline: true)
        var report = DORAReport(
            source: nil, window: window, previous: previous,
            weeks: series.weeks.indices.map { index in period(series.weeks[index], pooled { $0.weeks[index] }, of: nil) },
            months: series.months.indices.map { index in period(series.months[index], pooled { $0.months[index] }, of: { $0.months[index] }) }
        )
        report.change = DORAChange.compare(previous: previous, current: window, withTiers: false)
        return report
    }
}
