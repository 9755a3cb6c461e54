import Foundation
import GlasshouseCompute
import GlasshouseCore
import GlasshousePipeline
import GlasshouseTesting
import Testing
import Yams

@testable import GlasshouseSample

@Suite("glasshouse sample")
struct SampleTests {
    func text(_ files: [OutputFile], _ path: String) -> String {
        files.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
    }

    @Test("the same seed gives the same org; another seed another one")
    func deterministic() {
        let a = SampleSite.files(teams: 12, months: 6, seed: 42)
        let b = SampleSite.files(teams: 12, months: 6, seed: 42)
        let c = SampleSite.files(teams: 12, months: 6, seed: 43)
        #expect(a == b)
        #expect(a != c)
    }

    @Test("the curated teams read from CuratedTeams.yaml, with the defaults of what a team leaves out")
    func curatedTeams() throws {
        let teams = SampleOrg.teams(count: 12)
        #expect(teams.map(\.id).prefix(3) == ["developer-experience", "cloud-infrastructure", "observability"] && teams.count == 12)
        let byID = Dictionary(uniqueKeysWithValues: teams.map { ($0.id, $0) })
        let dx = try #require(byID["developer-experience"])
        #expect(dx.profile == .elite && dx.offset == "+01:00" && dx.services == ["ci-runners", "portal"] && dx.anchors == nil)
        // Left out: the defaults of Operations.
        #expect(dx.operations.reliability == .healthy && !dx.operations.staleCALMS && dx.operations.budget == nil && dx.operations.monthlyCost == 9000)
        guard case .teamFile = dx.operations.billing else { Issue.record("developer-experience bills by costs.csv"); return }
        let storefront = try #require(byID["storefront"])
        guard case .focus(let tags, let claimed) = storefront.operations.billing else { Issue.record("storefront bills by FOCUS tags"); return }
        #expect(tags == ["team": ["storefront"]] && !claimed && storefront.operations.reliability == .openSLO && storefront.operations.budget == 65000)
        // `calms: null` is no calms.yaml; a team that leaves calms out keeps the default scores.
        #expect(byID["analytics"]?.operations.calms == nil && byID["analytics"]?.profile == .summaries)
        #expect(byID["observability"]?.operations.calms == [3.4, 3.9, 3.0, 4.5, 3.6])
        #expect(byID["search"]?.doraStartsDaysBeforeEnd == 18 && byID["catalog"]?.doraStopsDaysBeforeEnd == 65)
        #expect(byID["billing"]?.operations.staleCALMS == true && byID["fraud-detection"]?.operations.privateSections == ["costs"])
        let anchor = try #require(byID["payments-api"]?.anchors?.first)
        #expect(anchor.deployment.id == "pay-1432" && anchor.deployment.finishedAt == "2026-10-13T19:02:00+02:00")
        #expect(anchor.incident.id == "INC-2211" && anchor.incident.severity == "sev1" && anchor.incident.restoredAt == "2026-10-13T19:49:00+02:00")
    }

    @Test("CuratedTeams.yaml uses only keys the decoders read: a misspelt key would keep a default without a word")
    func curatedKeys() throws {
        let teams = try #require(try Yams.load(yaml: String(decoding: PackageResources.CuratedTeams_yaml, as: UTF8.self)) as? [[String: Any]])
        let known: [String: Set<String>] = [
            "team": [
                "id", "code", "name", "unit", "services", "offset", "description", "profile", "operations", "anchors", "doraStartsDaysBeforeEnd",
                "doraStopsDaysBeforeEnd",
            ],
            "operations": ["reliability", "billing", "monthlyCost", "budget", "calms", "staleCALMS", "privateSections"],
            "anchor": ["deployment", "incident"], "deployment": ["id", "finishedAt", "service"],
            "incident": ["id", "openedAt", "restoredAt", "severity", "summary"],
        ]
        func check(_ mapping: Any?, _ kind: String, _ team: String) {
            guard let mapping = mapping as? [String: Any] else { return }
            let unknown = Set(mapping.keys).subtracting(known[kind]!)
            #expect(unknown.isEmpty, "\(team): \(kind) has unknown keys \(unknown.sorted())")
        }
        #expect(teams.count == 12)
        for team in teams {
            let id = team["id"] as? String ?? "?"
            check(team, "team", id)
            check(team["operations"], "operations", id)
            for anchor in team["anchors"] as? [[String: Any]] ?? [] {
                check(anchor, "anchor", id)
                check(anchor["deployment"], "deployment", id)
                check(anchor["incident"], "incident", id)
            }
        }
    }

