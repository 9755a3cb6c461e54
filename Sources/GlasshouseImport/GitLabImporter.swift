/// GitLab: `GET /projects/:id/deployments` responses (docs/importing.md).
enum GitLabImporter {
    /// success → success, failed → failed, canceled and skipped → aborted; created, running and
    /// blocked deployments are skipped until they finish. `finished_at` is `deployable.finished_at`
    /// (the job that deployed), else the deployment's own `finished_at`, else `updated_at`.
    static func deployments(_ files: [SourceFile], options: ImportOptions) throws(ImportFailure) -> ImportedData {
        var data = ImportedData()
        for file in files {
            let document = try JSONValue.parse(file.bytes, file: file.name)
            for record in try SourceRecords.objects(document, file: file.name, wrappers: []) {
                let state = try record.required("status").lowercased()
                let status: String
                switch state {
                case "success": status = "success"
                case "failed": status = "failed"
                case "canceled", "cancelled", "skipped": status = "aborted"
                default: continue
                }
                let finished: String
                if let raw = record.text(path: ["deployable", "finished_at"]) {
                    finished = try SourceTime.normalize(
                        raw, naive: .rejected, file: file.name, position: "\(record.path).deployable.finished_at", field: "finished_at")
                } else if let time = try record.time("finished_at") {
                    finished = time
                } else if let time = try record.time("updated_at") {
                    finished = time
                } else {
                    throw record.failure("deployable.finished_at", "is missing, and so are finished_at and updated_at")
                }
                guard let environment = record.text(path: ["environment", "name"]) else { throw record.failure("environment.name", "is missing") }
                var values = ["id": try record.required("id"), "finished_at": finished, "status": status, "environment": environment]
                if let sha = record.text("sha") ?? record.text(path: ["deployable", "commit", "id"]) { values["commit"] = sha }
                if let service = options.service { values["service"] = service }
                data.add(ImportedRow(values), to: .deployments)
            }
        }
        return data
    }
}
