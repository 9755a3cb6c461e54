/// Apache DevLake domain tables exported as CSV: `cicd_deployment_commits` and `incidents`
/// (told apart by their headers). DevLake stores dates in UTC without an offset.
enum DevLakeImporter {
    static func tables(_ files: [SourceFile], options: ImportOptions) throws(ImportFailure) -> ImportedData {
        var data = ImportedData()
        for file in files {
            let csv = try SourceCSV.read(file.bytes, file: file.name)
            if csv.header.contains("commit_sha") {
                try deployments(csv, file: file.name, options: options, into: &data)
            } else if csv.header.contains("resolution_date") || csv.header.contains("incident_key") {
                try incidents(csv, file: file.name, options: options, into: &data)
            } else {
                throw ImportFailure(
                    file: file.name, position: "1", message: "neither cicd_deployment_commits (no commit_sha column) nor incidents (no resolution_date column)")
            }
        }
        return data
    }

    /// One row per deployment (`cicd_deployment_id`, else the row's `id`): result SUCCESS → success,
    /// FAILURE → failed, anything else → aborted; rows whose status is not DONE are skipped until they
    /// finish. environment is lower-cased (PRODUCTION → production). A deployment of several repositories
    /// has several rows; it gets a commit only when they agree, and the repository name as service only then.
    static func deployments(_ csv: SourceCSV, file: String, options: ImportOptions, into data: inout ImportedData) throws(ImportFailure) {
        try csv.require([["finished_date"], ["result"]], file: file, source: "cicd_deployment_commits export")
        var order: [String] = []
        var groups: [String: [SourceCSV.Record]] = [:]
        for record in csv.records {
            if let status = record.value("status"), status.uppercased() != "DONE" { continue }
            guard let id = record.value("cicd_deployment_id", "id") else {
                throw ImportFailure(file: file, position: "\(record.line)", message: "cicd_deployment_id: is empty")
            }
            if groups[id] == nil { order.append(id) }
            groups[id, default: []].append(record)
        }
        for id in order {
            let records = groups[id]!
            let first = records[0]
            guard let finishedText = first.value("finished_date") else {
                throw ImportFailure(file: file, position: "\(first.line)", message: "finished_date: is empty for a finished deployment")
            }
            let finished = try SourceTime.normalize(finishedText, naive: .utc, file: file, position: "\(first.line)", field: "finished_date")
            let status: String
            switch first.value("result")?.uppercased() {
            case "SUCCESS": status = "success"
            case "FAILURE": status = "failed"
            default: status = "aborted"
            }
            var values = ["id": id, "finished_at": finished, "status": status, "environment": (first.value("environment") ?? "production").lowercased()]
            let commits = Set(records.compactMap { $0.value("commit_sha") })
            if commits.count == 1 { values["commit"] = commits.first! }
            let repositories = Set(records.compactMap { $0.value("repo_url") })
            if let service = options.service {
                values["service"] = service
            } else if repositories.count == 1, let name = repositories.first!.split(separator: "/").last {
                values["service"] = name.hasSuffix(".git") ? String(name.dropLast(4)) : String(name)
            }
            data.add(ImportedRow(values), to: .deployments)
        }
    }

    /// incident_key (else id) → id, created_date → opened_at, resolution_date → restored_at (empty
    /// unless status is DONE), severity (else priority) → severity, component → service, title → summary.
    static func incidents(_ csv: SourceCSV, file: String, options: ImportOptions, into data: inout ImportedData) throws(ImportFailure) {
        try csv.require([["created_date"]], file: file, source: "incidents export")
        for record in csv.records {
            let position = "\(record.line)"
            guard let id = record.value("incident_key", "id") else {
                throw ImportFailure(file: file, position: position, message: "incident_key: is empty, and so is id")
            }
            guard let openedText = record.value("created_date") else { throw ImportFailure(file: file, position: position, message: "created_date: is empty") }
            let opened = try SourceTime.normalize(openedText, naive: .utc, file: file, position: position, field: "created_date")
            var restored = ""
            if record.value("status")?.uppercased() ?? "DONE" == "DONE", let text = record.value("resolution_date") {
                restored = try SourceTime.normalize(text, naive: .utc, file: file, position: position, field: "resolution_date")
            }
            var values = ["id": id, "opened_at": opened, "restored_at": restored]
            values["severity"] = record.value("severity", "priority") ?? ""
            values["service"] = options.service ?? record.value("component") ?? ""
            values["summary"] = record.value("title") ?? ""
            data.add(ImportedRow(values), to: .incidents)
        }
    }
}
