import GlasshouseCore

/// The maturity band of a CALMS score (metrics.md §5).
public enum CALMSBand: String, Sendable {
    case crawl, walk, run

    /// Scores below this are `crawl`.
    public static let crawlBelow = 2.5
    /// Scores below this (and not crawl) are `walk`; from here on `run`.
    public static let walkBelow = 4.0

    public init(score: Double) {
        self = score < Self.crawlBelow ? .crawl : score < Self.walkBelow ? .walk : .run
    }
}

/// A team's CALMS figures as of D.
public struct CALMSFigures: Sendable {
    /// The latest assessment dated on or before D; nil when there is none.
    public var latest: CALMSAssessment?
    public var overall: Double?
    public var constraint: Pillar?
    /// Per pillar (in `Pillar.allCases` order) and overall: latest − previous; nil without a previous.
    public var delta: (pillars: [Double], overall: Double)?
    public var stale: Bool?
    /// Every assessment dated on or before D, oldest first.
    public var history: [CALMSAssessment]
    /// The assessment before the latest, for the ghosted chart.
    public var previous: CALMSAssessment?
}

/// A unit's pillar means over its teams' non-stale latest assessments.
public struct CALMSSummary: Sendable {
    public var n: Int
    public var scores: [Double]
    public var overall: Double
    public var constraint: Pillar
}

/// Computes CALMS figures: pure functions of the assessments and D.
public enum CALMSEngine {
    public static let staleAfterDays = 183

    public static func overall(_ assessment: CALMSAssessment) -> Double { assessment.scores.reduce(0, +) / Double(assessment.scores.count) }

    /// The lowest pillar; ties go to the earlier of culture, automation, lean, measurement, sharing.
    public static func constraint(_ scores: [Double]) -> Pillar {
        var lowest = 0
        for index in scores.indices where scores[index] < scores[lowest] { lowest = index }
        return Pillar.allCases[lowest]
    }

    /// `assessments` are cut at D (`Snapshot`); D still decides staleness.
    public static func team(_ assessments: [CALMSAssessment], asOf: Day) -> CALMSFigures {
        let history = assessments.sorted { $0.date < $1.date }
        guard let latest = history.last else {
            return CALMSFigures(latest: nil, overall: nil, constraint: nil, delta: nil, stale: nil, history: [], previous: nil)
        }
        let previous = history.count > 1 ? history[history.count - 2] : nil
        let overall = overall(latest)
        return CALMSFigures(
            latest: latest, overall: overall, constraint: constraint(latest.scores),
            delta: previous.map { previous in (zip(latest.scores, previous.scores).map { $0 - $1 }, overall - Self.overall(previous)) },
            stale: latest.date.distance(to: asOf) > staleAfterDays,
            history: history, previous: previous
        )
    }

    /// nil when no team of the unit has a non-stale latest assessment.
    public static func summary(_ teams: [CALMSFigures]) -> CALMSSummary? {
        let current = teams.compactMap { $0.stale == false ? $0.latest : nil }
        guard !current.isEmpty else { return nil }
        let scores = Pillar.allCases.indices.map { index in current.reduce(0) { $0 + $1.scores[index] } / Double(current.count) }
        return CALMSSummary(n: current.count, scores: scores, overall: scores.reduce(0, +) / Double(scores.count), constraint: constraint(scores))
    }
}
