import GlasshouseCore

/// A span of whole days the figures are computed for: the trailing window, an ISO week or a month
/// (metrics.md §1). Periods that contain D stop at D.
public struct Period: Sendable, Hashable {
    /// What kind of span a period is.
    public enum Kind: String, Sendable, Hashable {
        case window, week, month
    }

    public let kind: Kind
    /// `2026-W47`, `2026-11`; `window` for the window.
    public let label: String
    public let start: Day
    /// The last day counted: the period's own last day, or D when the period contains D.
    public let end: Day
    /// True when the period stops at D before its own last day.
    public let partial: Bool

    /// Number of days covered, `end − start + 1`.
    public var days: Int { start.distance(to: end) + 1 }

    public func contains(_ day: Day) -> Bool { day >= start && day <= end }

    /// The window: `windowDays` days ending with D, D included.
    public static func window(endingOn asOf: Day, days: Int) -> Period {
        Period(kind: .window, label: "window", start: asOf.advanced(by: 1 - days), end: asOf, partial: false)
    }

    public static func week(_ week: ISOWeek, asOf: Day) -> Period {
        let end = min(week.sunday, asOf)
        return Period(kind: .week, label: week.description, start: week.monday, end: end, partial: end < week.sunday)
    }

    public static func month(_ month: Month, asOf: Day) -> Period {
        let end = min(month.lastDay, asOf)
        return Period(kind: .month, label: month.description, start: month.firstDay, end: end, partial: end < month.lastDay)
    }
}

/// The periods of a build: the window and the weekly and monthly series, oldest first.
public struct PeriodSeries: Sendable {
    public let asOf: Day
    public let window: Period
    /// The `window_days` days right before the window: D−2w+1 … D−w (metrics.md §2.11).
    public let previous: Period
    /// `historyWeeks` ISO weeks ending with the week that contains D.
    public let weeks: [Period]
    /// `historyMonths` months ending with D's month.
    public let months: [Period]

    public init(asOf: Day, windowDays: Int, historyWeeks: Int, historyMonths: Int) {
        self.asOf = asOf
        window = .window(endingOn: asOf, days: windowDays)
        previous = Period(kind: .window, label: "previous", start: asOf.advanced(by: 1 - 2 * windowDays), end: asOf.advanced(by: -windowDays), partial: false)
        let lastWeek = asOf.isoWeek
        weeks = (0..<historyWeeks).reversed().map { .week(lastWeek.advanced(by: -$0), asOf: asOf) }
        let lastMonth = asOf.month
        months = (0..<historyMonths).reversed().map { .month(lastMonth.advanced(by: -$0), asOf: asOf) }
    }

    /// The index in `weeks` of the week containing `day`, nil outside the series.
    public func weekIndex(of day: Day) -> Int? {
        guard let first = weeks.first, day >= first.start, day <= asOf else { return nil }
        return first.start.distance(to: day) / 7
    }

    private static func monthNumber(_ month: Month) -> Int { month.year * 12 + month.month }

    /// The index in `months` of the month containing `day`, nil outside the series.
    public func monthIndex(of day: Day) -> Int? {
        guard let first = months.first, day >= first.start, day <= asOf else { return nil }
        return Self.monthNumber(day.month) - Self.monthNumber(first.start.month)
    }
}
