import GlasshouseCompute
import GlasshouseCore
import GlasshouseLoad

/// Builds DORA data for hand-computed tests: timestamps as text, deployments by id.
struct DORAFixture {
    var data = DORAData(source: .events)
    var zone = SiteZone.utc

    static func at(_ text: String) -> Instant {
        guard case .instant(let instant) = Timestamps.parse(text) else { fatalError("bad fixture timestamp \(text)") }
        return instant
    }

    mutating func deploy(
        _ id: String, _ finished: String, service: String = "api", status: DeploymentStatus = .success, production: Bool = true, rework: Bool = false
    ) {
        data.deployments.append(
            Deployment(
                id: id, finishedAt: Self.at(finished), service: service, production: production, status: status, rework: rework,
                line: data.deployments.count + 2))
    }

    func index(_ id: String) -> Int { data.deployments.firstIndex { $0.id == id }! }

    /// `name` labels the change in the test only: a change keeps no id (`Change`).
    mutating func change(_ name: String, _ committed: String, deployment: String?) {
        data.changes.append(Change(committedAt: Self.at(committed), deployment: deployment.map(index), line: data.changes.count + 2))
    }

    mutating func incident(_ id: String, _ opened: String, restored: String? = nil, cause: String? = nil) {
        data.incidents.append(
            Incident(id: id, openedAt: Self.at(opened), restoredAt: restored.map(Self.at), cause: cause.map(index), line: data.incidents.count + 2))
    }

    /// The data cut at D as every build cuts it (`Snapshot`), and how many rows the cut ignored.
    func cut(asOf: Day) -> (data: DORAData, ignored: Int) {
        var team = Team(id: "x", name: "X")
        team.dora = data
        let (cut, ignored) = Snapshot.cut(team, at: asOf, zone: zone)
        return (cut.dora!, ignored.map(\.count).reduce(0, +))
    }

    /// By default the team's data covers every day since 2020 and never goes stale, so that the
    /// figures of one rule are not affected by the observed span (metrics.md §2.10, tested apart).
    func compute(
        asOf: Day, windowDays: Int = 28, weeks: Int = 4, months: Int = 3, benchmark: Benchmark = .dora2023,
        since: Day? = Day(year: 2020, month: 1, day: 1)!, staleAfterDays: Int = 100_000
    ) -> TeamDORA {
        let series = PeriodSeries(asOf: asOf, windowDays: windowDays, historyWeeks: weeks, historyMonths: months)
        return DORAEngine.team(cut(asOf: asOf).data, series: series, zone: zone, benchmark: benchmark, since: since, staleAfterDays: staleAfterDays)!
    }
}

/// Cost rows as every build cuts them at D (`Snapshot`).
func cutCosts(_ rows: [CostRow], at asOf: Day) -> [CostRow] {
    var team = Team(id: "x", name: "X")
    team.costs = rows
    return Snapshot.cut(team, at: asOf, zone: .utc).0.costs!
}

/// SLI rows as every build cuts them at D (`Snapshot`).
func cutSLIs(_ data: SLOData, at asOf: Day, zone: SiteZone) -> SLOData {
    var team = Team(id: "x", name: "X")
    team.slo = data
    return Snapshot.cut(team, at: asOf, zone: zone).0.slo!
}

/// CALMS assessments as every build cuts them at D (`Snapshot`).
func cutCALMS(_ assessments: [CALMSAssessment], at asOf: Day) -> [CALMSAssessment] {
    var team = Team(id: "x", name: "X")
    team.calms = assessments
    return Snapshot.cut(team, at: asOf, zone: .utc).0.calms!
}

func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

/// Equal within a relative 1e-12, for figures computed by division.
func close(_ a: Double?, _ b: Double?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return abs(a - b) <= 1e-12 * max(1, abs(b))
}
