import GlasshouseCore
import GlasshouseLoad

/// Simulates a team's delivery day by day and writes its DORA files (content.md §5): production,
/// staging and aborted deployments, changes with lead times, failures that are rolled back or
/// that cause incidents, external incidents, open ones near the end, or weekly summaries.
struct SampleDORA {
    let team: SampleTeam
    let start: Day
    let end: Day
    var random: SampleRandom
    /// Restored sev1 incidents, worth a postmortem: (id, day opened in UTC, summary). Filled by `files()`.
    private(set) var notable: [(id: String, day: Day, summary: String)] = []

    private struct DeploymentRow {
        var id = ""
        var at: Instant
        var service: String
        var environment = "production"
        var status = "success"
        var rework = false
        var offset: String
    }

    private struct IncidentRow {
        var id: String
        var opened: Instant
        var restored: Instant?
        var service: String
        var severity: String
        var cause: String?
        var summary: String
        var offset: String
    }

    /// File name → contents; empty for a team without DORA data.
    mutating func files() -> [String: String] {
        switch team.profile {
        case .none: return [:]
        case .summaries: return ["dora.csv": summaries()]
        default: return events()
        }
    }

    private var endInstant: Instant { SampleText.instant(end.advanced(by: 1), minute: 0, offset: team.offset) }

    private mutating func events() -> [String: String] {
        let profile = team.profile
        var deployments: [DeploymentRow] = []
        var causes: [(deployment: Int, opened: Instant, restored: Instant?, severity: String)] = []
        var incidents: [IncidentRow] = []
        let prefix = team.code
        let incidentPrefix = team.code.uppercased()
        let failureSummaries = [
            "Error rate above SLO after release", "Latency regression after deploy", "Bad configuration pushed", "Memory leak in new build",
            "Schema migration locked a table",
        ]
        let externalSummaries = [
            "Cloud provider network degradation", "Upstream payment provider outage", "Certificate expired on a partner endpoint",
            "Disk pressure on shared nodes", "DNS resolution failures at the provider",
        ]

        var day = team.doraStartsDaysBeforeEnd.map { max(start, end.advanced(by: -$0)) } ?? start
        let last = team.doraStopsDaysBeforeEnd.map { end.advanced(by: -$0) } ?? end
        while day <= last {
            defer { day = day.advanced(by: 1) }
            let weekend = day.weekday >= 6
            if weekend && !(profile == .elite && random.chance(0.3)) { continue }
            if random.chance(0.012) {
                let opened = SampleText.instant(day, minute: random.int(0...1439), offset: team.offset)
                let restored = opened.adding(hours: random.logNormal(median: max(profile.traits.recoveryHours, 0.5) * 1.5))
                incidents.append(
                    IncidentRow(
                        id: "", opened: opened, restored: restored < endInstant ? restored : nil, service: random.pick(team.services),
                        severity: random.pick(["sev2", "sev3", "sev3"]), cause: nil, summary: random.pick(externalSummaries), offset: team.offset))
            }
            guard random.chance(profile.traits.deployChance) else { continue }
            for _ in 0..<random.int(1...profile.traits.mostDeploys) {
                let at = SampleText.instant(day, minute: random.int(8 * 60...18 * 60), offset: team.offset)
                let service = random.pick(team.services)
                if random.chance(0.3) {
                    deployments.append(
                        DeploymentRow(
                            at: at.adding(hours: -Double(random.int(20...90)) / 60), service: service, environment: random.pick(["staging", "Staging", "qa"]),
                            offset: team.offset))
                }
                if random.chance(0.04) {
                    deployments.append(DeploymentRow(at: at, service: service, status: random.pick(["aborted", "cancelled", "skipped"]), offset: team.offset))
                    continue
                }
                var row = DeploymentRow(at: at, service: service, offset: team.offset)
                if random.chance(profile.traits.failure) {
                    let recovery = random.logNormal(median: profile.traits.recoveryHours)
                    if random.chance(0.55) {
                        row.status = random.pick(["failed", "rollback", "rolled_back", "failure"])
                        let fix = at.adding(hours: recovery)
                        if fix < endInstant {
                            deployments.append(DeploymentRow(at: fix, service: service, rework: true, offset: team.offset))
                        }
                    } else {
                        let opened = at.adding(hours: Double(random.int(5...50)) / 60)
                        let restored = opened.adding(hours: recovery)
                        causes.append((deployments.count, opened, restored < endInstant ? restored : nil, random.pick(["sev1", "sev2", "sev2", "sev3"])))
                    }
                }
                deployments.append(row)
            }
        }
        // An incident still open at the end, for the slower teams.
        if (profile == .medium || profile == .low) && team.doraStopsDaysBeforeEnd == nil {
            let opened = SampleText.instant(end.advanced(by: -2), minute: 14 * 60 + 20, offset: team.offset)
            incidents.append(
                IncidentRow(
                    id: "", opened: opened, restored: nil, service: team.services[0], severity: "sev2", cause: nil,
                    summary: "Intermittent 502s from \(team.services[0])", offset: team.offset))
        }

        // Ids in time order; causes refer to deployments by position before sorting.
        let order = deployments.indices.sorted { (deployments[$0].at, $0) < (deployments[$1].at, $1) }
        var idOf: [Int: String] = [:]
        for (rank, index) in order.enumerated() {
            let id = "\(prefix)-\(10_000 + rank)"
            idOf[index] = id
            deployments[index].id = id
        }
        for cause in causes {
            incidents.append(
                IncidentRow(
                    id: "", opened: cause.opened, restored: cause.restored, service: deployments[cause.deployment].service,
                    severity: cause.severity, cause: idOf[cause.deployment], summary: random.pick(failureSummaries), offset: team.offset))
        }
        incidents.sort { $0.opened < $1.opened }
        for index in incidents.indices { incidents[index].id = "\(incidentPrefix)-\(index + 101)" }

        var deploymentsCSV = "id,finished_at,service,environment,status,rework\n"
        var changesCSV = "id,committed_at,deployment\n"
        // (finished, CSV line, id, whether it shipped changes to production)
        var rows: [(at: Instant, line: String, id: String, ships: Bool)] = order.map { index in
            let row = deployments[index]
            let ships = row.environment == "production" && !["aborted", "cancelled", "skipped"].contains(row.status)
            return (row.at, Self.line(row), row.id, ships)
        }
        for anchor in team.anchors ?? [] {
            let at = Self.instant(anchor.deployment.finishedAt)
            rows.append(
                (
                    at, SampleText.csv([anchor.deployment.id, anchor.deployment.finishedAt, anchor.deployment.service, "production", "success", "false"]),
                    anchor.deployment.id, true
                ))
        }
        rows.sort { $0.at < $1.at }
        for (at, line, id, ships) in rows {
            deploymentsCSV += line
            guard ships else { continue }
            for _ in 0..<random.int(1...4) {
                let committed = at.adding(hours: -max(0.05, random.logNormal(median: team.profile.traits.leadHours)))
                changesCSV += SampleText.csv([random.hex(12), SampleText.timestamp(committed, offset: team.offset), id])
            }
        }
        for _ in 0..<random.int(2...5) {
            let committed = SampleText.instant(
                team.doraStopsDaysBeforeEnd.map { end.advanced(by: -$0) } ?? end, minute: random.int(9 * 60...17 * 60), offset: team.offset)
            changesCSV += SampleText.csv([random.hex(12), SampleText.timestamp(committed, offset: team.offset), ""])
        }

        var incidentsCSV = "id,opened_at,restored_at,service,severity,cause,summary\n"
        var incidentRows = incidents.map { row in
            (
                row.opened,
                SampleText.csv([
                    row.id, SampleText.timestamp(row.opened, offset: row.offset), row.restored.map { SampleText.timestamp($0, offset: row.offset) } ?? "",
                    row.service, row.severity, row.cause ?? "", row.summary,
                ])
            )
        }
        for anchor in team.anchors ?? [] {
            incidentRows.append(
                (
                    Self.instant(anchor.incident.openedAt),
                    SampleText.csv([
                        anchor.incident.id, anchor.incident.openedAt, anchor.incident.restoredAt, anchor.deployment.service, anchor.incident.severity,
                        anchor.deployment.id, anchor.incident.summary,
                    ])
                ))
        }
        incidentRows.sort { $0.0 < $1.0 }
        incidentsCSV += incidentRows.map(\.1).joined()
        notable =
            (team.anchors ?? []).map { ($0.incident.id, SiteZone.utc.day(of: Self.instant($0.incident.openedAt)), $0.incident.summary) }
            + incidents.filter { $0.severity == "sev1" && $0.restored != nil }.map { ($0.id, SiteZone.utc.day(of: $0.opened), $0.summary) }
        return ["deployments.csv": deploymentsCSV, "changes.csv": changesCSV, "incidents.csv": incidentsCSV]
    }

