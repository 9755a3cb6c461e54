import GlasshouseCore

/// PagerDuty incidents: `GET /incidents` responses and the web UI's incident CSV export.
enum PagerDutyImporter {
    /// JSON: id → id, created_at → opened_at, resolved_at (else last_status_change_at of a resolved
    /// incident) → restored_at, priority.summary (else urgency) → severity, service.summary → service,
    /// title → summary. CSV: the same by the export's column names. `cause` is never set (PagerDuty
    /// does not know which deployment caused an incident), so a cause written by hand is kept.
    static func incidents(_ files: [SourceFile], options: ImportOptions) throws(ImportFailure) -> ImportedData {
        try IncidentRows.read(
            files, wrapper: "incidents",
            json: { record throws(ImportFailure) in
                let status = record.text("status")?.lowercased()
                var restored = try record.time("resolved_at") ?? ""
                if restored.isEmpty, status == "resolved" { restored = try record.time("last_status_change_at") ?? "" }
                if status != nil, status != "resolved" { restored = "" }
                guard let opened = try record.time("created_at") else { throw record.failure("created_at", "is missing") }
                return IncidentRow(
                    id: try record.required("id"), opened: opened, restored: restored,
                    severity: record.text(path: ["priority", "summary"]) ?? record.text("urgency") ?? "",
                    summary: record.text("title") ?? record.text("summary") ?? "",
                    service: options.service ?? record.text(path: ["service", "summary"]) ?? "")
            },
            csv: IncidentRows.CSVColumns(
                id: ["id", "incident id", "incident_id", "incident_number", "incident number"],
                opened: ["created_on", "created_at", "created at", "created"], openedField: "created_on",
                source: "PagerDuty incident export"),
            { record, start throws(ImportFailure) in
                let opened = try SourceTime.normalize(start.opened, naive: .rejected, file: start.file, position: start.position, field: "created_on")
                var restored = ""
                if let text = record.value("resolved_on", "resolved_at", "resolved at", "resolved") {
                    restored = try SourceTime.normalize(text, naive: .rejected, file: start.file, position: start.position, field: "resolved_on")
                }
                if let status = record.value("status")?.lowercased(), status != "resolved" { restored = "" }
                return IncidentRow(
                    id: start.id, opened: opened, restored: restored,
                    severity: record.value("priority", "priority_name", "priority name", "urgency") ?? "",
                    summary: record.value("description", "title", "summary") ?? "",
                    service: options.service ?? record.value("service_name", "service name", "service") ?? "")
            })
    }
}

/// Opsgenie: `GET /v1/incidents` and `GET /v2/alerts` responses (`data`), and the alert CSV export.
enum OpsgenieImporter {
    /// JSON: id → id, createdAt → opened_at, priority → severity, message → summary. restored_at:
    /// for an alert, createdAt + report.closeTime (milliseconds); for a resolved or closed incident,
    /// which the list API gives no resolve time for, its updatedAt. Open ones have an empty restored_at.
    /// CSV: the same by the export's column names (TinyId/Alias/Message/Status/Priority/CreatedAt/
    /// ClosedAt or UpdatedAt); times may be ISO 8601 or milliseconds since 1970.
    static func incidents(_ files: [SourceFile], options: ImportOptions) throws(ImportFailure) -> ImportedData {
        try IncidentRows.read(
            files, wrapper: "data",
            json: { record throws(ImportFailure) in
                guard let opened = try record.time("createdAt") else { throw record.failure("createdAt", "is missing") }
                let status = record.text("status")?.lowercased() ?? ""
                var restored = ""
                if ["closed", "resolved"].contains(status) {
                    if let close = record.text(path: ["report", "closeTime"]), let milliseconds = Int64(close) {
                        restored = SourceTime.iso(Instant(microseconds: SourceTime.instant(opened)!.microseconds + milliseconds * 1000))
                    } else if let updated = try record.time("updatedAt") {
                        restored = updated
                    }
                }
                return IncidentRow(
                    id: try record.required("id"), opened: opened, restored: restored,
                    severity: record.text("priority") ?? "", summary: record.text("message") ?? "", service: options.service)
            },
            csv: IncidentRows.CSVColumns(
                id: ["id", "alertid", "alert id", "tinyid", "tiny id"],
                opened: ["createdat", "created at", "created_at", "createdatdate"], openedField: "CreatedAt",
                source: "Opsgenie export"),
            { record, start throws(ImportFailure) in
                let opened = try time(start.opened, file: start.file, position: start.position, field: "CreatedAt")
                let status = record.value("status")?.lowercased() ?? ""
                var restored = ""
                if ["closed", "resolved"].contains(status),
                    let text = record.value("closedat", "closed at", "closed_at", "resolvedat", "updatedat", "updated at")
                {
                    restored = try time(text, file: start.file, position: start.position, field: "ClosedAt")
                }
                return IncidentRow(
                    id: start.id, opened: opened, restored: restored,
                    severity: record.value("priority") ?? "", summary: record.value("message") ?? "", service: options.service)
            })
    }

