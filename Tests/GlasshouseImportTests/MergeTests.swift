import Foundation
import GlasshouseImport
import GlasshouseTesting
import Testing

/// Merging into a team's files: by id, sorted, stable, nothing lost, nothing written on a dry run.
@Suite struct MergeTests {
    static func team(_ files: [String: String] = [:]) throws -> (TestFolder, String) {
        var all = ["Content/teams/payments/team.yaml": "name: Payments\n"]
        for (path, text) in files { all["Content/teams/payments/" + path] = text }
        let folder = try TestFolder(all)
        return (folder, try TeamImport.teamFolder(content: folder.path + "/Content", team: "payments"))
    }

    static func importInto(_ folder: String, _ data: ImportedData) throws -> [TeamImport.FileChange] {
        let changes = try TeamImport.plan(data, folder: folder)
        try TeamImport.write(changes)
        return changes
    }

    @Test func firstImportWritesSortedRowsAndASecondChangesNothing() throws {
        let (folder, team) = try Self.team()
        defer { try? FileManager.default.removeItem(atPath: folder.path) }
        let data = try ImportFixtures.read(.github, "github/deployments.json", "github/statuses.json")
        let first = try Self.importInto(team, data)
        #expect(first.map(\.merge.added.count) == [3])
        let written = try #require(folder.read("Content/teams/payments/deployments.csv"))
        #expect(
            written == """
                id,finished_at,environment,status,commit
                1001,2026-03-02T09:12:30Z,production,success,a1b2c3d4e5f60718293a4b5c6d7e8f9012345678
                1002,2026-03-03T15:19:58+01:00,production,failed,b2c3d4e5f60718293a4b5c6d7e8f901234567890
                1003,2026-03-04T08:05:00Z,staging,success,c3d4e5f60718293a4b5c6d7e8f90123456789012

                """)
        let second = try Self.importInto(team, data)
        #expect(second.map(\.changed) == [false])
        #expect(second.map(\.merge.added.count) == [0])
        #expect(second.map(\.merge.updated.count) == [0])
        #expect(folder.read("Content/teams/payments/deployments.csv") == written)
    }

    @Test func rowsTheSourceNoLongerReturnsAndHandWrittenColumnsAreKept() throws {
        let (folder, team) = try Self.team([
            "deployments.csv": "id,finished_at,service,rework\r\nold-7,2026-01-05T10:00:00Z,payments,yes\r\n1002,2026-03-03T14:00:00Z,payments,no\r\n"
        ])
        defer { try? FileManager.default.removeItem(atPath: folder.path) }
        let data = try ImportFixtures.read(.github, "github/deployments.json", "github/statuses.json")
        let changes = try Self.importInto(team, data)
        #expect(changes[0].merge.added.count == 2)
        #expect(changes[0].merge.updated.map(\.id) == ["1002"])
        #expect(
            folder.read("Content/teams/payments/deployments.csv") == """
                id,finished_at,service,rework,environment,status,commit
                old-7,2026-01-05T10:00:00Z,payments,yes,,,
                1001,2026-03-02T09:12:30Z,,,production,success,a1b2c3d4e5f60718293a4b5c6d7e8f9012345678
                1002,2026-03-03T15:19:58+01:00,payments,no,production,failed,b2c3d4e5f60718293a4b5c6d7e8f901234567890
                1003,2026-03-04T08:05:00Z,,,staging,success,c3d4e5f60718293a4b5c6d7e8f90123456789012

                """)
    }

    @Test func anOpenIncidentIsUpdatedWhenResolvedAndItsCauseKept() throws {
        let (folder, team) = try Self.team()
        defer { try? FileManager.default.removeItem(atPath: folder.path) }
        _ = try Self.importInto(team, try ImportFixtures.read(.pagerduty, "pagerduty/incidents.json"))
        // A lead names the cause by hand between two nightly imports.
        let path = "Content/teams/payments/incidents.csv"
        let first = try #require(folder.read(path))
        #expect(
            first == """
                id,opened_at,restored_at,service,severity,summary
                Q2W8NXYZ1PQ3RS,2026-03-03T14:25:00Z,2026-03-03T15:39:30Z,checkout,P1,Checkout 5xx above 2%
                Q0ABCDEF7GHIJK,2026-03-05T02:10:00+01:00,,refunds,low,"Refund queue backlog, ""stuck"" jobs"

                """)
        try folder.write([
            path: first.replacingOccurrences(
                of: "id,opened_at,restored_at,service,severity,summary", with: "id,opened_at,restored_at,service,severity,summary,cause"
            )
            .replacingOccurrences(of: "Checkout 5xx above 2%\n", with: "Checkout 5xx above 2%,1002\n")
            .replacingOccurrences(of: "jobs\"\n", with: "jobs\",\n")
        ])
        let changes = try Self.importInto(team, try ImportFixtures.read(.pagerduty, "pagerduty/incidents-next-night.json"))
        #expect(changes[0].merge.added.isEmpty)
        #expect(changes[0].merge.updated.map(\.id) == ["Q0ABCDEF7GHIJK"])
        #expect(changes[0].merge.updated[0].changes.map(\.column) == ["restored_at"])
        #expect(
            folder.read(path) == """
                id,opened_at,restored_at,service,severity,summary,cause
                Q2W8NXYZ1PQ3RS,2026-03-03T14:25:00Z,2026-03-03T15:39:30Z,checkout,P1,Checkout 5xx above 2%,1002
                Q0ABCDEF7GHIJK,2026-03-05T02:10:00+01:00,2026-03-05T05:58:00+01:00,refunds,low,"Refund queue backlog, ""stuck"" jobs",

                """)
    }

    @Test func dryRunReportsAndWritesNothing() throws {
        let (folder, team) = try Self.team(["incidents.csv": "id,opened_at,restored_at\nQ0ABCDEF7GHIJK,2026-03-05T02:10:00+01:00,\n"])
        defer { try? FileManager.default.removeItem(atPath: folder.path) }
        let before = folder.snapshot("Content")
        let changes = try TeamImport.plan(try ImportFixtures.read(.pagerduty, "pagerduty/incidents.json", "pagerduty/incidents-next-night.json"), folder: team)
        #expect(
            TeamImport.report(changes, rows: true) == [
                "\(team)/incidents.csv: 1 added, 1 updated",
                "  + Q2W8NXYZ1PQ3RS,2026-03-03T14:25:00Z,2026-03-03T15:39:30Z,checkout,P1,Checkout 5xx above 2%",
                "  ~ Q0ABCDEF7GHIJK: restored_at: \"\" → \"2026-03-05T05:58:00+01:00\", service: \"\" → \"refunds\", severity: \"\" → \"low\", summary: \"\" → \"Refund queue backlog, \"stuck\" jobs\"",
            ])
        #expect(folder.snapshot("Content") == before)
    }

    @Test func aMalformedTeamFileIsRefused() throws {
        let (folder, team) = try Self.team(["incidents.csv": "id,opened_at\nA,2026-03-05T02:10:00Z\nA,2026-03-06T02:10:00Z\n"])
        defer { try? FileManager.default.removeItem(atPath: folder.path) }
        #expect(
            throws: ImportFailure(file: team + "/incidents.csv", position: "", message: "the id \"A\" appears twice; fix the file before importing into it")
        ) {
            try TeamImport.plan(try ImportFixtures.read(.pagerduty, "pagerduty/incidents.json"), folder: team)
        }
    }

    @Test func eventsAreRefusedForATeamWithSummaries() throws {
        let (folder, team) = try Self.team(["dora.csv": "period,deployments\n2026-10,4\n"])
        defer { try? FileManager.default.removeItem(atPath: folder.path) }
        #expect(
            throws: ImportFailure(
                file: team + "/dora.csv", position: "",
                message:
                    "the team gives DORA summaries; a team gives events (deployments.csv, changes.csv) or summaries, not both: remove dora.csv to import events"
            )
        ) {
            try TeamImport.plan(try ImportFixtures.read(.github, "github/deployments.json", "github/statuses.json"), folder: team)
        }
        // Incidents go with summaries too.
        #expect(try TeamImport.plan(try ImportFixtures.read(.pagerduty, "pagerduty/incidents.json"), folder: team).map(\.kind) == [.incidents])
    }

    @Test func anUnknownTeamIsAnError() throws {
        let folder = try TestFolder(["Content/site.yaml": "title: T\n"])
        defer { try? FileManager.default.removeItem(atPath: folder.path) }
        #expect(throws: ImportFailure.self) { try TeamImport.teamFolder(content: folder.path + "/Content", team: "nobody") }
    }
}

