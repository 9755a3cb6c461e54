import GlasshouseCore

/// Loads a team's DORA files (content.md §5): deployments.csv, changes.csv and incidents.csv, or
/// the summaries of dora.csv. Each file is streamed once; only the fields kept become strings.
enum DORALoader {
    /// The raw files of one team, as read (nil: the file does not exist).
    struct Files {
        var deployments: (path: String, input: CSVInput)?
        var changes: (path: String, input: CSVInput)?
        var incidents: (path: String, input: CSVInput)?
        var summaries: (path: String, input: CSVInput)?

        var isEmpty: Bool { deployments == nil && changes == nil && incidents == nil && summaries == nil }
    }

    /// nil when the team has no DORA files. `display` turns a content-relative path into the one shown in messages.
    static func load(team: String, files: Files, productionEnvironments: [String], display: (String) -> String, diagnostics: inout Diagnostics) -> DORAData? {
        guard !files.isEmpty else { return nil }
        var data = DORAData(source: files.summaries == nil ? .events : .summaries)
        if let summaries = files.summaries {
            for other in [files.deployments, files.changes].compactMap({ $0 }) {
                diagnostics.error(
                    display(other.path),
                    "a team gives DORA data either as events (deployments.csv, changes.csv) or as summaries (dora.csv), not both; remove one")
            }
            data.summariesFile = display(summaries.path)
            data.summaries = loadSummaries(summaries.input, file: data.summariesFile, diagnostics: &diagnostics)
        }
        let deploymentsName = files.deployments == nil ? "deployments.csv (the team has none)" : "deployments.csv"
        var deployments = DeploymentReferences(rows: [], index: IDIndex(capacity: 0), file: deploymentsName)
        if let file = files.deployments, files.summaries == nil {
            data.deploymentsFile = display(file.path)
            deployments = loadDeployments(
                file.input, file: data.deploymentsFile, team: team, production: Set(productionEnvironments), diagnostics: &diagnostics)
            data.deployments = deployments.rows
        }
        if let changes = files.changes, files.summaries == nil {
            data.changesFile = display(changes.path)
            data.changes = loadChanges(changes.input, file: data.changesFile, deployments: deployments, diagnostics: &diagnostics)
        }
        if let incidents = files.incidents {
            data.incidentsFile = display(incidents.path)
            data.incidents = loadIncidents(incidents.input, file: data.incidentsFile, deployments: deployments, diagnostics: &diagnostics)
        }
        return data
    }

    /// Status synonyms of content.md §5.1, lower-case.
    static let statuses: [(name: String, value: DeploymentStatus)] = [
        ("success", .success),
        ("failed", .failed), ("failure", .failed), ("rollback", .failed), ("rolled_back", .failed),
        ("aborted", .aborted), ("cancelled", .aborted), ("canceled", .aborted), ("skipped", .aborted),
    ]

    /// The deployments, with the index that found their duplicate ids and now serves changes.csv
    /// and incidents.csv.
    static func loadDeployments(
        _ input: CSVInput, file: String, team: String, production: Set<String>, diagnostics: inout Diagnostics
    ) -> DeploymentReferences {
        let environments = production.map { (name: $0, value: true) }
        let productionByDefault = production.contains("production")
        let read = readIdentified(input, file: file, kind: "deployment", at: "finished_at", diagnostics: &diagnostics) { row, id -> Deployment? in
            let finished = row.timestamp("finished_at", required: true)
            var status = DeploymentStatus.success
            if let field = row.field("status") {
                if let known = row.lowercased(field, in: statuses) {
                    status = known
                } else {
                    row.error(
                        "status",
                        "\"\(row.reader.string(field))\" is not a deployment status (expected success, failed, rollback or aborted; see the content format for synonyms)"
                    )
                }
            }
            // Compared as lower-cased bytes: no string is made for the environment of every row.
            let isProduction = row.field("environment").map { row.lowercased($0, in: environments) ?? false } ?? productionByDefault
            let rework = row.boolean("rework")
            guard let id, let finished else { return nil }
            return Deployment(
                id: id, finishedAt: finished, service: row.text("service") ?? team, production: isProduction, status: status, rework: rework, line: row.line)
        }
        return DeploymentReferences(rows: read.rows, index: read.index, file: "deployments.csv")
    }

