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
    public var kinds: [DataKind: Freshness] = [:]

    public subscript(kind: DataKind) -> Freshness? {
        get { kinds[kind] }
        set { kinds[kind] = newValue }
    }

    public var dora: Freshness? { self[.dora] }
    public var incidents: Freshness? { self[.incidents] }
    public var slos: Freshness? { self[.slos] }
    public var costs: Freshness? { self[.costs] }
    public var calms: Freshness? { self[.calms] }
}

/// Decides staleness: a timestamp more than `stale_after_days` before the end of D.
public struct FreshnessRule: Sendable {
    let zone: SiteZone
    let asOf: Day
    let staleAfterDays: Int

    public init(zone: SiteZone, asOf: Day, staleAfterDays: Int) {
        (self.zone, self.asOf, self.staleAfterDays) = (zone, asOf, staleAfterDays)
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

    /// `team` is cut at D (`Snapshot`). `sli`: the latest SLI start by D of a team with SLO files (nil: no SLO files).
    public func team(_ team: Team, sli: Instant??, costs: CostSums?, calms: CALMSFigures?) -> TeamFreshness {
        var result = TeamFreshness()
        for kind in DataKind.allCases {
            result[kind] =
                switch kind {
                case .dora: team.dora.flatMap(dora)
                case .incidents: team.dora.flatMap { $0.incidentsFile.isEmpty ? nil : of($0.incidents.lazy.map(\.openedAt).max()) }
                case .slos: sli.map(of)
                case .costs: costs.flatMap { costs in costs.latest.map { Freshness(latest: $0.description, stale: !costs.has(asOf.month.advanced(by: -1))) } }
                case .calms: calms.flatMap { calms in calms.latest.map { Freshness(latest: $0.date.description, stale: calms.stale ?? false) } }
                }
        }
        return result
    }

    /// Events: the latest deployment (none without deployments.csv); summaries: the last day they cover by D.
    private func dora(_ data: DORAData) -> Freshness? {
        switch data.source {
        case .events:
            guard !data.deploymentsFile.isEmpty else { return nil }
            return of(data.deployments.lazy.map(\.finishedAt).max())
        case .summaries:
            let ends = data.summaries.map { min($0.period.firstDay.advanced(by: $0.period.days - 1), asOf) }
            return of(day: ends.max())
        }
    }
}
