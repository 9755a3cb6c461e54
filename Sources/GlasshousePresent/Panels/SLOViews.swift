import GlasshouseCompute

/// One SLO on a team page, or among the worst SLOs of a unit.
public struct SLORow: ViewModel {
    public var name: String
    public var id: String
    public var teamName: String?
    public var teamHref: String?
    public var service: String?
    public var description: String?
    public var objective: String
    public var windowDays: Int
    public var attainment: String
    /// `healthy`, `at_risk`, `exhausted`, `no_data`.
    public var status: String
    public var statusName: String
    /// 0…100 for the width of the budget bar.
    public var budgetWidth: Int
    public var budgetText: String
    public var burn1d: String
    public var burn7d: String
    /// "Budget lasts 9 more days at this week's burn."
    public var forecast: String?
    /// The exhausted-budget policy applies.
    public var policy: Bool
    /// "Data only since 3 Nov 2026: less than the 28-day window." when the SLO has less than its window of data.
    public var shortHistory: String?
    /// The calendar month so far beside the rolling window: `Nov to date: 99.95 %, 40 % of budget left`.
    public var monthToDate: String?
    /// Error budget consumed per month, as a strip of bars.
    public var history: TrustedHTML?
}

/// The SLO section of a page.
public struct SLOPanel: ViewModel {
    /// Team pages: every SLO. Unit pages: the worst ones across the subtree.
    public var rows: [SLORow]
    /// Units and the org: the rows name their team, so the table has a Team column.
    public var showTeam: Bool = false
    /// Units: the counts by status.
    public var counts: [FigureCell]
    public var total: Int
    public var met: Int
    /// Teams: the files the figures come from.
    public var sources: [LinkRow] = []
}