    @Test("it has the variety the contract asks for and builds without errors or warnings")
    func variety() throws {
        let files = SampleSite.files(teams: 16, months: 18, seed: 1)
        let deployments = files.filter { $0.path.hasSuffix("deployments.csv") }.map { String(decoding: $0.bytes, as: UTF8.self) }.joined()
        for status in [",success,", ",rollback,", ",aborted,", ",cancelled,"] { #expect(deployments.contains(status), "\(status)") }
        #expect(deployments.contains(",staging,"))
        #expect(deployments.contains("+05:30,") && deployments.contains("-05:00,") && deployments.contains("Z,"))
        let incidents = text(files, "teams/payments-api/incidents.csv")
        #expect(incidents.contains("INC-2211,2026-10-13T19:09:00+02:00,2026-10-13T19:49:00+02:00,checkout,sev1,pay-1432,"))
        #expect(incidents.contains(",,"), "an external incident has no cause")
        #expect(text(files, "teams/analytics/dora.csv").hasPrefix("period,deployments,"))
        #expect(
            !files.contains { $0.path.hasPrefix("teams/recommendations/") && ["deployments.csv", "dora.csv"].contains($0.path.split(separator: "/").last!) })
        #expect(files.contains { $0.path == "teams/storefront/openslo/web-shop.yaml" })
        #expect(text(files, "teams/fraud-detection/team.yaml").contains("private: [costs]"))
        #expect(text(files, "teams/payments-api/team.yaml").contains("cost_tags:\n  application: [PaymentsApi, Refunds]"))
        let focus = text(files, "costs/focus/northwind-cloud.csv")
        #expect(focus.contains("SharedNetworking") && focus.contains(",Unused,") && focus.contains("\"{\"\"team\"\": \"\"storefront\"\"}\""))
        #expect(text(files, "teams/billing/calms.yaml").contains("assessments:"))
        #expect(files.contains { $0.path.hasPrefix("teams/payments-api/postmortems/") })

        let folder = try TestFolder()
        defer { folder.delete() }
        try folder.write(Dictionary(uniqueKeysWithValues: files.map { ("C/" + $0.path, String(decoding: $0.bytes, as: UTF8.self)) }))
        let options = SiteBuildTests.options(folder)
        let report = try SiteBuilder.validate(options)
        #expect(report.teams == 16)
        // Only the leadership view's deliberate gaps: catalog's feed stopped, search starts at dora_since.
        let warnings = report.warnings.map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") }
        #expect(warnings.count == 2, "\(warnings.prefix(3))")
        #expect(warnings.first { $0.hasPrefix("C/teams/catalog/deployments.csv: warning: DORA data of catalog stopped: no record since 2026-09-16") } != nil)
        #expect(warnings.first { $0.hasPrefix("C/teams/search/changes.csv:2: warning:") && $0.contains("before dora_since 2026-11-02 ignored") } != nil)
        #expect(report.asOf.day == SampleSite.defaultEnd)
    }

    @Test("the bundled Content/ builds with only its deliberate warnings: a stopped DORA feed and a new team's early changes")
    func bundledContent() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var options = BuildOptions(now: Instant(seconds: 0))
        options.content = root.appendingPathComponent("Content").path
        options.themes = SiteBuildTests.themes
        let report = try SiteBuilder.validate(options)
        #expect(report.teams == 12)
        #expect(
            report.warnings.map(\.message) == [
                "DORA data of catalog stopped: no record since 2026-09-16, 65 days before the as-of day 2026-11-20; its figures cover 2025-04-27 – 2026-09-16 only",
                "3 changes before dora_since 2026-11-02 ignored (team.yaml says the team's DORA data starts then)",
            ], "\(report.warnings.prefix(3))")
    }
}