/// Malformed sources: an error with the file and where in it; nothing read.
@Suite struct MalformedSourceTests {
    func failure(_ source: ImportSource, _ text: String, name: String = "in.json") -> ImportFailure? {
        do {
            _ = try source.read([SourceFile(name: name, bytes: Array(text.utf8))])
            return nil
        } catch {
            return error
        }
    }

    @Test func jsonSyntaxErrorsNameLineAndColumn() {
        #expect(
            failure(.github, "[\n {\"id\": 1,\n \"sha\": \"x\" \"environment\": \"production\"}\n]")
                == ImportFailure(file: "in.json", position: "3:13", message: "invalid JSON: expected , or } after a member"))
        #expect(failure(.gitlab, "[{\"id\": 1,")?.position == "1:11")
        #expect(failure(.pagerduty, "{\"incidents\": [tru]}")?.position == "1:16")
    }

    @Test func missingFieldsNameTheirJSONPath() {
        #expect(
            failure(.gitlab, "[{\"id\": 1, \"status\": \"success\", \"finished_at\": \"2026-04-01T10:00:00Z\"}]")
                == ImportFailure(file: "in.json", position: "$[0].environment.name", message: "is missing"))
        #expect(
            failure(.pagerduty, "{\"incidents\": [{\"id\": \"P1\", \"created_at\": \"2026-03-01T10:00:00\"}]}")
                == ImportFailure(file: "in.json", position: "$.incidents[0].created_at", message: "created_at: \"2026-03-01T10:00:00\" has no time zone offset")
        )
        #expect(
            failure(
                .fourkeys, "{\"deploy_id\": \"d1\", \"time_created\": \"2026-03-01 10:00:00 UTC\"}\n{\"deploy_id\": \"d2\", \"time_created\": \"yesterday\"}\n",
                name: "d.jsonl")
                == ImportFailure(file: "d.jsonl", position: "2:$.time_created", message: "time_created: \"yesterday\" is not a timestamp"))
    }

    @Test func csvErrorsNameTheLine() {
        #expect(
            failure(.pagerduty, "id,created_on\nP1,2026-03-01T10:00:00Z\nP2,2026-03-01T10:00:00Z,extra\n", name: "pd.csv")
                == ImportFailure(file: "pd.csv", position: "3", message: "the row has 3 fields; the header has 2"))
        #expect(
            failure(.devlake, "id,title\n1,x\n", name: "dl.csv")?.message
                == "neither cicd_deployment_commits (no commit_sha column) nor incidents (no resolution_date column)")
        #expect(
            failure(.opsgenie, "Message,Status\nx,open\n", name: "og.csv")?.message
                == "Opsgenie export: the header has no id or alertid or alert id or tinyid or tiny id column")
    }
}
