import GlasshouseCore

/// `index.html`: the org.
public struct OrgPage: ViewModel {
    public var frame: Frame
    public var name: String
    public var units: [UnitRow]
    public var teams: [TeamRow]
    public var notes: [DocumentRow]
    public var teamCount: Int
    public var unitCount: Int
    /// Over every team.
    public var panels: ScopePanels
    /// Cost by top-level unit and by team in `costMonth`, largest first.
    public var costMonth: String
    public var costByUnit: [CostShareRow]
    public var costByTeam: [CostShareRow]
    /// Every target of the site, counted by status.
    public var targetCounts: [TargetCount]
    public var targets: [TargetRow]
}

/// The panels the org page and a unit page show over the teams of their scope; the templates
/// open it as a section (`{{#panels}}`) around the page's body.
public struct ScopePanels: ViewModel {
    /// Pooled DORA figures of the scope; nil when none of its teams has DORA data.
    public var dora: DORAPanel?
    /// The scope's teams' DORA windows side by side.
    public var teamsDORA: [TeamDORARow]
    public var slos: SLOPanel
    public var costs: CostPanel?
    public var calms: CALMSPanel
    /// When DORA feeds have stopped: a banner.
    public var banner: String?
    /// What changed most (metrics.md §8), with what needs attention beside it.
    public var changes: ChangesPanel
}

/// `units/ID/index.html`.
public struct UnitPage: ViewModel {
    public var frame: Frame
    public var name: String
    public var lead: String?
    public var description: TrustedHTML?
    public var units: [UnitRow]
    public var teams: [TeamRow]
    public var subtreeTeamCount: Int
    /// Over the teams of the unit and its sub-units.
    public var panels: ScopePanels
    /// Targets set on the unit in org.yaml.
    public var targets: [TargetRow]
}

/// `teams/ID/index.html`.
public struct TeamPage: ViewModel {
    public var frame: Frame
    public var id: String
    public var name: String
    public var description: String?
    public var unitName: String?
    public var unitHref: String?
    public var owners: [String]
    public var services: [String]
    public var links: [LinkRow]
    public var narrative: TrustedHTML?
    public var notes: [DocumentRow]
    public var postmortems: [DocumentRow]
    /// Names of the sections team.yaml withholds from the published site.
    public var withheld: [String]
    public var dora: DORAPanel?
    /// Why there is no DORA panel.
    public var doraNote: String?
    public var incidents: [IncidentRow]
    /// Why there is no incidents table.
    public var incidentsNote: String?
    public var slos: SLOPanel?
    public var costs: CostPanel?
    public var calms: CALMSPanel?
    /// Per section: why it shows nothing (`withheld`, `no data`), keyed `slos`, `costs`, `calms`.
    public var slosNote: String?
    public var costsNote: String?
    public var calmsNote: String?
    /// The team's raw files offered for download.
    public var downloads: [LinkRow]
    /// Its JSON export.
    public var jsonHref: String
    /// The file the incidents come from.
    public var incidentSources: [LinkRow]
    /// How recent each kind of data is.
    public var freshness: [FreshnessRow]
    /// The team's targets (metrics.md §7).
    public var targets: [TargetRow]
}