    static func loadChanges(_ input: CSVInput, file: String, deployments: DeploymentReferences, diagnostics: inout Diagnostics) -> [Change] {
        readIdentified(input, file: file, kind: "change", at: "committed_at", diagnostics: &diagnostics) { row, _ in
            let committed = row.timestamp("committed_at", required: true)
            let deployment = row.deployment("deployment", in: deployments)
            return committed.map { Change(committedAt: $0, deployment: deployment, line: row.line) }
        }.rows
    }

    static func loadIncidents(_ input: CSVInput, file: String, deployments: DeploymentReferences, diagnostics: inout Diagnostics) -> [Incident] {
        readIdentified(input, file: file, kind: "incident", at: "opened_at", diagnostics: &diagnostics) { row, id -> Incident? in
            let opened = row.timestamp("opened_at", required: true)
            let restored = row.timestamp("restored_at", required: false)
            if let opened, let restored, restored < opened {
                row.error(
                    "restored_at", "\(row.text("restored_at")!) is before opened_at \(row.text("opened_at")!); an incident cannot be restored before it opened")
            }
            let cause = row.deployment("cause", in: deployments)
            guard let id, let opened else { return nil }
            return Incident(
                id: id, openedAt: opened, restoredAt: restored, service: row.text("service"), severity: row.text("severity"), cause: cause,
                summary: row.text("summary"), line: row.line)
        }.rows
    }

    /// Reads deployments.csv, changes.csv or incidents.csv, whose rows have unique ids and a
    /// required timestamp column `at`. `row` checks a record's other columns and makes its row
    /// (nil without its id or required fields). A record with any error is left out and its id
    /// goes to `index.refused`, so that a later duplicate and a reference to it are not reported
    /// again. Returns the rows and the index that finds them by id.
    static func readIdentified<Row: IdentifiedRow>(
        _ input: CSVInput, file: String, kind: String, at timestamp: String, diagnostics: inout Diagnostics, row make: (inout CSVRow, _ id: String?) -> Row?
    ) -> (rows: [Row], index: IDIndex) {
        // The index and the arrays are sized from the line count: grown by doubling, they would
        // hold up to twice what they need, and briefly three times. A row that does not keep its
        // id (a change) has it held here while the file is read, for the uniqueness check.
        let lines = input.lineCount
        var rows: [Row] = []
        rows.reserveCapacity(lines)
        var ids: [String] = []
        if !Row.keepsID { ids.reserveCapacity(lines) }
        var index = IDIndex(capacity: lines)
        CSVTable.read(input, file: file, required: ["id", timestamp], diagnostics: &diagnostics) { record in
            let id = record.requiredText("id")
            let made = make(&record, id)
            let isNew = record.checkUnique(id, of: kind, in: index, idAt: { rows[$0].keptID ?? ids[$0] }, lineAt: { rows[$0].line })
            guard record.isValid, let id, let made else {
                // Known but broken: references to it are not reported again as unknown (no cascade).
                if let id, isNew { index.refused[id] = record.line }
                return
            }
            rows.append(made)
            if !Row.keepsID { ids.append(id) }
            index.insert(rows.count - 1, idAt: { rows[$0].keptID ?? ids[$0] })
        }
        return (rows, index)
    }

