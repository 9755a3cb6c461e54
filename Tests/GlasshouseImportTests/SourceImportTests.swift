import GlasshouseImport
import Testing

/// Each source's mapping over its recorded responses (expectations worked out by hand from the fixtures).
@Suite struct SourceImportTests {
    @Test func githubDeploymentsTakeTheFinalStatus() throws {
        let data = try ImportFixtures.read(.github, "github/deployments.json", "github/statuses.json")
        #expect(
            ImportFixtures.rows(data, .deployments) == [
                // success, later marked inactive when 1002 superseded it: still a success, finished at the success status.
                [
                    "id": "1001", "finished_at": "2026-03-02T09:12:30Z", "status": "success", "environment": "production",
                    "commit": "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
                ],
                // failure at 15:19:58+01:00 = 14:19:58Z, after the queued status at 14:00:02Z: the final status, its offset kept.
                [
                    "id": "1002", "finished_at": "2026-03-03T15:19:58+01:00", "status": "failed", "environment": "production",
                    "commit": "b2c3d4e5f60718293a4b5c6d7e8f901234567890",
                ],
                [
                    "id": "1003", "finished_at": "2026-03-04T08:05:00Z", "status": "success", "environment": "staging",
                    "commit": "c3d4e5f60718293a4b5c6d7e8f90123456789012",
                ],
                // 1004 is still in progress: not imported until it finishes.
            ])
        #expect(data.warnings.isEmpty)
    }

    @Test func githubDeploymentWithoutStatusesIsAWarning() throws {
        let data = try ImportFixtures.read(.github, "github/deployments.json")
        #expect(data.rows[.deployments] == nil)
        #expect(data.warnings.count == 4)
        #expect(data.warnings[0] == "github/deployments.json: deployment 1001 has no statuses (fetch /deployments/1001/statuses); skipped")
    }

    @Test func actionsRunsNeedTheProductionWorkflowNamed() throws {
        #expect(
            throws: ImportFailure(
                file: "github-actions/runs.json", position: "",
                message: "the runs come from several workflows; name the one that deploys to production with --workflow (one of: CI, Deploy)")
        ) {
            try ImportFixtures.read(.githubActions, "github-actions/runs.json")
        }
        let expected: [[String: String]] = [
            [
                "id": "30433642", "finished_at": "2026-03-06T10:09:41Z", "status": "success", "environment": "production",
                "commit": "e5f60718293a4b5c6d7e8f901234567890123456",
            ],
            [
                "id": "30433700", "finished_at": "2026-03-07T11:45:00Z", "status": "failed", "environment": "production",
                "commit": "f60718293a4b5c6d7e8f90123456789012345678",
            ],
            [
                "id": "30433802", "finished_at": "2026-03-08T12:02:00Z", "status": "aborted", "environment": "production",
                "commit": "293a4b5c6d7e8f90123456789012345678901234",
            ],
        ]
        for workflow in ["Deploy", "deploy.yml", ".github/workflows/deploy.yml"] {
            let data = try ImportFixtures.read(.githubActions, "github-actions/runs.json", options: ImportOptions(workflow: workflow))
            #expect(ImportFixtures.rows(data, .deployments) == expected, "\(workflow)")
        }
        let prod = try ImportFixtures.read(
            .githubActions, "github-actions/runs.json", options: ImportOptions(service: "api", environment: "prod", workflow: "Deploy"))
        #expect(ImportFixtures.rows(prod, .deployments)[0]["environment"] == "prod")
        #expect(ImportFixtures.rows(prod, .deployments)[0]["service"] == "api")
    }

    @Test func gitlabDeploymentsUseTheDeployableFinishTime() throws {
        let data = try ImportFixtures.read(.gitlab, "gitlab/deployments.json")
        #expect(
            ImportFixtures.rows(data, .deployments) == [
                [
                    "id": "41", "finished_at": "2026-04-01T10:14:55.123Z", "status": "success", "environment": "production",
                    "commit": "99ae1dd7f7a5b7c1e3d2a0e9b1c2d3e4f5a6b7c8",
                ],
                [
                    "id": "42", "finished_at": "2026-04-02T16:29:10.000Z", "status": "failed", "environment": "production",
                    "commit": "aabbccddeeff00112233445566778899aabbccdd",
                ],
                [
                    "id": "43", "finished_at": "2026-04-03T08:00:29.000Z", "status": "aborted", "environment": "production",
                    "commit": "bbccddeeff00112233445566778899aabbccddee",
                ],
                // 44 is running: skipped.
                [
                    "id": "45", "finished_at": "2026-04-03T07:09:00.000Z", "status": "success", "environment": "staging",
                    "commit": "ddeeff00112233445566778899aabbccddeeff00",
                ],
            ])
    }

    @Test func pagerDutyJSONAndCSVExportGiveTheSameRows() throws {
        let json = try ImportFixtures.read(.pagerduty, "pagerduty/incidents.json")
        let expected: [[String: String]] = [
            [
                "id": "Q2W8NXYZ1PQ3RS", "opened_at": "2026-03-03T14:25:00Z", "restored_at": "2026-03-03T15:39:30Z", "severity": "P1", "service": "checkout",
                "summary": "Checkout 5xx above 2%",
            ],
            [
                "id": "Q0ABCDEF7GHIJK", "opened_at": "2026-03-05T02:10:00+01:00", "restored_at": "", "severity": "low", "service": "refunds",
                "summary": "Refund queue backlog, \"stuck\" jobs",
            ],
        ]
        #expect(ImportFixtures.rows(json, .incidents) == expected)
        let csv = try ImportFixtures.read(.pagerduty, "pagerduty/incidents.csv")
        #expect(ImportFixtures.rows(csv, .incidents) == expected)
    }

    @Test func opsgenieAlertsIncidentsAndCSV() throws {
        let json = try ImportFixtures.read(.opsgenie, "opsgenie/alerts.json", "opsgenie/incidents.json")
        #expect(
            ImportFixtures.rows(json, .incidents) == [
                // createdAt 08:00 + report.closeTime 3,600,000 ms.
                [
                    "id": "70413a06-38d6-4c85-92b8-5ebc900d42e2", "opened_at": "2026-03-10T08:00:00.000Z", "restored_at": "2026-03-10T09:00:00Z",
                    "severity": "P2", "summary": "Payments API p99 latency > 2s",
                ],
                [
                    "id": "8418d193-2dab-4490-b331-8c02cdd196b7", "opened_at": "2026-03-11T22:00:00.000Z", "restored_at": "", "severity": "P3",
                    "summary": "Ledger replication lag",
                ],
                // A resolved incident: its updatedAt.
                [
                    "id": "5d1d3a3f-64bc-4b47-aec4-0a5e3b4f2b8c", "opened_at": "2026-03-12T13:00:00.000Z", "restored_at": "2026-03-12T14:05:00.000Z",
                    "severity": "P1", "summary": "Card authorisations failing in EU",
                ],
            ])
        let csv = try ImportFixtures.read(.opsgenie, "opsgenie/alerts.csv")
        #expect(
            ImportFixtures.rows(csv, .incidents) == [
                // 1773129600000 ms = 2026-03-10T08:00:00Z; ClosedAt 1773133200000 = 09:00:00Z.
                [
                    "id": "1791", "opened_at": "2026-03-10T08:00:00Z", "restored_at": "2026-03-10T09:00:00Z", "severity": "P2",
                    "summary": "Payments API p99 latency > 2s",
                ],
                ["id": "1792", "opened_at": "2026-03-11T22:00:00.000Z", "restored_at": "", "severity": "P3", "summary": "Ledger replication lag"],
            ])
    }

    @Test func devLakeDeploymentCommitsAndIncidents() throws {
        let data = try ImportFixtures.read(.devlake, "devlake/cicd_deployment_commits.csv", "devlake/incidents.csv")
        #expect(
            ImportFixtures.rows(data, .deployments) == [
                [
                    "id": "github:GithubRun:1:30433642", "finished_at": "2026-03-06T10:09:41.000Z", "status": "success", "environment": "production",
                    "commit": "e5f60718293a4b5c6d7e8f901234567890123456", "service": "payments-api",
                ],
                [
                    "id": "github:GithubRun:1:30433700", "finished_at": "2026-03-07T11:45:00.000Z", "status": "failed", "environment": "production",
                    "commit": "f60718293a4b5c6d7e8f90123456789012345678", "service": "payments-api",
                ],
                // 30433800 is IN_PROGRESS: skipped.
                [
                    "id": "gitlab:GitlabDeployment:2:41", "finished_at": "2026-04-01T10:14:55.123Z", "status": "success", "environment": "staging",
                    "commit": "99ae1dd7f7a5b7c1e3d2a0e9b1c2d3e4f5a6b7c8", "service": "ledger",
                ],
            ])
        #expect(
            ImportFixtures.rows(data, .incidents) == [
                [
                    "id": "1201", "opened_at": "2026-03-03T14:25:00.000Z", "restored_at": "2026-03-03T15:39:30.000Z", "severity": "P1", "service": "checkout",
                    "summary": "Checkout 5xx above 2%",
                ],
                [
                    "id": "PAY-88", "opened_at": "2026-03-05T01:10:00.000Z", "restored_at": "", "severity": "SEV2", "service": "refunds",
                    "summary": "Refund queue backlog, \"stuck\" jobs",
                ],
            ])
    }

    @Test func fourKeysLinksChangesAndIncidentsToTheFirstDeployment() throws {
        let data = try ImportFixtures.read(.fourkeys, "fourkeys/deployments.jsonl", "fourkeys/changes.jsonl", "fourkeys/incidents.jsonl")
        #expect(
            ImportFixtures.rows(data, .deployments) == [
                [
                    "id": "d-5001", "finished_at": "2026-03-02T09:12:30Z", "status": "success", "environment": "production",
                    "commit": "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
                ],
                [
                    "id": "d-5002", "finished_at": "2026-03-03T14:20:00.250Z", "status": "success", "environment": "production",
                    "commit": "b2c3d4e5f60718293a4b5c6d7e8f901234567890",
                ],
            ])
        #expect(
            ImportFixtures.rows(data, .changes) == [
                ["id": "0f1e2d3c4b5a69788796a5b4c3d2e1f009182736", "committed_at": "2026-03-01T17:45:00Z", "deployment": "d-5001"],
                // Listed by both deployments: the earlier one shipped it.
                ["id": "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678", "committed_at": "2026-03-02T08:30:00Z", "deployment": "d-5001"],
                ["id": "b2c3d4e5f60718293a4b5c6d7e8f901234567890", "committed_at": "2026-03-03T11:00:00Z", "deployment": "d-5002"],
                ["id": "c3d4e5f60718293a4b5c6d7e8f90123456789012", "committed_at": "2026-03-04T08:00:00Z", "deployment": ""],
            ])
        #expect(
            ImportFixtures.rows(data, .incidents) == [
                ["id": "1201", "opened_at": "2026-03-03T14:25:00Z", "restored_at": "2026-03-03T15:39:30Z", "cause": "d-5002"],
                ["id": "1202", "opened_at": "2026-03-05T01:10:00Z", "restored_at": ""],
            ])
    }
}
