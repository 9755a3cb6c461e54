import GlasshouseCore
import GlasshouseLoad
import GlasshouseTesting
import Testing

@Suite("Loading DORA files (content.md §5) with file:line diagnostics")
struct DORALoaderTests: ContentFolderLoading {
    let site = "title: T\n"
    let team = "name: Payments\n"

    func dora(_ files: [String: String]) throws -> DORAData {
        var all = ["site.yaml": site, "teams/pay/team.yaml": team]
        for (path, text) in files { all["teams/pay/" + path] = text }
        let content = try load(all).get()
        return try #require(content.teams.first?.dora)
    }

    @Test("columns in any order and any case, synonyms, defaults, a BOM and CRLF")
    func events() throws {
        let data = try dora([
            "deployments.csv": "\u{FEFF}Status, FINISHED_AT ,ID,Environment,rework,service,notes\r\n"
                + "ROLLED_BACK,2026-11-02T10:00:00Z,d1,Prod,yes,,x\r\n"
                + "cancelled,2026-11-02T11:00:00+01:00,d2,staging,0,web,\r\n"
                + ",2026-11-02T12:00:00.250Z,d3,,,,\r\n",
            "changes.csv": "deployment,committed_at,id\nd1,2026-11-01T10:00:00Z,abc\n,2026-11-01T11:00:00Z,def\n",
            "incidents.csv": "id,opened_at,restored_at,cause,severity,summary\nINC-1,2026-11-02T10:30:00Z,,d1,sev2,\"Checkout, slow\"\n",
        ])
        #expect(data.source == .events)
        #expect(data.deployments.map(\.id) == ["d1", "d2", "d3"])
        #expect(data.deployments.map(\.status) == [.failed, .aborted, .success])
        #expect(data.deployments.map(\.production) == [true, false, true])
        #expect(data.deployments.map(\.rework) == [true, false, false])
        #expect(data.deployments.map(\.service) == ["pay", "web", "pay"])
        #expect(data.deployments.map(\.line) == [2, 3, 4])
        #expect(data.deployments[2].finishedAt.microseconds % 1_000_000 == 250_000)
        #expect(data.changes.map(\.deployment) == [0, nil])
        #expect(data.incidents.first?.cause == 0)
        #expect(data.incidents.first?.restoredAt == nil)
        #expect(data.incidents.first?.summary == "Checkout, slow")
        #expect(data.incidents.first?.severity == "sev2")
    }

