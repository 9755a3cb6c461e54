import GlasshouseCore

/// GitHub: REST deployments with their statuses, and Actions workflow runs (docs/importing.md).
enum GitHubImporter {
    /// `GET /repos/{owner}/{repo}/deployments` and `…/deployments/{id}/statuses` responses, in any
    /// number of files (statuses are matched to deployments by `deployment_url`, or nested under a
    /// deployment's `statuses`). The final status decides: success → success, failure → failed,
    /// error → aborted; `inactive` (a later deployment superseded a successful one) is passed over;
    /// a deployment still queued, pending or in progress is skipped until it finishes.
    static func deployments(_ files: [SourceFile], options: ImportOptions) throws(ImportFailure) -> ImportedData {
        var deployments: [(id: String, record: SourceRecords.Record)] = []
        var statuses: [String: [SourceRecords.Record]] = [:]
        for file in files {
            let document = try JSONValue.parse(file.bytes, file: file.name)
            for record in try SourceRecords.objects(document, file: file.name, wrappers: []) {
                if record.value["state"] != nil {
                    guard let url = record.text("deployment_url"), let id = url.split(separator: "/").last else {
                        throw record.failure("deployment_url", "is missing; a deployment status must name its deployment")
                    }
                    statuses[String(id), default: []].append(record)
                } else if record.value["sha"] != nil || record.value["environment"] != nil {
                    let id = try record.required("id")
                    deployments.append((id, record))
                    for (index, nested) in (record.value["statuses"]?.array ?? []).enumerated() {
                        statuses[id, default: []].append(SourceRecords.Record(path: "\(record.path).statuses[\(index)]", value: nested, file: file.name))
                    }
                } else {
                    throw ImportFailure(
                        file: file.name, position: record.path,
                        message: "neither a deployment (sha, environment) nor a deployment status (state, deployment_url)")
                }
            }
        }
        var data = ImportedData()
        for (id, record) in deployments {
            var timed: [(instant: Int64, id: Int64, state: String, time: String)] = []
            for status in statuses[id] ?? [] {
                let state = try status.required("state").lowercased()
                let created = try status.time("created_at")
                guard let time = try (created != nil ? created : status.time("updated_at")) else { throw status.failure("created_at", "is missing") }
                timed.append((SourceTime.instant(time)!.microseconds, Int64(status.text("id") ?? "") ?? 0, state, time))
            }
            timed.sort { ($0.instant, $0.id) < ($1.instant, $1.id) }
            guard let final = timed.last(where: { $0.state != "inactive" }) ?? timed.last else {
                data.warnings.append("\(record.file): deployment \(id) has no statuses (fetch /deployments/\(id)/statuses); skipped")
                continue
            }
            let status: String
            switch final.state {
            case "success", "inactive": status = "success"
            case "failure": status = "failed"
            case "error": status = "aborted"
            default: continue  // queued, pending, in_progress: not finished yet
            }
            var values = ["id": id, "finished_at": final.time, "status": status, "environment": try record.required("environment")]
            if let sha = record.text("sha") { values["commit"] = sha }
            if let service = options.service { values["service"] = service }
            data.add(ImportedRow(values), to: .deployments)
        }
        return data
    }

    /// `GET /repos/{owner}/{repo}/actions/runs` responses (`workflow_runs`). Only completed runs of
    /// the production workflow count: success → success; failure, timed_out → failed; cancelled,
    /// skipped, startup_failure, action_required, neutral, stale → aborted. `updated_at` of a
    /// completed run is when it finished.
    static func workflowRuns(_ files: [SourceFile], options: ImportOptions) throws(ImportFailure) -> ImportedData {
        var runs: [SourceRecords.Record] = []
        for file in files {
            let document = try JSONValue.parse(file.bytes, file: file.name)
            runs += try SourceRecords.objects(document, file: file.name, wrappers: ["workflow_runs"])
        }
        let names = Set(runs.compactMap { $0.text("name") })
        let selected: [SourceRecords.Record]
        if let workflow = options.workflow {
            selected = runs.filter { run in
                let path = String((run.text("path") ?? "").split(separator: "@").first ?? "")
                return run.text("name") == workflow || path == workflow || path.split(separator: "/").last.map(String.init) == workflow
            }
        } else if names.count <= 1 {
            selected = runs
        } else {
            throw ImportFailure(
                file: files.first?.name ?? "", position: "",
                message:
                    "the runs come from several workflows; name the one that deploys to production with --workflow (one of: \(names.sorted().joined(separator: ", ")))"
            )
        }
        var data = ImportedData()
        for run in selected {
            guard try run.required("status") == "completed" else { continue }
            let conclusion = run.text("conclusion") ?? ""
            let status: String
            switch conclusion {
            case "success": status = "success"
            case "failure", "timed_out": status = "failed"
            default: status = "aborted"
            }
            guard let finished = try run.time("updated_at") else { throw run.failure("updated_at", "is missing; a completed run needs it") }
            var values = ["id": try run.required("id"), "finished_at": finished, "status": status, "environment": options.environment ?? "production"]
            if let sha = run.text("head_sha") { values["commit"] = sha }
            if let service = options.service { values["service"] = service }
            data.add(ImportedRow(values), to: .deployments)
        }
        return data
    }
}