    /// ISO 8601 with an offset, or milliseconds since 1970.
    static func time(_ text: String, file: String, position: String, field: String) throws(ImportFailure) -> String {
        if text.allSatisfy(\.isNumber), let milliseconds = Int64(text) { return SourceTime.fromMilliseconds(milliseconds) }
        return try SourceTime.normalize(text, naive: .rejected, file: file, position: position, field: field)
    }
}

/// An incidents.csv row as every incident source gives it, from JSON or from a CSV export.
struct IncidentRow {
    var id: String
    var opened: String
    var restored: String
    var severity: String
    var summary: String
    /// nil leaves the column unset, so a service written by hand in the team's file is kept.
    var service: String?

    var row: ImportedRow {
        var values = ["id": id, "opened_at": opened, "restored_at": restored, "severity": severity, "summary": summary]
        if let service { values["service"] = service }
        return ImportedRow(values)
    }
}

/// The reading every incident importer shares: each file is a JSON response (records under
/// `wrapper`) or a CSV export whose id and opening-time columns are required in the header and
/// in every record; the source's own rules turn a record into an `IncidentRow`.
enum IncidentRows {
    /// The header aliases of a CSV export's required columns, and how failures name them.
    struct CSVColumns {
        var id: [String]
        var opened: [String]
        var openedField: String
        var source: String
    }

    /// A CSV record's required values, with where it is.
    struct CSVStart {
        var file: String
        var position: String
        var id: String
        var opened: String
    }

    static func read(
        _ files: [SourceFile], wrapper: String, json: (SourceRecords.Record) throws(ImportFailure) -> IncidentRow,
        csv columns: CSVColumns, _ csv: (SourceCSV.Record, CSVStart) throws(ImportFailure) -> IncidentRow
    ) throws(ImportFailure) -> ImportedData {
        var data = ImportedData()
        for file in files {
            if ImportSource.looksLikeJSON(file.bytes) {
                let document = try JSONValue.parse(file.bytes, file: file.name)
                for record in try SourceRecords.objects(document, file: file.name, wrappers: [wrapper]) {
                    data.add(try json(record).row, to: .incidents)
                }
            } else {
                let table = try SourceCSV.read(file.bytes, file: file.name)
                try table.require([columns.id, columns.opened], file: file.name, source: columns.source)
                for record in table.records {
                    let position = "\(record.line)"
                    guard let id = record.value(columns.id) else {
                        throw ImportFailure(file: file.name, position: position, message: "id: is empty")
                    }
                    guard let opened = record.value(columns.opened) else {
                        throw ImportFailure(file: file.name, position: position, message: "\(columns.openedField): is empty")
                    }
                    data.add(try csv(record, CSVStart(file: file.name, position: position, id: id, opened: opened)).row, to: .incidents)
                }
            }
        }
        return data
    }
}
