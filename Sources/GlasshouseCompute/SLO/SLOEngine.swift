import GlasshouseCore

/// The status of an SLO's error budget (metrics.md §3).
/// `notEnoughEvents` comes last so that the unit counts keep the order of the first export.
public enum SLOStatus: String, Sendable, CaseIterable {
    case healthy, atRisk = "at_risk", exhausted, noData = "no_data", notEnoughEvents = "not_enough_events"
}

/// Good and valid events of a month, and what they mean against the objective.
public struct SLOPeriod: Sendable, Equatable {
    public var label: String
    public var good: Double
    public var total: Double
    public var attainment: Double?
    public var met: Bool?
    /// (total − good) / (B · total); `null` when total is 0.
    public var budgetConsumed: Double?
}

/// The calendar budget: D's month from its first day up to D (metrics.md §3 `month_to_date`).
public struct SLOMonthToDate: Sendable, Equatable {
    public var good: Double
    public var total: Double
    public var attainment: Double?
    public var budgetConsumed: Double?
    public var budgetRemaining: Double?
}

/// One SLO's figures as of D (metrics.md §3).
public struct SLOFigures: Sendable {
    public var slo: SLODefinition
    public var good: Double
    public var total: Double
    public var attainment: Double?
    public var met: Bool?
    public var budgetConsumed: Double?
    public var budgetRemaining: Double?
    public var burnRate1d: Double?
    public var burnRate7d: Double?
    public var daysToExhaustion: Double?
    public var status: SLOStatus
    public var months: [SLOPeriod]
    public var monthToDate: SLOMonthToDate
    /// The day of the SLO's first SLI row by D; nil without rows.
    public var dataFrom: Day?
    /// The SLO has less than its window of data: its first SLI row is later than the window's first
    /// day (pages say so; the figures cover only the days with data).
    public var shortHistory: Bool
}

/// Computes SLO figures: pure functions of the definitions, the SLI rows, the zone and D.
public enum SLOEngine {
    /// Less than this share of the budget left makes an SLO `at_risk`.
    public static let atRiskRemaining = 0.25

    /// Every SLO's figures and the latest SLI start, from SLI rows cut at D (`Snapshot`).
    public static func figures(_ data: SLOData, series: PeriodSeries, zone: SiteZone) -> (slos: [SLOFigures], latest: Instant?) {
        // Per SLO, its rows as (day, good, total).
        var rows = Array(repeating: [(day: Day, good: Double, total: Double)](), count: data.slos.count)
        var latest: Instant?
        for row in data.sli {
            let day: Day, start: Instant
            switch row.start {
            case .day(let date): (day, start) = (date, zone.start(of: date))
            case .instant(let instant): (day, start) = (zone.day(of: instant), instant)
            }
            latest = max(latest ?? start, start)
            rows[row.slo].append((day, row.good, row.total))
        }
        let slos = data.slos.enumerated().map { index, slo in
            figures(slo, rows: rows[index], series: series)
        }
        return (slos, latest)
    }

