/// The figure a target (metrics.md §7) is set on.
public enum TargetMetric: Sendable, Hashable, CustomStringConvertible {
    case deploymentFrequency, leadTime, changeFailureRate, recoveryTime, reworkRate
    /// `slo:ID`, attainment in percent (teams only).
    case slo(String)
    /// `calms:PILLAR`; nil for `calms:overall`.
    case calms(Pillar?)
    /// Total of the last complete month.
    case cost

    /// Parses `deployment_frequency`, `slo:ID`, `calms:lean`, `calms:overall`, …; nil when unknown.
    public init?(_ text: String) {
        switch text {
        case "deployment_frequency": self = .deploymentFrequency
        case "lead_time": self = .leadTime
        case "change_failure_rate": self = .changeFailureRate
        case "recovery_time": self = .recoveryTime
        case "rework_rate": self = .reworkRate
        case "cost": self = .cost
        case "calms:overall": self = .calms(nil)
        default:
            if text.hasPrefix("slo:"), text.count > 4 {
                self = .slo(String(text.dropFirst(4)))
            } else if text.hasPrefix("calms:"), let pillar = Pillar(rawValue: String(text.dropFirst(6))) {
                self = .calms(pillar)
            } else {
                return nil
            }
        }
    }

    /// The name as written in team.yaml and the JSON export.
    public var description: String {
        switch self {
        case .deploymentFrequency: "deployment_frequency"
        case .leadTime: "lead_time"
        case .changeFailureRate: "change_failure_rate"
        case .recoveryTime: "recovery_time"
        case .reworkRate: "rework_rate"
        case .slo(let id): "slo:\(id)"
        case .calms(let pillar): "calms:\(pillar?.rawValue ?? "overall")"
        case .cost: "cost"
        }
    }

    /// Higher is better for frequency, SLO attainment and CALMS; lower for the rest (metrics.md §7).
    public var higherIsBetter: Bool {
        switch self {
        case .deploymentFrequency, .slo, .calms: true
        case .leadTime, .changeFailureRate, .recoveryTime, .reworkRate, .cost: false
        }
    }
}

/// A target of team.yaml or of a unit in org.yaml (content.md §4, metrics.md §7).
public struct Target: Sendable, Hashable {
    /// The team or unit id that set it.
    public var scope: String
    public var metric: TargetMetric
    public var value: Double
    /// The day it was set: the baseline's as-of day.
    public var since: Day
    /// The deadline, after `since`.
    public var by: Day
    public var note: String?
    /// The line of its `metric:` in its file, for diagnostics.
    public var line: Int

    public init(scope: String, metric: TargetMetric, value: Double, since: Day, by: Day, note: String? = nil, line: Int = 0) {
        (self.scope, self.line, self.metric, self.value, self.since, self.by, self.note) = (scope, line, metric, value, since, by, note)
    }
}

/// A dated event drawn on the charts of its scope (content.md §3, §4).
public struct DatedEvent: Sendable, Hashable {
    public var date: Day
    public var title: String
    /// `org`, a unit id or a team id: whose charts (and those below) show it.
    public var scope: String

    public init(date: Day, title: String, scope: String) {
        (self.date, self.title, self.scope) = (date, title, scope)
    }
}