    @Test("every violation is reported with file, line and field, all at once")
    func violations() throws {
        let errors = try errors([
            "site.yaml": site, "teams/pay/team.yaml": team,
            "teams/pay/deployments.csv": """
            id,finished_at,status,rework
            d1,2026-11-02T10:00:00Z,,
            d1,2026-11-02T11:00:00Z,,
            d2,2026-11-02T12:00:00,,
            d3,2026-13-01T00:00Z,,
            d4,2026-11-02T12:00:00Z,exploded,maybe
            ,2026-11-02T12:00:00Z,,
            d5,2026-11-02T12:00:00Z
            """,
            "teams/pay/changes.csv": "id,committed_at,deployment\nc1,2026-11-01T10:00:00Z,nope\nc1,2026-11-01T10:00:00Z,d1\n",
            "teams/pay/incidents.csv": "id,opened_at,restored_at,cause\ni1,2026-11-02T10:00:00Z,2026-11-02T09:00:00Z,d1\ni2,2026-11-02T10:00:00Z,,ghost\n",
        ])
        #expect(
            errors == [
                "C/teams/pay/changes.csv:2: deployment: \"nope\" is not the id of a deployment in deployments.csv; valid ids: d1",
                "C/teams/pay/changes.csv:3: id: \"c1\" is already the id of the change on line 2; ids must be unique within the file",
                "C/teams/pay/deployments.csv:3: id: \"d1\" is already the id of the deployment on line 2; ids must be unique within the file",
                "C/teams/pay/deployments.csv:4: finished_at: \"2026-11-02T12:00:00\" has no time zone offset; add Z or an offset like +02:00 (a local time is ambiguous)",
                "C/teams/pay/deployments.csv:5: finished_at: \"2026-13-01T00:00Z\" is not an ISO 8601 timestamp (expected like 2026-03-04T10:15:00Z)",
                "C/teams/pay/deployments.csv:6: rework: \"maybe\" is not a boolean (expected true, false, yes, no, 1 or 0)",
                "C/teams/pay/deployments.csv:6: status: \"exploded\" is not a deployment status (expected success, failed, rollback or aborted; see the content format for synonyms)",
                "C/teams/pay/deployments.csv:7: id: is empty; a value is required",
                "C/teams/pay/deployments.csv:8: the row has 2 fields; the header has 4",
                "C/teams/pay/incidents.csv:2: restored_at: 2026-11-02T09:00:00Z is before opened_at 2026-11-02T10:00:00Z; an incident cannot be restored before it opened",
                "C/teams/pay/incidents.csv:3: cause: \"ghost\" is not the id of a deployment in deployments.csv; valid ids: d1",
            ])
    }

    @Test("a refused row still claims its id: a later duplicate names its line; a change pointing at it is not reported again")
    func refusedRowKeepsItsID() throws {
        // One index serves both the duplicate check and changes.csv (so that a large file is not
        // indexed twice); a refused row is remembered by its line, never as a deployment.
        let errors = try errors([
            "site.yaml": site, "teams/pay/team.yaml": team,
            "teams/pay/deployments.csv": "id,finished_at\nd1,never\nd2,2026-11-02T10:00:00Z\nd1,2026-11-02T11:00:00Z\nd2,2026-11-02T12:00:00Z\n",
            "teams/pay/changes.csv": "id,committed_at,deployment\nc1,2026-11-01T10:00:00Z,d1\nc2,2026-11-01T10:00:00Z,d2\n",
        ])
        #expect(
            errors == [
                "C/teams/pay/deployments.csv:2: finished_at: \"never\" is not an ISO 8601 timestamp (expected like 2026-03-04T10:15:00Z)",
                "C/teams/pay/deployments.csv:4: id: \"d1\" is already the id of the deployment on line 2; ids must be unique within the file",
                "C/teams/pay/deployments.csv:5: id: \"d2\" is already the id of the deployment on line 3; ids must be unique within the file",
            ])
    }

    @Test("changes and incidents: a refused row claims its id too, and every later duplicate names the first line")
    func refusedChangeAndIncidentKeepTheirIDs() throws {
        let errors = try errors([
            "site.yaml": site, "teams/pay/team.yaml": team,
            "teams/pay/deployments.csv": "id,finished_at\nd1,2026-11-02T10:00:00Z\n",
            "teams/pay/changes.csv":
                "id,committed_at,deployment\nc1,never,d1\nc2,2026-11-01T10:00:00Z,d1\nc1,2026-11-01T10:00:00Z,d1\nc2,2026-11-01T11:00:00Z,\nc1,2026-11-01T12:00:00Z,\n",
            "teams/pay/incidents.csv": "id,opened_at\ni1,2026-11-02T10:00:00Z\ni1,2026-11-02T11:00:00Z\n",
        ])
        #expect(
            errors == [
                "C/teams/pay/changes.csv:2: committed_at: \"never\" is not an ISO 8601 timestamp (expected like 2026-03-04T10:15:00Z)",
                "C/teams/pay/changes.csv:4: id: \"c1\" is already the id of the change on line 2; ids must be unique within the file",
                "C/teams/pay/changes.csv:5: id: \"c2\" is already the id of the change on line 3; ids must be unique within the file",
                "C/teams/pay/changes.csv:6: id: \"c1\" is already the id of the change on line 2; ids must be unique within the file",
                "C/teams/pay/incidents.csv:3: id: \"i1\" is already the id of the incident on line 2; ids must be unique within the file",
            ])
    }

    @Test("statuses, environments and booleans compare without case; non-ASCII text lower-cases as Unicode does")
    func caseInsensitiveFields() throws {
        // U+212A KELVIN SIGN lower-cases to an ASCII k: "ROLLBAC\u{212A}" is "rollback".
        let data = try dora([
            "deployments.csv": "id,finished_at,status,environment,rework\n"
                + "d1,2026-11-02T10:00:00Z,ROLLBAC\u{212A},PRODUCTION,YES\n"
                + "d2,2026-11-02T11:00:00Z,Success,Production,False\n"
                + "d3,2026-11-02T12:00:00Z,\"SKIPPED\",\"production\",\"1\"\n"
        ])
        #expect(data.deployments.map(\.status) == [.failed, .success, .aborted])
        #expect(data.deployments.map(\.production) == [true, true, true])
        #expect(data.deployments.map(\.rework) == [true, false, true])
        let errors = try errors([
            "site.yaml": site, "teams/pay/team.yaml": team,
            "teams/pay/deployments.csv": "id,finished_at,status,rework\nd1,2026-11-02T10:00:00Z,succeß,trüe\nd2,2026-11-02T10:00:00Z,successful,\n",
        ])
        #expect(
            errors == [
                "C/teams/pay/deployments.csv:2: rework: \"trüe\" is not a boolean (expected true, false, yes, no, 1 or 0)",
                "C/teams/pay/deployments.csv:2: status: \"succeß\" is not a deployment status (expected success, failed, rollback or aborted; see the content format for synonyms)",
                "C/teams/pay/deployments.csv:3: status: \"successful\" is not a deployment status (expected success, failed, rollback or aborted; see the content format for synonyms)",
            ])
    }

    @Test("a missing required column is reported at the header")
    func missingColumn() throws {
        let errors = try errors(["site.yaml": site, "teams/pay/team.yaml": team, "teams/pay/deployments.csv": "id,finished\nd1,2026-11-02T10:00:00Z\n"])
        #expect(errors == ["C/teams/pay/deployments.csv:1: finished_at: required column is missing from the header"])
    }

    @Test("events and summaries together are an error")
    func both() throws {
        let errors = try errors([
            "site.yaml": site, "teams/pay/team.yaml": team,
            "teams/pay/deployments.csv": "id,finished_at\n", "teams/pay/dora.csv": "period,deployments\n2026-W07,3\n",
        ])
        #expect(
            errors == [
                "C/teams/pay/deployments.csv: a team gives DORA data either as events (deployments.csv, changes.csv) or as summaries (dora.csv), not both; remove one"
            ])
    }

    @Test("summaries: weeks or months, optional columns, incidents beside them")
    func summaries() throws {
        let data = try dora([
            "dora.csv": "period,deployments,failed_deployments,deploy_days,lead_time_p50_hours,changes,recovery_p50_hours,recoveries,rework_deployments\n"
                + "2026-W07,12,1,5,20.5,40,3,1,2\n2026-W08,0,,,,,,,\n",
            "incidents.csv": "id,opened_at\ni1,2026-02-10T10:00:00Z\n",
        ])
        #expect(data.source == .summaries)
        #expect(data.summaries.count == 2)
        #expect(
            data.summaries[0]
                == DORASummary(
                    period: .week(ISOWeek(year: 2026, week: 7)!), deployments: 12, failedDeployments: 1, deployDays: 5, leadTimeP50Hours: 20.5,
                    changes: 40, recoveryP50Hours: 3, recoveries: 1, reworkDeployments: 2, line: 2))
        #expect(data.summaries[1].failedDeployments == nil)
        #expect(data.incidents.count == 1)
    }

    @Test("summary violations: duplicate periods, mixed granularity, impossible counts")
    func summaryViolations() throws {
        let errors = try errors([
            "site.yaml": site, "teams/pay/team.yaml": team,
            "teams/pay/dora.csv": """
            period,deployments,failed_deployments,deploy_days,rework_deployments,lead_time_p50_hours
            2026-W07,3,,,,
            2026-W07,3,,,,
            2026-03,3,,,,
            2025-W53,3,,,,
            2026-W09,-1,,,,
            2026-W10,3,4,8,4,-2
            2026-W11,3,,,,1.5e
            """,
        ])
        #expect(
            errors == [
                "C/teams/pay/dora.csv:3: period: 2026-W07 is already summarised on line 2; each period may appear once",
                "C/teams/pay/dora.csv:4: period: 2026-03 is a month but line 2 gives a week; one file uses one granularity",
                "C/teams/pay/dora.csv:5: period: \"2025-W53\" is not an ISO week like 2026-W07 or a month like 2026-02",
                "C/teams/pay/dora.csv:6: deployments: \"-1\" is not a whole number ≥ 0",
                "C/teams/pay/dora.csv:7: deploy_days: 8 is more than the 3 deployments of the period",
                "C/teams/pay/dora.csv:7: deploy_days: 8 is more than the 7 days of 2026-W10",
                "C/teams/pay/dora.csv:7: failed_deployments: 4 is more than the 3 deployments of the period",
                "C/teams/pay/dora.csv:7: lead_time_p50_hours: -2 is below the minimum of 0",
                "C/teams/pay/dora.csv:7: rework_deployments: 4 is more than the 3 deployments of the period",
                "C/teams/pay/dora.csv:8: lead_time_p50_hours: \"1.5e\" is not a number (use . as the decimal separator, no thousands separators)",
            ])
    }

    @Test("a custom benchmark file is loaded and validated; an unknown name is an error")
    func benchmark() throws {
        let custom = """
            name: Acme 2026
            deploy_days_per_week: {elite: 5, high: 2, medium: 0.5}
            lead_time_hours: {elite: 12, high: 72, medium: 336}
            change_failure_rate: {elite: 0.05, high: 0.1, medium: 0.2}
            recovery_hours: {elite: 1, high: 8, medium: 72}
            """
        let content = try load(["site.yaml": site + "dora:\n  benchmark: bench/acme.yaml\n", "bench/acme.yaml": custom]).get()
        #expect(content.benchmark.name == "Acme 2026")
        #expect(content.benchmark.deployDaysPerWeek == .init(elite: 5, high: 2, medium: 0.5))
        #expect(content.benchmark.changeFailureRate.medium == 0.2)
        #expect(content.warnings.isEmpty)

        let bad = try errors([
            "site.yaml": site + "dora:\n  benchmark: b.yaml\n",
            "b.yaml": """
            name: Bad
            deploy_days_per_week: {elite: 1, high: 2, medium: 0.5}
            lead_time_hours: {elite: 12, high: 72}
            change_failure_rate: {elite: 5, high: 10, medium: 15}
            recovery_hours: {elite: 1, high: 8, medium: 72}
            """,
        ])
        #expect(
            bad == [
                "C/b.yaml:2:23: deploy_days_per_week: thresholds must not rise from elite to medium (elite ≥ high ≥ medium)",
                "C/b.yaml:3:18: lead_time_hours.medium: required value is missing",
                "C/b.yaml:4:22: change_failure_rate: thresholds are rates between 0 and 1 (0.15 is 15 %)",
            ])
        #expect(
            try errors(["site.yaml": site + "dora:\n  benchmark: dora-2019\n"]) == [
                "C/site.yaml:3: dora.benchmark: \"dora-2019\" is neither a built-in benchmark (dora-2023, dora-2021) nor a file in the content folder"
            ])
    }
}
