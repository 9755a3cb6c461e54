import GlasshouseCore

/// The figure a target measures, for a team or a unit, as of any day: the whole computation run
/// again with that day as D (observed span and staleness included), so a baseline is the figure
/// as it stood on the day the target was set (metrics.md §7).
struct TargetFigures {
    let content: Content
    let tree: OrgTree
    let teams: [String: Team]

    init(content: Content, tree: OrgTree) {
        (self.content, self.tree) = (content, tree)
        teams = Dictionary(uniqueKeysWithValues: content.teams.map { ($0.id, $0) })
    }

    func series(_ day: Day) -> PeriodSeries {
        PeriodSeries(asOf: day, windowDays: content.config.windowDays, historyWeeks: 1, historyMonths: 1)
    }

    /// The team's `kinds` of data as they stood at the end of `day`: the same cut as the build's own
    /// (`Snapshot`), of only the streams the figure reads.
    func cut(_ team: Team, _ day: Day, _ kinds: [DataKind]) -> Team {
        Snapshot.cut(team, at: day, zone: content.config.timezone, kinds: kinds).0
    }

    func dora(_ team: Team, _ day: Day) -> TeamDORA? {
        DORAEngine.team(
            cut(team, day, [.dora, .incidents]).dora, series: series(day), zone: content.config.timezone, benchmark: content.benchmark,
            since: team.doraSince, staleAfterDays: content.config.staleAfterDays)
    }

    /// `scope`: a team id or a unit id.
    func figure(scope: String, _ metric: TargetMetric, _ day: Day) -> Double? {
        if let team = teams[scope] { return teamFigure(team, metric, day) }
        return unitFigure(tree.subtreeTeams(of: scope).compactMap { teams[$0] }, metric, day)
    }

    func teamFigure(_ team: Team, _ metric: TargetMetric, _ day: Day) -> Double? {
        switch metric {
        case .deploymentFrequency, .leadTime, .changeFailureRate, .recoveryTime, .reworkRate:
            return Self.doraValue(metric, dora(team, day)?.report.window.figures)
        case .slo(let id):
            guard let data = cut(team, day, [.slos]).slo else { return nil }
            let slos = SLOEngine.figures(data, series: series(day), zone: content.config.timezone).slos
            return slos.first { $0.slo.id == id }?.attainment.map { $0 * 100 }
        case .calms(let pillar):
            guard let assessments = cut(team, day, [.calms]).calms, let latest = CALMSEngine.team(assessments, asOf: day).latest else { return nil }
            return pillar.map(latest.score) ?? CALMSEngine.overall(latest)
        case .cost:
            return monthTotal(team, TargetEngine.lastCompleteMonth(by: day), day)
        }
    }

    func unitFigure(_ members: [Team], _ metric: TargetMetric, _ day: Day) -> Double? {
        switch metric {
        case .deploymentFrequency, .leadTime, .changeFailureRate, .recoveryTime, .reworkRate:
            let computed = members.map { dora($0, day) }
            guard computed.contains(where: { $0 != nil }) else { return nil }
            return Self.doraValue(metric, DORAEngine.pool(computed, series: series(day)).window.figures)
        case .slo:
            return nil  // teams only (rejected when loading)
        case .calms(let pillar):
            let figures = members.compactMap { cut($0, day, [.calms]).calms.map { CALMSEngine.team($0, asOf: day) } }
            guard let summary = CALMSEngine.summary(figures) else { return nil }
            return pillar.map { summary.scores[Pillar.allCases.firstIndex(of: $0)!] } ?? summary.overall
        case .cost:
            let month = TargetEngine.lastCompleteMonth(by: day)
            let totals = members.compactMap { monthTotal($0, month, day) }
            return totals.isEmpty ? nil : totals.reduce(0, +)
        }
    }

    /// A team's cost total of `month` as known on `day`; nil when the month has no rows.
    func monthTotal(_ team: Team, _ month: Month, _ day: Day) -> Double? {
        guard let rows = cut(team, day, [.costs]).costs else { return nil }
        return CostSums(rows).months[month]?.total
    }

    static func doraValue(_ metric: TargetMetric, _ figures: DORAFigures?) -> Double? {
        switch metric {
        case .deploymentFrequency: DORAChange.value(.deploymentFrequency, figures)
        case .leadTime: DORAChange.value(.leadTime, figures)
        case .changeFailureRate: DORAChange.value(.changeFailureRate, figures)
        case .recoveryTime: DORAChange.value(.recoveryTime, figures)
        case .reworkRate: figures?.reworkRate
        default: nil
        }
    }
}
