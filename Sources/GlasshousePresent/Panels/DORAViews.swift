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
    public var label: String? = nil
    /// The value the sortable table orders by (a number), when the text is not one.
    public var sort: String? = nil
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
