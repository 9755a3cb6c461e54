import GlasshouseCompute

/// A pillar's score with its band and change.
public struct PillarCell: ViewModel {
    public var pillar: String
    public var score: String
    public var band: String?
    public var delta: String?
    public var constraint: Bool
    /// 1…5 rounded for the heatmap colour class.
    public var level: Int
}

/// A team's row of the CALMS heatmap.
public struct CALMSHeatRow: ViewModel {
    public var name: String
    public var href: String
    public var cells: [PillarCell]
    public var overall: String
    public var note: String?
}

/// The CALMS section of a page.
public struct CALMSPanel: ViewModel {
    /// "Lean holds this team back."
    public var headline: String?
    public var date: String?
    public var respondents: Int?
    public var overall: String?
    public var stale: Bool
    public var chart: TrustedHTML?
    public var pillars: [PillarCell]
    public var notes: TrustedHTML?
    /// Units and the org: teams with a current assessment.
    public var n: Int?
    public var heatmap: [CALMSHeatRow]
    /// Teams: the file the figures come from.
    public var sources: [LinkRow] = []
}
