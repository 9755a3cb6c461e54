/// A calendar day with no time zone: the number of days since 1970-01-01.
///
/// Pure integer arithmetic (Howard Hinnant's civil-from-days algorithms), so day, week and month
/// computations need no Foundation calendar and cannot be skewed by DST.
public struct Day: Sendable, Hashable, Comparable, Strideable, CustomStringConvertible {
    public var ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// A day from its proleptic Gregorian year, month (1–12) and day of month; nil when it does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(year: year, month: month) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = era * 146_097 + doe - 719_468
    }

    /// Year, month and day of month.
    public var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
    public var weekday: Int { ((ordinal % 7) + 7 + 3) % 7 + 1 }

    public var month: Month { let c = components; return Month(year: c.year, month: c.month) }
    public var isoWeek: ISOWeek { ISOWeek(containing: self) }

    /// `YYYY-MM-DD`.
    public var description: String {
        let c = components
        return "\(Day.pad(c.year, 4))-\(Day.pad(c.month, 2))-\(Day.pad(c.day, 2))"
    }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }
    public func distance(to other: Day) -> Int { other.ordinal - ordinal }
    public func advanced(by n: Int) -> Day { Day(ordinal: ordinal + n) }
}

/// A calendar month, labelled `2026-11`.
public struct Month: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init(year: Int, month: Int) {
        (self.year, self.month) = (year, month)
    }

    public var firstDay: Day { Day(year: year, month: month, day: 1)! }
    public var lastDay: Day { Day(year: year, month: month, day: days)! }
    public var days: Int { Day.daysIn(year: year, month: month) }

    public func advanced(by months: Int) -> Month {
        let index = year * 12 + (month - 1) + months
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        return Month(year: y, month: index - y * 12 + 1)
    }

    public var description: String { "\(Day.pad(year, 4))-\(Day.pad(month, 2))" }

    public static func < (lhs: Month, rhs: Month) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
}

/// An ISO 8601 week (Monday–Sunday) of an ISO week-numbering year, labelled `2026-W47`.
public struct ISOWeek: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The week's Monday.
    public let monday: Day

    public init(containing day: Day) { monday = day.advanced(by: 1 - day.weekday) }

    /// The week `week` of ISO year `year`; nil when that year has no such week.
    public init?(year: Int, week: Int) {
        guard week >= 1, let jan4 = Day(year: year, month: 1, day: 4) else { return nil }
        let candidate = ISOWeek(containing: jan4).monday.advanced(by: (week - 1) * 7)
        self.monday = candidate
        guard self.year == year else { return nil }
    }

    public var sunday: Day { monday.advanced(by: 6) }
    /// The ISO week-numbering year: the year of the week's Thursday.
    public var year: Int { monday.advanced(by: 3).components.year }
    public var week: Int {
        let thursday = monday.advanced(by: 3)
        let jan1 = Day(year: thursday.components.year, month: 1, day: 1)!
        return (thursday.ordinal - jan1.ordinal) / 7 + 1
    }

    public func advanced(by weeks: Int) -> ISOWeek { ISOWeek(containing: monday.advanced(by: weeks * 7)) }

    public var description: String { "\(Day.pad(year, 4))-W\(Day.pad(week, 2))" }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool { lhs.monday < rhs.monday }
}

extension Day {
    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `2 Oct 2026`, for people.
    public var display: String {
        let c = components
        return "\(c.day) \(Day.monthNames[c.month - 1]) \(c.year)"
    }
}