    static func loadSummaries(_ input: CSVInput, file: String, diagnostics: inout Diagnostics) -> [DORASummary] {
        var summaries: [DORASummary] = []
        var firstLine: [SummaryPeriod: Int] = [:]
        var granularity: (weekly: Bool, line: Int)?
        CSVTable.read(input, file: file, required: ["period", "deployments"], diagnostics: &diagnostics) { row in
            var period: SummaryPeriod?
            if let text = row.requiredText("period") {
                period = parsePeriod(text)
                if period == nil { row.error("period", "\"\(text)\" is not an ISO week like 2026-W07 or a month like 2026-02") }
            }
            if let period {
                let weekly = if case .week = period { true } else { false }
                if let granularity, granularity.weekly != weekly {
                    row.error(
                        "period",
                        "\(period) is a \(weekly ? "week" : "month") but line \(granularity.line) gives a \(granularity.weekly ? "week" : "month"); one file uses one granularity"
                    )
                } else if granularity == nil {
                    granularity = (weekly, row.line)
                }
                if let first = firstLine[period] {
                    row.error("period", "\(period) is already summarised on line \(first); each period may appear once")
                }
            }
            let deployments = row.count("deployments", required: true)
            let failed = row.count("failed_deployments")
            let deployDays = row.count("deploy_days")
            let rework = row.count("rework_deployments")
            let lead = row.number("lead_time_p50_hours", minimum: 0)
            let changes = row.count("changes")
            let recovery = row.number("recovery_p50_hours", minimum: 0)
            let recoveries = row.count("recoveries")
            if let deployments {
                for (column, value) in [("failed_deployments", failed), ("rework_deployments", rework), ("deploy_days", deployDays)] {
                    if let value, value > deployments { row.error(column, "\(value) is more than the \(deployments) deployments of the period") }
                }
            }
            if let period, let deployDays, deployDays > period.days {
                row.error("deploy_days", "\(deployDays) is more than the \(period.days) days of \(period)")
            }
            guard row.isValid, let period, let deployments else { return }
            firstLine[period] = row.line
            summaries.append(
                DORASummary(
                    period: period, deployments: deployments, failedDeployments: failed, deployDays: deployDays, leadTimeP50Hours: lead,
                    changes: changes, recoveryP50Hours: recovery, recoveries: recoveries, reworkDeployments: rework, line: row.line
                ))
        }
        return summaries
    }

    /// `2026-W07` or `2026-02`.
    static func parsePeriod(_ text: String) -> SummaryPeriod? {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count, range.allSatisfy({ bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }) else { return nil }
            return Int(String(decoding: bytes[range], as: UTF8.self))
        }
        guard bytes.count >= 7, let year = number(0..<4), bytes[4] == UInt8(ascii: "-") else { return nil }
        if bytes.count == 8, bytes[5] == UInt8(ascii: "W") || bytes[5] == UInt8(ascii: "w"), let week = number(6..<8) {
            return ISOWeek(year: year, week: week).map(SummaryPeriod.week)
        }
        if bytes.count == 7, let month = number(5..<7), (1...12).contains(month) {
            return .month(Month(year: year, month: month))
        }
        return nil
    }
}

/// A team's deployments as changes.csv and incidents.csv refer to them: the rows, the index that
/// finds them by id (with the ids of refused rows), and the file's name for messages.
struct DeploymentReferences {
    var rows: [Deployment]
    var index: IDIndex
    var file: String
}

/// A row of deployments.csv, changes.csv or incidents.csv: the line it came from, and its id when
/// it keeps it (a change does not: its id only has to be unique within the file).
protocol IdentifiedRow {
    var line: Int { get }
    static var keepsID: Bool { get }
    /// Its id; nil for a row that does not keep it.
    var keptID: String? { get }
}

extension Deployment: IdentifiedRow {
    static var keepsID: Bool { true }
    var keptID: String? { id }
}

extension Incident: IdentifiedRow {
    static var keepsID: Bool { true }
    var keptID: String? { id }
}

extension Change: IdentifiedRow {
    static var keepsID: Bool { false }
    var keptID: String? { nil }
}

extension CSVRow {
    /// Reports `id` when an earlier row of the file has it (a row in `index`, or a refused one);
    /// returns whether it is new. The caller adds the row to the index, or to its refused ids.
    mutating func checkUnique(_ id: String?, of kind: String, in index: IDIndex, idAt: (Int) -> String, lineAt: (Int) -> Int) -> Bool {
        guard let id else { return false }
        guard let first = index.position(of: id, idAt: idAt).map(lineAt) ?? index.refused[id] else { return true }
        error("id", "\"\(id)\" is already the id of the \(kind) on line \(first); ids must be unique within the file")
        return false
    }

    /// The deployment a column refers to (nil when empty); an id not in deployments.csv is an error
    /// that suggests the nearest id. A deployment whose own row had an error is not reported again.
    mutating func deployment(_ column: String, in deployments: DeploymentReferences) -> Int? {
        guard let reference = text(column) else { return nil }
        guard let index = deployments.index.position(of: reference, idAt: { deployments.rows[$0].id }) else {
            if deployments.index.refused[reference] == nil {
                error(
                    column,
                    "\"\(reference)\" is not the id of a deployment in \(deployments.file)" + Suggestion.text(for: reference, among: deployments.rows.map(\.id))
                )
            }
            return nil
        }
        return index
    }
}
