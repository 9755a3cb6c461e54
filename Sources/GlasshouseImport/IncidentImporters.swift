import GlasshouseCore

/// PagerDuty incidents: `GET /incidents` responses and the web UI's incident CSV export.
enum PagerDutyImporter {
    /// JSON: id → id, created_at → opened_at, resolved_at (else last_status_change_at of a resolved
    /// incident) → restored_at, priority.summary (else urgency) → severity, service.summary → service,
    /// title → summary. CSV: the same by the export's column names. `cause` is never set (PagerDuty
    /// does not know which deployment caused an incident), so a cause written by hand is kept.
    static func incidents(_ files: [SourceFile], options: ImportOptions) throws(ImportFailure) -> ImportedData {
        var data = ImportedData()
        for file in files {
            if ImportSource.looksLikeJSON(file.bytes) {
                let document = try JSONValue.parse(file.bytes, file: file.name)
                for record in try SourceRecords.objects(document, file: file.name, wrappers: ["incidents"]) {
                    let status = record.text("status")?.lowercased()
                    var restored = try record.time("resolved_at") ?? ""
                    if restored.isEmpty, status == "resolved" { restored = try record.time("last_status_change_at") ?? "" }
                    if status != nil, status != "resolved" { restored = "" }
                    guard let opened = try record.time("created_at") else { throw record.failure("created_at", "is missing") }
                    var values = ["id": try record.required("id"), "opened_at": opened, "restored_at": restored]
                    values["severity"] = record.text(path: ["priority", "summary"]) ?? record.text("urgency") ?? ""
                    values["service"] = options.service ?? record.text(path: ["service", "summary"]) ?? ""
                    values["summary"] = record.text("title") ?? record.text("summary") ?? ""
                    data.add(ImportedRow(values), to: .incidents)
                }
            } else {
                let csv = try SourceCSV.read(file.bytes, file: file.name)
                try csv.require([["id", "incident id", "incident_id", "incident_number", "incident number"], ["created_on", "created_at", "created at", "created"]], file: file.name, source: "PagerDuty incident export")
                for record in csv.records {
                    let position = "\(record.line)"
                    guard let id = record.value("id", "incident id", "incident_id", "incident_number", "incident number") else {
                        throw ImportFailure(file: file.name, position: position, message: "id: is empty")
                    }
                    guard let openedText = record.value("created_on", "created_at", "created at", "created") else {
                        throw ImportFailure(file: file.name, position: position, message: "created_on: is empty")
                    }
                    let opened = try SourceTime.normalize(openedText, naive: .rejected, file: file.name, position: position, field: "created_on")
                    var restored = ""
                    if let text = record.value("resolved_on", "resolved_at", "resolved at", "resolved") {
                        restored = try SourceTime.normalize(text, naive: .rejected, file: file.name, position: position, field: "resolved_on")
                    }
                    if let status = record.value("status")?.lowercased(), status != "resolved" { restored = "" }
                    var values = ["id": id, "opened_at": opened, "restored_at": restored]
                    values["severity"] = record.value("priority", "priority_name", "priority name", "urgency") ?? ""
                    values["service"] = options.service ?? record.value("service_name", "service name", "service") ?? ""
                    values["summary"] = record.value("description", "title", "summary") ?? ""
                    data.add(ImportedRow(values), to: .incidents)
                }
            }
        }
        return data
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
        var data = ImportedData()
        for file in files {
            if ImportSource.looksLikeJSON(file.bytes) {
                let document = try JSONValue.parse(file.bytes, file: file.name)
                for record in try SourceRecords.objects(document, file: file.name, wrappers: ["data"]) {
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
                    var values = ["id": try record.required("id"), "opened_at": opened, "restored_at": restored]
                    values["severity"] = record.text("priority") ?? ""
                    values["summary"] = record.text("message") ?? ""
                    if let service = options.service { values["service"] = service }
                    data.add(ImportedRow(values), to: .incidents)
                }
            } else {
                let csv = try SourceCSV.read(file.bytes, file: file.name)
                try csv.require([["id", "alertid", "alert id", "tinyid", "tiny id"], ["createdat", "created at", "created_at", "createdatdate"]], file: file.name, source: "Opsgenie export")
                for record in csv.records {
                    let position = "\(record.line)"
                    guard let id = record.value("id", "alertid", "alert id", "tinyid", "tiny id") else {
                        throw ImportFailure(file: file.name, position: position, message: "id: is empty")
                    }
                    guard let openedText = record.value("createdat", "created at", "created_at", "createdatdate") else {
                        throw ImportFailure(file: file.name, position: position, message: "CreatedAt: is empty")
                    }
                    let opened = try time(openedText, file: file.name, position: position, field: "CreatedAt")
                    let status = record.value("status")?.lowercased() ?? ""
                    var restored = ""
                    if ["closed", "resolved"].contains(status), let text = record.value("closedat", "closed at", "closed_at", "resolvedat", "updatedat", "updated at") {
                        restored = try time(text, file: file.name, position: position, field: "ClosedAt")
                    }
                    var values = ["id": id, "opened_at": opened, "restored_at": restored]
                    values["severity"] = record.value("priority") ?? ""
                    values["summary"] = record.value("message") ?? ""
                    if let service = options.service { values["service"] = service }
                    data.add(ImportedRow(values), to: .incidents)
                }
            }
        }
        return data
    }

    /// ISO 8601 with an offset, or milliseconds since 1970.
    static func time(_ text: String, file: String, position: String, field: String) throws(ImportFailure) -> String {
        if text.allSatisfy(\.isNumber), let milliseconds = Int64(text) { return SourceTime.fromMilliseconds(milliseconds) }
        return try SourceTime.normalize(text, naive: .rejected, file: file, position: position, field: field)
    }
}
