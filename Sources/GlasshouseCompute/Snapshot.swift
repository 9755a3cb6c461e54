import GlasshouseCore

/// Rows of one file dated after the end of D, ignored (content.md §2).
public struct IgnoredRows: Sendable, Equatable {
    public var kind: DataKind
    /// Content-relative, like `teams/payments/deployments.csv`: the same however `--content` was typed.
    public var file: String
    public var count: Int

    public init(kind: DataKind, file: String, count: Int) { (self.kind, self.file, self.count) = (kind, file, count) }
}

/// The data as it stood at the end of D: the one place the as-of cut is made (content.md §2,
/// "nothing after the end of D exists"). Every stream of every team is cut once, before any
/// engine runs; the engines and the presenters receive the cut data and never cut again.
///
/// Cut: deployments finished, changes committed, incidents opened and SLI buckets started after
/// D; summaries whose period starts after D; cost rows of months after D's month; CALMS
/// assessments dated after D. A restoration after D has not happened yet: the incident is open.
public struct Snapshot: Sendable {
    public let asOf: Day
    /// The content with every team cut at D (downloads stay whole: they are the files as given).
    public let content: Content
    /// What the cut dropped, by team id; teams that lost nothing are absent.
    public let ignored: [String: [IgnoredRows]]

    /// `reusing` (`glasshouse serve`): an earlier snapshot of the same settings at the same day;
    /// teams not in `changed` are taken from it as they were cut then, not cut again.
    public init(content: Content, asOf: Day, reusing previous: Snapshot? = nil, changed: Set<String> = []) {
        self.asOf = asOf
        var cut = content
        var ignored: [String: [IgnoredRows]] = [:]
        let earlier =
            previous.flatMap { $0.asOf == asOf ? Dictionary($0.content.teams.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }) : nil } ?? [:]
        for index in cut.teams.indices {
            let id = content.teams[index].id
            if !changed.contains(id), let team = earlier[id] {
                cut.teams[index] = team
                if let rows = previous?.ignored[id] { ignored[id] = rows }
                continue
            }
            let rows: [IgnoredRows]
            (cut.teams[index], rows) = Self.cut(content.teams[index], at: asOf, zone: content.config.timezone)
            if !rows.isEmpty { ignored[cut.teams[index].id] = rows }
        }
        cut.unallocatedCosts = content.unallocatedCosts.filter { $0.month <= asOf.month }
        self.content = cut
        self.ignored = ignored
    }

    /// One team as it stood at the end of `day`, and the rows that did not exist yet, per kind and file.
    /// `kinds`: the streams to cut (a target's figure needs one; the others are left as they are, uncut).
    public static func cut(_ team: Team, at day: Day, zone: SiteZone, kinds: [DataKind] = DataKind.allCases) -> (Team, [IgnoredRows]) {
        var team = team
        var ignored: [IgnoredRows] = []
        func count(_ kind: DataKind, _ file: String, _ dropped: Int) {
            if dropped > 0 { ignored.append(IgnoredRows(kind: kind, file: "teams/\(team.id)/\(file)", count: dropped)) }
        }
        for kind in kinds {
            switch kind {
            case .dora:
                guard var data = team.dora else { continue }
                // Arrays with nothing to cut are kept as they are: the cut content then shares its
                // rows with the loaded content instead of holding a second copy of them.
                // Deployments after D go; changes and incidents keep pointing at the same deployments.
                if data.deployments.contains(where: { zone.day(of: $0.finishedAt) > day }) {
                    let kept = data.deployments.indices.filter { zone.day(of: data.deployments[$0].finishedAt) <= day }
                    let newIndex = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($0.element, $0.offset) })
                    count(.dora, "deployments.csv", data.deployments.count - kept.count)
                    data.deployments = kept.map { data.deployments[$0] }
                    data.changes = data.changes.map { change in
                        var change = change
                        change.deployment = change.deployment.flatMap { newIndex[$0] }
                        return change
                    }
                    data.incidents = data.incidents.map { incident in
                        var incident = incident
                        incident.cause = incident.cause.flatMap { newIndex[$0] }
                        return incident
                    }
                }
                if data.changes.contains(where: { zone.day(of: $0.committedAt) > day }) {
                    let changes = data.changes.count
                    data.changes.removeAll { zone.day(of: $0.committedAt) > day }
                    count(.dora, "changes.csv", changes - data.changes.count)
                }
                if data.summaries.contains(where: { $0.period.firstDay > day }) {
                    let summaries = data.summaries.count
                    data.summaries.removeAll { $0.period.firstDay > day }
                    count(.dora, "dora.csv", summaries - data.summaries.count)
                }
                team.dora = data
            case .incidents:
                guard var data = team.dora else { continue }
                let after = { (instant: Instant) in zone.day(of: instant) > day }
                guard data.incidents.contains(where: { after($0.openedAt) || $0.restoredAt.map(after) == true }) else { continue }
                let incidents = data.incidents.count
                data.incidents = data.incidents.filter { !after($0.openedAt) }.map { incident in
                    var incident = incident
                    if let restored = incident.restoredAt, after(restored) { incident.restoredAt = nil }
                    return incident
                }
                count(.incidents, "incidents.csv", incidents - data.incidents.count)
                team.dora = data
            case .slos:
                guard var data = team.slo else { continue }
                let after = { (row: SLIRow) -> Bool in
                    switch row.start {
                    case .day(let date): date > day
                    case .instant(let instant): zone.day(of: instant) > day
                    }
                }
                guard data.sli.contains(where: after) else { continue }
                let rows = data.sli.count
                data.sli.removeAll(where: after)
                count(.slos, "sli.csv", rows - data.sli.count)
                team.slo = data
            case .costs:
                guard let rows = team.costs else { continue }
                team.costs = rows.filter { $0.month <= day.month }
                count(.costs, "costs", rows.count - team.costs!.count)
            case .calms:
                guard let assessments = team.calms else { continue }
                team.calms = assessments.filter { $0.date <= day }
                count(.calms, "calms.yaml", assessments.count - team.calms!.count)
            }
        }
        return (team, ignored)
    }
}
