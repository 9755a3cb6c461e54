/// A notable change of a team's headline metric, for "What changed most" (metrics.md §8).
public struct ChangeRow: ViewModel {
    public var teamName: String
    public var teamHref: String
    public var metric: String
    /// `better` or `worse`.
    public var direction: String
    /// ▲ when the value went up, ▼ when it went down.
    public var arrow: String
    public var previous: String
    public var current: String
    public var tierFrom: String?
    public var tierFromName: String?
    public var tierTo: String?
    public var tierToName: String?
}

/// A target with where it stands (metrics.md §7).
public struct TargetRow: ViewModel {
    /// The team or unit that set it (unit and org pages).
    public var scopeName: String?
    public var scopeHref: String?
    public var metric: String
    public var value: String
    public var by: String
    public var baseline: String
    public var current: String
    public var expected: String
    /// `met`, `on_track`, `off_track`, `missed`, `no_data`.
    public var status: String
    public var statusName: String
    public var note: String?
}

/// How many targets have one status (org page).
public struct TargetCount: ViewModel {
    public var status: String
    public var statusName: String
    public var count: Int
}

/// A Quick Check score (0–10): a team's beside the 2025 industry mean, or a unit's spread.
public struct QuickCheckRow: ViewModel {
    public var name: String
    /// A team's score, or a unit's median.
    public var score: String
    /// 0…100 for the bar.
    public var width: Int
    /// Teams: the industry mean; nil where dora.dev gives none.
    public var mean: String?
    /// Units: `min–max over n teams`.
    public var spread: String?
}

/// A line beside "What changed most": an exhausted SLO, a cost anomaly, a stale team.
public struct AlertRow: ViewModel {
    public var name: String
    public var href: String
    public var detail: String
}

/// The leadership summary of a unit or the org: what changed most and what needs attention.
public struct ChangesPanel: ViewModel {
    /// The first ten notable changes.
    public var changes: [ChangeRow]
    /// How many notable changes there are in all.
    public var total: Int
    public var exhausted: [AlertRow]
    public var anomalies: [AlertRow]
    public var stale: [AlertRow]
    /// The period compared: `last 90 days against the 90 days before`.
    public var comparison: String
}
