import GlasshouseCompute
import GlasshouseCore

/// One headline figure: its value in human units, its tier against the benchmark, and the detail
/// (p90, n) in small print.
public struct MetricCard: ViewModel {
    public var name: String
    public var value: String
    /// A unit shown smaller after the value, like `deploys/week`.
    public var unit: String?
    public var detail: String?
    /// `elite`, `high`, `medium`, `low`; nil without a tier.
    public var tier: String?
    public var tierName: String?
    /// What the figure means, for the tooltip.
    public var definition: String
    /// Its definition's anchor on the methodology page, like `def-lead`.
    public var anchor: String
    /// The headline metrics: `deployment_frequency`, `lead_time`, `change_failure_rate`, `recovery_time`.
    public var metric: String?
    /// The previous window's value, like `2.3 h`.
    public var previous: String?
    /// Notable changes only (metrics.md §2.11).
    public var notable: NotableArrow?
    /// A stale team: the tier of its last data, shown greyed instead of a current tier.
    public var staleTier: String?
}

/// A row of a figures table: a label and cells.
public struct FigureRow: ViewModel {
    public var label: String
    public var cells: [FigureCell]
}

/// A cell of a figures table, optionally with a tier badge.
public struct FigureCell: ViewModel {
    public var text: String
    public var tier: String?
    public var tierName: String?
    /// Its column's name, shown beside the value when rows stack as cards on a phone.
    public var label: String?
    /// The value the sortable table orders by (a number), when the text is not one.
    public var sort: String?
    /// A notable change against the previous window, and the previous value.
    public var notable: NotableArrow?
    public var previous: String?
}

/// ▲ or ▼ beside a figure whose change against the previous window is notable (metrics.md §2.11).
public struct NotableArrow: ViewModel {
    /// ▲ when the value went up, ▼ when it went down.
    public var arrow: String
    /// `better` or `worse`.
    public var direction: String
}

/// The DORA section of a team, unit or org page.
public struct DORAPanel: ViewModel {
    /// `last 90 days (23 Aug – 20 Nov 2026)`.
    public var windowText: String
    public var approx: Bool
    public var benchmark: String
    public var cards: [MetricCard]
    public var weeklyChart: TrustedHTML
    public var leadChart: TrustedHTML
    public var recoveryChart: TrustedHTML
    /// The weekly chart's figures (week, deployments, failed).
    public var weeks: [FigureRow]
    /// The monthly figures (month, deploys/week, lead, CFR, recovery), newest first.
    public var months: [FigureRow]
    /// Units and the org: teams per tier, one chart per metric.
    public var tierCharts: [TierChart]
    /// Units and the org: how many teams report DORA data.
    public var teamsReporting: Int?
    /// Teams: the files the figures come from.
    public var sources: [LinkRow] = []
    /// `against 26 May – 23 Aug 2026`: the previous window the arrows compare with.
    public var previousText: String?
    /// A stale team: "No DORA data since 16 Sep 2026 …".
    public var staleNote: String?
    /// Quick Check scores: a team's beside the industry means, a unit's spread.
    public var quickCheck: [QuickCheckRow] = []
    /// Targets on this DORA panel's metrics and the events drawn on its charts, listed.
    public var events: [EventRow] = []
}

/// An event drawn on the charts (numbered as on the charts).
public struct EventRow: ViewModel {
    public var number: Int
    /// `2026-07-23`, for the `datetime` attribute.
    public var day: String
    public var date: String
    public var title: String
}

/// The tier distribution of one metric across a unit's teams.
public struct TierChart: ViewModel {
    public var metric: String
    public var chart: TrustedHTML
    public var counts: [FigureCell]
}

/// A team in a unit's side-by-side DORA table.
public struct TeamDORARow: ViewModel {
    public var name: String
    public var href: String
    public var unitName: String?
    public var cells: [FigureCell]
    /// Why there are no cells: `no DORA data`, `withheld`.
    public var note: String?
    /// Weekly deployments as a sparkline, for the trend column.
    public var trend: TrustedHTML?
}

/// A row of a team's incidents table.
public struct IncidentRow: ViewModel {
    public var id: String
    public var opened: String
    public var openedDisplay: String
    public var severity: String?
    public var service: String?
    public var summary: String?
    public var open: Bool
    /// Time to restore, or how long it has been open as of D.
    public var duration: String
    public var causedBy: String?
    public var postmortemHref: String?
}
