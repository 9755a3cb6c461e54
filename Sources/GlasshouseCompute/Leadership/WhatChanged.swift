import GlasshouseCore

/// A notable change of one team's headline metric (metrics.md §8).
public struct NotableChange: Sendable, Equatable {
    public var team: String
    public var metric: TieredMetric
    public var change: MetricChange

    /// |difference of tier positions| when both tiers are known, else 0.
    public var tierSteps: Int {
        guard let from = change.tierFrom, let to = change.tierTo else { return 0 }
        return abs(DORAChange.position(from) - DORAChange.position(to))
    }

    /// |ratio − 1| (frequency, lead time, recovery) or 5·|delta| (change failure rate); 0 when undefined.
    public var magnitude: Double {
        if metric == .changeFailureRate { return change.delta.map { 5 * abs($0) } ?? 0 }
        return change.ratio.map { abs($0 - 1) } ?? 0
    }
}

/// What changed most (metrics.md §8): the notable changes of a subtree's teams, most important first.
public enum WhatChanged {
    /// `teams`: the subtree's teams with their DORA reports, in any order.
    public static func list(_ teams: [(id: String, report: DORAReport)]) -> [NotableChange] {
        let items = teams.flatMap { team in
            TieredMetric.allCases.compactMap { metric in
                team.report.change[metric].flatMap { $0.notable ? NotableChange(team: team.id, metric: metric, change: $0) : nil }
            }
        }
        return items.sorted { a, b in
            if a.tierSteps != b.tierSteps { return a.tierSteps > b.tierSteps }
            if a.magnitude != b.magnitude { return a.magnitude > b.magnitude }
            if a.team != b.team { return a.team < b.team }
            return order(a.metric) < order(b.metric)
        }
    }

    static func order(_ metric: TieredMetric) -> Int { TieredMetric.allCases.firstIndex(of: metric)! }
}

/// Which teams' DORA feeds have stopped as of D, and whether D is past most of the data.
public struct DORAFeeds: Sendable, Equatable {
    /// Ids of teams with DORA data whose data is stale, sorted.
    public var stale: [String]
    /// Teams with DORA data.
    public var teamsWithData: Int

    /// More than half of the teams with DORA data are stale: the as-of day is past most data.
    public var pastMostData: Bool { 2 * stale.count > teamsWithData }
}
