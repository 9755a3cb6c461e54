import GlasshouseCore

/// Four Keys BigQuery tables (`deployments`, `changes`, `incidents`) exported as JSON lines
/// (`bq extract --destination_format NEWLINE_DELIMITED_JSON`); a record's table is told by its id
/// field. BigQuery writes timestamps as `2026-03-04 10:15:00 UTC`.
enum FourKeysImporter {
    static func tables(_ files: [SourceFile], options: ImportOptions) throws(ImportFailure) -> ImportedData {
        var deployments: [(id: String, time: String, instant: Int64, changes: [String], commit: String?)] = []
        var changes: [(id: String, time: String)] = []
        var incidents: [(id: String, opened: String, restored: String, changes: [String])] = []
        for file in files {
            for (line, value) in try JSONValue.parseLines(file.bytes, file: file.name) {
                let record = SourceRecords.Record(path: "\(line):$", value: value, file: file.name)
                let changeList = (value["changes"]?.array ?? []).compactMap(\.text)
                if let id = record.text("deploy_id") {
                    guard let time = try record.time("time_created", naive: .utc) else { throw record.failure("time_created", "is missing") }
                    deployments.append((id, time, SourceTime.instant(time)!.microseconds, changeList, record.text("main_commit")))
                } else if let id = record.text("change_id") {
                    guard let time = try record.time("time_created", naive: .utc) else { throw record.failure("time_created", "is missing") }
                    changes.append((id, time))
                } else if let id = record.text("incident_id") {
                    guard let opened = try record.time("time_created", naive: .utc) else { throw record.failure("time_created", "is missing") }
                    incidents.append((id, opened, try record.time("time_resolved", naive: .utc) ?? "", changeList))
                } else {
                    throw ImportFailure(file: file.name, position: "\(line)", message: "not a Four Keys row: no deploy_id, change_id or incident_id")
                }
            }
        }
        // Each change is first shipped by the earliest deployment (time, then id) that lists it.
        var firstDeployment: [String: String] = [:]
        for deployment in deployments.sorted(by: { ($0.instant, $0.id) < ($1.instant, $1.id) }) {
            for change in deployment.changes where firstDeployment[change] == nil { firstDeployment[change] = deployment.id }
        }
        var data = ImportedData()
        for deployment in deployments {
            var values = ["id": deployment.id, "finished_at": deployment.time, "status": "success", "environment": "production"]
            if let commit = deployment.commit { values["commit"] = commit }
            if let service = options.service { values["service"] = service }
            data.add(ImportedRow(values), to: .deployments)
        }
        for change in changes {
            data.add(ImportedRow(["id": change.id, "committed_at": change.time, "deployment": firstDeployment[change.id] ?? ""]), to: .changes)
        }
        for incident in incidents {
            var values = ["id": incident.id, "opened_at": incident.opened, "restored_at": incident.restored]
            // The cause: the deployment that first shipped one of the incident's root-cause changes.
            let causes = incident.changes.compactMap { firstDeployment[$0] }
            if let cause = deployments.filter({ causes.contains($0.id) }).min(by: { ($0.instant, $0.id) < ($1.instant, $1.id) }) { values["cause"] = cause.id }
            if let service = options.service { values["service"] = service }
            data.add(ImportedRow(values), to: .incidents)
        }
        return data
    }
}