    private static func line(_ row: DeploymentRow) -> String {
        SampleText.csv([row.id, SampleText.timestamp(row.at, offset: row.offset), row.service, row.environment, row.status, row.rework ? "true" : "false"])
    }

    private mutating func summaries() -> String {
        var text = "period,deployments,failed_deployments,deploy_days,lead_time_p50_hours,changes,recovery_p50_hours,recoveries,rework_deployments\n"
        var week = start.isoWeek
        while week.monday <= end {
            defer { week = week.advanced(by: 1) }
            let deployments = random.int(1...8)
            let failed = random.chance(0.35) ? 1 : 0
            let deployDays = random.chance(0.2) ? "" : String(min(deployments, random.int(1...5)))
            let lead = SampleText.hours(random.logNormal(median: 40, spread: 0.35))
            let changes = String(deployments * random.int(2...4))
            let recovery = failed > 0 ? SampleText.hours(random.logNormal(median: 7, spread: 0.5)) : ""
            text += SampleText.csv([
                week.description, String(deployments), String(failed), deployDays, lead, changes, recovery,
                failed > 0 ? "1" : "", String(failed),
            ])
        }
        return text
    }

    /// An anchor's timestamp, written by hand in SampleOrg and always valid.
    private static func instant(_ text: String) -> Instant {
        guard case .instant(let instant) = Timestamps.parse(text) else { preconditionFailure("invalid anchor timestamp \(text)") }
        return instant
    }
}

extension Instant {
    /// This instant moved by a number of hours.
    func adding(hours: Double) -> Instant { Instant(microseconds: microseconds + Int64((hours * 3_600_000_000).rounded())) }
}
