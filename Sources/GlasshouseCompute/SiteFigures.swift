import GlasshouseCore

/// Every computed figure of one team.
public struct TeamFigures: Sendable {
    /// nil without DORA data.
    public var dora: TeamDORA?
    /// nil without SLO files.
    public var slos: [SLOFigures]?
    /// nil without cost rows; otherwise the series' months that have rows.
    public var costs: [CostMonth]?
    /// nil without calms.yaml.
    public var calms: CALMSFigures?
    public var freshness: TeamFreshness
    /// Rows after the end of D, ignored, by content-relative file (content.md §2).
    public var ignoredAfterAsOf: [String: Int]
}

/// The rollup of a unit's subtree, or of the whole org.
public struct UnitFigures: Sendable {
    /// nil when no team of the subtree has DORA data.
    public var dora: DORAReport?
    /// Every SLO of the subtree, for counts and the worst ones.
    public var slos: [SLOFigures]
    /// nil when no team of the subtree has cost rows (for the org: and there is no unallocated cost).
    public var costs: [CostMonth]?
    /// Its own budget or its teams' (metrics.md §4), with "budgets of N of M teams".
    public var budget: UnitBudget
    /// nil when no team has a current (non-stale) CALMS assessment.
    public var calms: CALMSSummary?
}

/// Every computed figure of a build, for the presenters: the periods, each team's results and
/// each unit's and the org's rollups. Computing it reads no files.
public struct SiteFigures: Sendable {
    public let asOf: Day
    /// The content as it stood at the end of D, and what the cut ignored: what Present shows.
    public private(set) var snapshot: Snapshot
    public let series: PeriodSeries
    public let tree: OrgTree
    public let benchmark: Benchmark
    public let teams: [String: TeamFigures]
    public let units: [String: UnitFigures]
    public let org: UnitFigures
    /// Events, targets, what changed most and stopped DORA feeds (metrics.md §2.10, §7, §8).
    public let leadership: Leadership
    /// Warnings raised while computing (negative durations left out, stopped DORA feeds), sorted.
    public let warnings: [Diagnostic]

    /// `reusing` holds figures computed before for teams whose data and settings are unchanged
    /// (`glasshouse serve`); the rollups are always recomputed from every team's figures.
    /// `snapshot`: the previous build's snapshot, whose cut is kept for teams not in `changed`.
    /// `units`: rollups computed before for units whose subtree's teams all kept their figures.
    public init(
        content original: Content, asOf: Day, reusing previous: [String: TeamFigures] = [:], snapshot earlier: Snapshot? = nil, changed: Set<String> = [],
        units previousUnits: [String: UnitFigures] = [:]
    ) {
        self.asOf = asOf
        // The first step: every stream cut at D, once; everything below sees only the cut data.
        let snapshot = Snapshot(content: original, asOf: asOf, reusing: earlier, changed: changed)
        self.snapshot = snapshot
        let content = snapshot.content
        let config = content.config
        let zone = config.timezone
        let series = PeriodSeries(asOf: asOf, windowDays: config.windowDays, historyWeeks: config.historyWeeks, historyMonths: config.historyMonths)
        self.series = series
        tree = OrgTree(content: content)
        benchmark = content.benchmark
        let freshness = FreshnessRule(zone: zone, asOf: asOf, staleAfterDays: config.staleAfterDays)
        // Teams are independent: compute them on every core.
        let computed = Parallel.map(content.teams) { team -> TeamFigures in
            if let figures = previous[team.id] { return figures }
            let dora = DORAEngine.team(
                team.dora, series: series, zone: zone, benchmark: content.benchmark, since: team.doraSince, staleAfterDays: config.staleAfterDays)
            let slo = team.slo.map { SLOEngine.figures($0, series: series, zone: zone) }
            let sums = team.costs.map { CostSums($0) }
            let costs = sums.map { sums in
                CostEngine.team(
                    sums, series: series, budget: team.budget?.monthly, deployments: { dora?.report.months[$0].figures?.deployments },
                    anomalyRatio: config.finops.anomalyRatio, anomalyMinAmount: config.finops.anomalyMinAmount)
            }
            let calms = team.calms.map { CALMSEngine.team($0, asOf: asOf) }
            return TeamFigures(
                dora: dora, slos: slo?.slos, costs: costs, calms: calms,
                freshness: freshness.team(team, sli: slo.map(\.latest), costs: sums, calms: calms),
                ignoredAfterAsOf: Dictionary((snapshot.ignored[team.id] ?? []).map { ($0.file, $0.count) }, uniquingKeysWith: +)
            )
        }
        let teams = Dictionary(uniqueKeysWithValues: zip(content.teams.map(\.id), computed))
        self.teams = teams
        let teamBudgets = Dictionary(uniqueKeysWithValues: content.teams.map { ($0.id, $0.budget?.monthly) })
        let tree = self.tree
        func rollup(_ unit: String?, ownBudget: Double?, unallocated: CostSums?) -> UnitFigures {
            let members = tree.subtreeTeams(of: unit)
            let figures = members.compactMap { teams[$0] }
            var subUnitOf: [String: String] = [:]
            for child in tree.children(of: unit) { for team in tree.subtreeTeams(of: child) { subUnitOf[team] = child } }
            let budget = UnitBudget(own: ownBudget, budgetedTeams: members.filter { (teamBudgets[$0] ?? nil) != nil }, teamCount: members.count)
            let costMembers = members.map { id in
                CostMember(team: id, subUnit: subUnitOf[id], budget: teamBudgets[id] ?? nil, months: teams[id]?.costs ?? [])
            }
            // The org's months always say how much is unallocated (0 without FOCUS cost no team claims).
            let hasCosts = figures.contains { $0.costs != nil } || unallocated?.latest != nil
            return UnitFigures(
                dora: figures.contains { $0.dora != nil } ? DORAEngine.pool(figures.map(\.dora), series: series) : nil,
                slos: figures.flatMap { $0.slos ?? [] },
                costs: !hasCosts
                    ? nil
                    : CostEngine.pool(costMembers, subUnits: tree.children(of: unit), budget: budget, unallocated: unallocated, series: series),
                budget: budget,
                calms: CALMSEngine.summary(figures.compactMap(\.calms))
            )
        }
        // The units and the org (the last position) are independent too: rolled up on every core.
        let unitList = tree.units
        let rolled = Parallel.map(Array(0...unitList.count)) { position -> UnitFigures in
            guard position < unitList.count else { return rollup(nil, ownBudget: content.org?.budget, unallocated: CostSums(content.unallocatedCosts)) }
            let unit = unitList[position]
            return previousUnits[unit.id] ?? rollup(unit.id, ownBudget: unit.budget, unallocated: nil)
        }
        var units: [String: UnitFigures] = [:]
        for (unit, figures) in zip(unitList, rolled) { units[unit.id] = figures }
        self.units = units
        org = rolled[unitList.count]
        leadership = Leadership(content: content, tree: tree, asOf: asOf, dora: teams.compactMapValues(\.dora))
        warnings = (teams.values.flatMap { $0.dora?.warnings ?? [] } + leadership.warnings).sorted()
    }

    /// The figures of `previous` over `content`, whose data and settings are the ones `previous`
    /// was computed from: only the Markdown of the teams in `changed` differs (`glasshouse serve`
    /// after a note edit). Nothing is computed again; the teams in `changed` are cut again.
    public init(sameDataAs previous: SiteFigures, content: Content, changed: Set<String>) {
        self = previous
        snapshot = Snapshot(content: content, asOf: previous.asOf, reusing: previous.snapshot, changed: changed)
    }
}
