import GlasshouseCore

/// Every computed figure of a build, for the presenters: the periods, each team's results and
/// each unit's and the org's rollups. Computing it reads no files.
public struct SiteFigures: Sendable {
    public let asOf: Day
    public let series: PeriodSeries
    public let tree: OrgTree
    public let benchmark: Benchmark
    /// Teams with DORA data, by id.
    public let teamDORA: [String: TeamDORA]
    /// Units whose subtree has DORA data, by id.
    public let unitDORA: [String: DORAReport]
    /// nil when no team has DORA data.
    public let orgDORA: DORAReport?
    /// Warnings raised while computing (negative durations left out), sorted.
    public let warnings: [Diagnostic]

    public init(content: Content, asOf: Day) {
        self.asOf = asOf
        let config = content.config
        series = PeriodSeries(asOf: asOf, windowDays: config.windowDays, historyWeeks: config.historyWeeks, historyMonths: config.historyMonths)
        tree = OrgTree(content: content)
        benchmark = content.benchmark
        var teams: [String: TeamDORA] = [:]
        for team in content.teams {
            teams[team.id] = DORAEngine.team(team.dora, series: series, zone: config.timezone, benchmark: content.benchmark)
        }
        teamDORA = teams
        var units: [String: DORAReport] = [:]
        for unit in tree.units {
            let members = tree.subtreeTeams(of: unit.id)
            if members.contains(where: { teams[$0] != nil }) {
                units[unit.id] = DORAEngine.pool(members.map { teams[$0] }, series: series)
            }
        }
        unitDORA = units
        let everyone = tree.subtreeTeams(of: nil)
        orgDORA = teams.isEmpty ? nil : DORAEngine.pool(everyone.map { teams[$0] }, series: series)
        warnings = teams.values.flatMap(\.warnings).sorted()
    }
}
