import GlasshouseCore

/// How recent one kind of a team's data is (metrics.md §6).
public struct Freshness: Sendable, Equatable {
    /// The latest data point by D: a day (`2026-11-19`), or a month for costs (`2026-10`);
    /// nil when every row is after D.
    public var latest: String?
    public var stale: Bool
}

/// A team's freshness per data kind; nil for a kind the team has no data of.
public struct TeamFreshness: Sendable {
    public var dora: Freshness?
    public var incidents: Freshness?
    public var slos: Freshness?
    public var costs: Freshness?
    public var calms: Freshness?
}

/// Decides staleness: a timestamp more than `stale_after_days` before the end of D.
public struct FreshnessRule: Sendable {
    let zone: SiteZone
    let asOf: Day
    let staleAfterDays: Int

    public init(zone: SiteZone, asOf: Day, staleAfterDays: Int) {
        self.zone = zone
        self.asOf = asOf
        self.staleAfterDays = staleAfterDays
    }

    /// Freshness of the latest instant of a kind of data the team has (none by D: stale).
    public func of(_ latest: Instant?) -> Freshness {
        guard let latest else { return Freshness(latest: nil, stale: true) }
        let endOfD = zone.start(of: asOf.advanced(by: 1))
        let stale = endOfD.microseconds - latest.microseconds > Int64(staleAfterDays) * 86_400_000_000
        return Freshness(latest: zone.day(of: latest).description, stale: stale)
    }

    /// A date counts as 00:00 of that day in the site zone (content.md §2).
    public func of(day: Day?) -> Freshness { of(day.map(zone.start(of:))) }

    /// `sli`: the latest SLI start by D of a team with SLO files (nil: no SLO files).
    public func team(_ team: Team, sli: Instant??, costs: CostSums?, calms: CALMSFigures?) -> TeamFreshness {
        var result = TeamFreshness()
        if let dora = team.dora {
            switch dora.source {
            case .events:
                if !dora.deploymentsFile.isEmpty {
                    result.dora = of(dora.deployments.lazy.map(\.finishedAt).filter { zone.day(of: $0) <= asOf }.max())
                }
            case .summaries:
                let ends = dora.summaries.filter { $0.period.firstDay <= asOf }.map { min($0.period.firstDay.advanced(by: $0.period.days - 1), asOf) }
                result.dora = of(day: ends.max())
            }
            if !dora.incidentsFile.isEmpty {
                result.incidents = of(dora.incidents.map(\.openedAt).filter { zone.day(of: $0) <= asOf }.max())
            }
        }
        if let sli { result.slos = of(sli) }
        if let costs, let latest = costs.latest {
            result.costs = Freshness(latest: latest.description, stale: !costs.has(asOf.month.advanced(by: -1)))
        }
        if let calms, let latest = calms.latest {
            result.calms = Freshness(latest: latest.date.description, stale: calms.stale ?? false)
        }
        return result
    }
}
