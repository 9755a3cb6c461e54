/// An SLO of slos.yaml or an OpenSLO document (content.md §6).
public struct SLODefinition: Sendable, Hashable {
    public var id: String
    public var name: String
    public var service: String?
    /// Percent, 0 < objective < 100.
    public var objective: Double
    public var windowDays: Int
    /// slos.yaml `min_events`: fewer valid events in the window make the SLO `not_enough_events` (0: never).
    public var minEvents: Int
    public var description: String?

    public init(
        id: String, name: String? = nil, service: String? = nil, objective: Double, windowDays: Int = 28, minEvents: Int = 0, description: String? = nil
    ) {
        (self.id, self.name, self.service) = (id, name ?? id, service)
        (self.objective, self.windowDays, self.minEvents, self.description) = (objective, windowDays, minEvents, description)
    }
}

/// Where an SLI bucket starts: a date (00:00 in the site time zone) or a timestamp.
public enum SLIStart: Sendable, Hashable {
    case day(Day)
    case instant(Instant)
}

/// A row of sli.csv: good and valid events of one bucket of one SLO. Laid out in 32 bytes (the
/// start as one 64-bit number, the SLO index and line in 32 bits each): a large file holds millions.
public struct SLIRow: Sendable, Hashable {
    public var good: Double
    public var total: Double
    /// The start's day ordinal or microseconds.
    private var storedStart: Int64
    /// The SLO index; the top bit is set when the start is an instant.
    private var storedSLO: UInt32
    private var storedLine: UInt32

    private static let instantFlag: UInt32 = 1 << 31

    /// Index into the team's SLOs.
    public var slo: Int {
        get { Int(storedSLO & ~Self.instantFlag) }
        set { storedSLO = (storedSLO & Self.instantFlag) | (UInt32(truncatingIfNeeded: newValue) & ~Self.instantFlag) }
    }

    public var start: SLIStart {
        get { storedSLO & Self.instantFlag != 0 ? .instant(Instant(microseconds: storedStart)) : .day(Day(ordinal: Int(storedStart))) }
        set {
            switch newValue {
            case .day(let day): (storedStart, storedSLO) = (Int64(day.ordinal), storedSLO & ~Self.instantFlag)
            case .instant(let instant): (storedStart, storedSLO) = (instant.microseconds, storedSLO | Self.instantFlag)
            }
        }
    }

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    public init(slo: Int, start: SLIStart, good: Double, total: Double, line: Int = 0) {
        (self.good, self.total) = (good, total)
        storedStart = 0
        storedSLO = 0
        storedLine = UInt32(clamping: line)
        self.slo = slo
        self.start = start
    }
}

/// A team's SLO data: definitions in file order and their SLI rows.
public struct SLOData: Sendable {
    public var slos: [SLODefinition] = []
    public var sli: [SLIRow] = []
    public var sliFile = ""
    public init() {}
}

/// One cost line: a row of costs.csv or a FOCUS row allocated to a team (content.md §7).
public struct CostRow: Sendable, Hashable {
    public var month: Month
    public var amount: Double
    public var category: String
    public var idle: Double

    public init(month: Month, amount: Double, category: String = "other", idle: Double = 0) {
        (self.month, self.amount, self.category, self.idle) = (month, amount, category, idle)
    }
}

/// The five CALMS pillars, in the order the contract breaks ties.
public enum Pillar: String, Sendable, Hashable, CaseIterable {
    case culture, automation, lean, measurement, sharing
}

/// An assessment of calms.yaml (content.md §8).
public struct CALMSAssessment: Sendable, Hashable {
    public var date: Day
    public var respondents: Int?
    /// One score (1–5) per pillar, in `Pillar.allCases` order.
    public var scores: [Double]
    /// Markdown.
    public var notes: String?

    public init(date: Day, respondents: Int? = nil, scores: [Double], notes: String? = nil) {
        (self.date, self.respondents, self.scores, self.notes) = (date, respondents, scores, notes)
    }

    public func score(_ pillar: Pillar) -> Double { scores[Pillar.allCases.firstIndex(of: pillar)!] }
}