    static func figures(_ slo: SLODefinition, rows: [(day: Day, good: Double, total: Double)], series: PeriodSeries) -> SLOFigures {
        let asOf = series.asOf
        let objective = ObjectiveRatio(percent: slo.objective)
        func sums(from first: Day, to last: Day) -> (good: Double, total: Double) {
            var good = 0.0, total = 0.0
            for row in rows where row.day >= first && row.day <= last {
                good += row.good
                total += row.total
            }
            return (good, total)
        }
        func burn(days: Int) -> Double? {
            let (good, total) = sums(from: asOf.advanced(by: 1 - days), to: asOf)
            return total == 0 ? nil : objective.budgetShare(bad: total - good, total: total)
        }
        let windowStart = asOf.advanced(by: 1 - slo.windowDays)
        let (good, total) = sums(from: windowStart, to: asOf)
        let attainment = total == 0 ? nil : good / total
        let consumed = total == 0 ? nil : objective.budgetShare(bad: total - good, total: total)
        let remaining = consumed.map { 1 - $0 }
        // Too few events to judge: the window's met, burn rates and days to exhaustion are undefined.
        let judged = total >= Double(slo.minEvents)
        let burn1d = judged ? burn(days: 1) : nil, burn7d = judged ? burn(days: 7) : nil
        var daysToExhaustion: Double?
        if let remaining, let burn7d, remaining > 0, burn7d > 0 { daysToExhaustion = remaining * Double(slo.windowDays) / burn7d }
        let status: SLOStatus
        if total == 0 {
            status = .noData
        } else if !judged {
            status = .notEnoughEvents
        } else if remaining! <= 0 {
            status = .exhausted
        } else if remaining! < atRiskRemaining || (burn7d ?? 0) > 1 {
            status = .atRisk
        } else {
            status = .healthy
        }
        let months = series.months.map { month -> SLOPeriod in
            let (good, total) = sums(from: month.start, to: month.end)
            return SLOPeriod(
                label: month.label, good: good, total: total, attainment: total == 0 ? nil : good / total,
                met: total == 0 ? nil : objective.met(good: good, total: total),
                budgetConsumed: total == 0 ? nil : objective.budgetShare(bad: total - good, total: total)
            )
        }
        let toDate = sums(from: asOf.month.firstDay, to: asOf)
        let toDateConsumed = toDate.total == 0 ? nil : objective.budgetShare(bad: toDate.total - toDate.good, total: toDate.total)
        let monthToDate = SLOMonthToDate(
            good: toDate.good, total: toDate.total, attainment: toDate.total == 0 ? nil : toDate.good / toDate.total,
            budgetConsumed: toDateConsumed, budgetRemaining: toDateConsumed.map { 1 - $0 }
        )
        let dataFrom = rows.map(\.day).min()
        return SLOFigures(
            slo: slo, good: good, total: total, attainment: attainment,
            met: total == 0 || !judged ? nil : objective.met(good: good, total: total),
            budgetConsumed: consumed, budgetRemaining: remaining, burnRate1d: burn1d, burnRate7d: burn7d,
            daysToExhaustion: daysToExhaustion, status: status, months: months, monthToDate: monthToDate,
            dataFrom: dataFrom, shortHistory: dataFrom.map { $0 > windowStart } ?? false
        )
    }
}

/// A unit's SLOs counted by status and by `met`; attainments of different objectives are never averaged.
public struct SLOCounts: Sendable, Equatable {
    public var total = 0
    public var met = 0
    public var byStatus: [SLOStatus: Int] = [:]

    public init(_ slos: [SLOFigures]) {
        total = slos.count
        met = slos.filter { $0.met == true }.count
        for slo in slos { byStatus[slo.status, default: 0] += 1 }
    }

    public subscript(status: SLOStatus) -> Int { byStatus[status] ?? 0 }
}

/// An objective as an exact decimal fraction, so that status boundaries (a budget used up exactly,
/// 25 % left exactly, a burn rate of exactly 1) fall where exact arithmetic puts them: 99.9 % is
/// 999/1000 and its budget 1/1000, instead of 1 − 0.999 = 0.0010000000000000009.
struct ObjectiveRatio {
    /// The objective as a fraction numerator / denominator, and the budget as (denominator − numerator) / denominator.
    let numerator: Double
    let denominator: Double

    init(percent: Double) {
        var scale = 100.0
        var scaled = percent
        // At most six decimals of a percentage are kept exactly; beyond that the Double is used as is.
        for _ in 0..<6 where abs(scaled - scaled.rounded()) > 1e-9 * max(1, abs(scaled)) {
            scaled *= 10
            scale *= 10
        }
        numerator = abs(scaled - scaled.rounded()) <= 1e-9 * max(1, abs(scaled)) ? scaled.rounded() : scaled
        denominator = scale
    }

    /// ((bad / total) / B): the share of the error budget that `bad` of `total` events use.
    func budgetShare(bad: Double, total: Double) -> Double {
        (bad * denominator) / ((denominator - numerator) * total)
    }

    /// good / total ≥ objective.
    func met(good: Double, total: Double) -> Bool { good * denominator >= numerator * total }
}
