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
        self.id = id
        self.name = name ?? id
        self.service = service
        self.objective = objective
        self.windowDays = windowDays
        self.minEvents = minEvents
        self.description = description
    }
}

/// Where an SLI bucket starts: a date (00:00 in the site time zone) or a timestamp.
public enum SLIStart: Sendable, Hashable {
    case day(Day)
    case instant(Instant)
}

/// A row of sli.csv: good and valid events of one bucket of one SLO.
public struct SLIRow: Sendable, Hashable {
    /// Index into the team's SLOs.
    public var slo: Int
    public var start: SLIStart
    public var good: Double
    public var total: Double
    public var line: Int

    public init(slo: Int, start: SLIStart, good: Double, total: Double, line: Int = 0) {
        self.slo = slo
        self.start = start
        self.good = good
        self.total = total
        self.line = line
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
        self.month = month
        self.amount = amount
        self.category = category
        self.idle = idle
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
        self.date = date
        self.respondents = respondents
        self.scores = scores
        self.notes = notes
    }

    public func score(_ pillar: Pillar) -> Double { scores[Pillar.allCases.firstIndex(of: pillar)!] }
}
