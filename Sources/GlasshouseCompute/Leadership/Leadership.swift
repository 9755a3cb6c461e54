import GlasshouseCore

/// What the leadership view adds for one team, unit or the org: the events drawn on its charts,
/// its targets (the org: every target of the site) and, for units and the org, what changed most.
public struct ScopeLeadership: Sendable {
    public var events: [DatedEvent] = []
    public var targets: [TargetResult] = []
    /// Units and the org only (metrics.md §8).
    public var changes: [NotableChange] = []
}

/// Events, targets, what changed most and the state of the DORA feeds of a build.
///
/// Withheld sections stay withheld (`Visibility.of`): a team's target on a withheld section is
/// listed nowhere, and a team whose DORA is withheld is left out of `changes` (its figures still
/// count in pools).
public struct Leadership: Sendable {
    public let teams: [String: ScopeLeadership]
    public let units: [String: ScopeLeadership]
    public let org: ScopeLeadership
    public let feeds: DORAFeeds
    /// A warning per team whose DORA data stopped (the pipeline adds one when D is past most data).
    public let warnings: [Diagnostic]

    public init(content: Content, tree: OrgTree, asOf: Day, dora: [String: TeamDORA]) {
        let figures = TargetFigures(content: content, tree: tree)
        func results(_ targets: [Target]) -> [TargetResult] {
            targets.map { target in TargetEngine.result(target, asOf: asOf) { figures.figure(scope: target.scope, $0, $1) } }
        }
        var teams: [String: ScopeLeadership] = [:]
        var all: [TargetResult] = []
        for team in content.teams {
            let visible = team.targets.filter { $0.since <= asOf && Visibility.of(Self.section(of: $0.metric), team) != .withheld }
            let targets = results(visible)
            all += targets
            teams[team.id] = ScopeLeadership(events: EventScopes.team(team, content: content, tree: tree, asOf: asOf), targets: targets)
        }
        let published = content.teams.filter { Visibility.of(.dora, $0) == .shown }.compactMap { team in dora[team.id].map { (id: team.id, report: $0.report) }
        }
        func changes(_ members: [String]) -> [NotableChange] {
            let set = Set(members)
            return WhatChanged.list(published.filter { set.contains($0.id) })
        }
        var units: [String: ScopeLeadership] = [:]
        for unit in tree.units {
            let targets = results(unit.targets.filter { $0.since <= asOf })
            all += targets
            units[unit.id] = ScopeLeadership(
                events: EventScopes.unit(unit.id, content: content, tree: tree, asOf: asOf), targets: targets,
                changes: changes(tree.subtreeTeams(of: unit.id)))
        }
        self.teams = teams
        self.units = units
        org = ScopeLeadership(events: EventScopes.org(content, asOf: asOf), targets: all, changes: changes(tree.subtreeTeams(of: nil)))

        let stale = dora.filter { $0.value.report.span?.stale == true }.keys.sorted()
        feeds = DORAFeeds(stale: stale, teamsWithData: dora.count)
        var warnings: [Diagnostic] = []
        for id in stale {
            let team = content.teams.first { $0.id == id }!, span = dora[id]!.report.span!
            warnings.append(
                Diagnostic(
                    .warning, file: Self.doraFile(team.dora!), field: nil,
                    message:
                        "DORA data of \(id) stopped: no record since \(span.to), \(span.to.distance(to: asOf)) days before the as-of day \(asOf); its figures cover \(span.from.map { "\($0) – " } ?? "")\(span.to) only"
                ))
        }
        self.warnings = warnings
    }

    /// The section a target's figure belongs to, for withheld sections.
    static func section(of metric: TargetMetric) -> Section {
        switch metric {
        case .deploymentFrequency, .leadTime, .changeFailureRate, .recoveryTime, .reworkRate: .dora
        case .slo: .slos
        case .calms: .calms
        case .cost: .costs
        }
    }

    static func doraFile(_ data: DORAData) -> String {
        data.source == .summaries ? data.summariesFile : [data.deploymentsFile, data.changesFile, data.incidentsFile].first { !$0.isEmpty } ?? ""
    }
}
