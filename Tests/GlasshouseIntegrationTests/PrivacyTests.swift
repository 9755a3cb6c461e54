import Foundation
import GlasshouseCore
import GlasshousePipeline
import GlasshouseTesting
import Testing

/// Transparent by default, private by exception (content.md §4).
@Suite("Withheld sections and the data-quality page")
struct PrivacyTests {
    static let site: [String: String] = [
        "C/site.yaml": "title: Acme\ncurrency: EUR\nas_of: 2026-11-20\nhistory_months: 3\nstale_after_days: 14\n",
        "C/org.yaml": "units:\n  - {id: shop, name: Shop}\n",
        "C/teams/open/team.yaml": "name: Open\nunit: shop\n",
        "C/teams/open/costs.csv": "month,amount\n2026-10,1000\n2026-11,500\n2026-12,1\n",
        "C/teams/open/slos.yaml": "slos:\n  - {id: open-availability, objective: 99}\n",
        "C/teams/open/sli.csv": "slo,start,good,total\nopen-availability,2026-11-20,99,100\n",
        "C/teams/secret/team.yaml": "name: Secret\nunit: shop\nprivate: [slos, costs, calms, incidents, dora]\n",
        "C/teams/secret/costs.csv": "month,amount,category\n2026-10,7654.32,zebra-compute\n",
        "C/teams/secret/slos.yaml": "slos:\n  - {id: hidden-latency-slo, objective: 99.5}\n",
        "C/teams/secret/sli.csv": "slo,start,good,total\nhidden-latency-slo,2026-11-20,50,100\n",
        "C/teams/secret/calms.yaml":
            "assessments:\n  - date: 2026-10-01\n    scores: {culture: 1.1, automation: 1.2, lean: 1.3, measurement: 1.4, sharing: 1.5}\n    notes: Quokka retro\n",
        "C/teams/secret/deployments.csv": "id,finished_at\nsecret-deploy-77,2026-11-02T10:00:00Z\n",
        "C/teams/secret/incidents.csv": "id,opened_at,summary\nSECRET-INC-9,2026-11-03T10:00:00Z,Walrus outage\n",
        "C/teams/secret/notes.txt": "typo\n",
    ]

    func build() throws -> TestFolder {
        let folder = try TestFolder(Self.site)
        let options = SiteBuildTests.options(folder)
        _ = try SiteBuilder.build(options)
        return folder
    }

    @Test("no withheld value appears in any file of the site, while unit totals include it")
    func withheld() throws {
        let folder = try build()
        defer { folder.delete() }
        let site = folder.snapshot("S")
        // Identifiers, notes and texts of withheld sections appear nowhere; the team's own files show
        // none of its withheld figures either (unit and org totals include them by design).
        for (path, data) in site {
            let text = String(decoding: data, as: UTF8.self)
            for secret in ["hidden-latency-slo", "Quokka", "secret-deploy-77", "SECRET-INC-9", "Walrus"] {
                #expect(!text.contains(secret), "\(secret) leaks into \(path)")
            }
            guard path.contains("teams/secret") else { continue }
            for secret in ["7654.32", "7,654", "zebra-compute", "1.1", "1.5"] {
                #expect(!text.contains(secret), "\(secret) leaks into \(path)")
            }
        }
        #expect(site["data/teams/secret/costs.csv"] == nil && site["data/teams/secret/deployments.csv"] == nil)
        #expect(site["data/teams/open/costs.csv"] != nil)
        let team = try #require(folder.read("S/data/teams/secret.json"))
        for section in ["dora", "slos", "costs", "calms"] { #expect(team.contains("\"\(section)\": {\n    \"private\": true\n  }")) }
        #expect(team.contains("\"incidents\": {\n      \"private\": true\n    }"))
        let unit = try #require(folder.read("S/data/units/shop.json"))
        #expect(unit.contains("\"total\": 8654.32"))  // 1000 + 7654.32 in October
        // 99 of 100 at 99 % is met and uses the whole budget.
        #expect(unit.contains("\"slos\": {\n    \"total\": 2,\n    \"met\": 1,\n    \"healthy\": 0,\n    \"at_risk\": 0,\n    \"exhausted\": 2,"))
        #expect(unit.contains("\"deployments\": 1,"))
        let page = try #require(folder.read("S/teams/secret/index.html"))
        #expect(page.contains("withholds <strong>dora</strong> <strong>incidents</strong> <strong>slos</strong> <strong>costs</strong> <strong>calms</strong>"))
    }

    /// A team that withholds every section, with data in each, rows after D, a stopped DORA feed
    /// and warnings; `open` publishes everything; `quiet` withholds CALMS it does not have.
    static let everySection: [String: String] = [
        "site.yaml": "title: Acme\ncurrency: EUR\nas_of: 2026-11-20\nhistory_months: 3\nstale_after_days: 14\nbase_url: https://scorecard.example/\n",
        "org.yaml": "units:\n  - {id: shop, name: Shop}\n",
        "teams/open/team.yaml": "name: Open\nunit: shop\n",
        "teams/open/costs.csv": "month,amount\n2026-10,1000\n",
        "teams/open/notes/2026-11-open-plan.md": "---\ntitle: Open plan\ndate: 2026-11-10\n---\nPublished.\n",
        "teams/open/postmortems/2026-11-open-outage.md": "---\ntitle: Open outage\ndate: 2026-11-11\n---\nPublished.\n",
        "teams/quiet/team.yaml": "name: Quiet\nunit: shop\nprivate: [calms]\n",
        "teams/vault/team.yaml": """
        name: Vault
        unit: shop
        private: [dora, incidents, slos, costs, calms, notes, postmortems]
        dora_since: 2026-09-15
        targets:
          - {metric: lead_time, value: 12, since: 2026-10-01, by: 2027-03-30, note: Quetzal target}
          - {metric: cost, value: 10, since: 2026-10-01, by: 2027-03-30, note: Tapir budget}
        """,
        "teams/vault/deployments.csv": "id,finished_at\nvault-deploy-42,2026-10-01T10:00:00Z\nvault-deploy-43,2026-11-25T10:00:00Z\n",
        "teams/vault/changes.csv": "id,committed_at,deployment\nvault-change-1,2026-09-01T10:00:00Z,vault-deploy-42\n",
        "teams/vault/incidents.csv":
            "id,opened_at,restored_at,severity,cause,summary\nVAULT-INC-7,2026-10-01T11:00:00Z,,sev-kraken,vault-deploy-42,Narwhal outage\nVAULT-INC-8,2026-11-26T10:00:00Z,,,,Later\n",
        "teams/vault/slos.yaml": "slos:\n  - {id: vault-secret-slo, name: Wombat latency, objective: 99.5}\n",
        "teams/vault/sli.csv": "slo,start,good,total\nvault-secret-slo,2026-11-20,50,100\n",
        "teams/vault/costs.csv": "month,amount,category\n2026-10,4321.98,yak-storage\n2026-12,5,yak-storage\n",
        "teams/vault/calms.yaml":
            "assessments:\n  - date: 2026-10-01\n    scores: {culture: 1.1, automation: 1.2, lean: 1.3, measurement: 1.4, sharing: 1.5}\n    notes: Ocelot retro\n",
        "teams/vault/notes/2026-11-platypus-plan.md": "---\ntitle: Platypus plan\ndate: 2026-11-12\n---\nMarmoset budget.\n",
        "teams/vault/postmortems/2026-10-axolotl-outage.md": "---\ntitle: Axolotl outage\ndate: 2026-10-02\nincident: VAULT-INC-7\n---\nCapybara.\n",
    ]

    @Test("a team that withholds every section leaks nothing into any file: pages, JSON, feed, sitemap, downloads, indexes")
    func everySectionWithheld() throws {
        let site = try TestSite(Self.everySection).build()
        let secrets = [
            "Platypus", "platypus", "Marmoset", "Axolotl", "axolotl", "Capybara", "VAULT-INC", "Narwhal", "sev-kraken",
            "vault-deploy", "vault-change", "vault-secret-slo", "Wombat", "Ocelot", "Quetzal", "Tapir",
            "DORA data of vault", "before dora_since",
        ]
        for path in site.paths {
            let text = path + "\n" + (site.file(path) ?? "")
            for secret in secrets { #expect(!text.contains(secret), "\(secret) leaks into \(path)") }
            #expect(!path.hasPrefix("data/teams/vault/"), "\(path) is a withheld raw file")
            // Unit and org totals (and their cost categories) include Vault's figures by design; its
            // own files and every list that names teams show none of them.
            guard path.contains("vault") || path.hasPrefix("notes/") || path.hasPrefix("postmortems/") || path == "quality/index.html" else { continue }
            for secret in ["4321", "4,321", "yak-storage", "1.1", "1.5"] { #expect(!text.contains(secret), "\(secret) leaks into \(path)") }
        }
        // The feed, sitemap and indexes were built and carry the published team's documents.
        site.expectContains("feed.xml", "Open plan")
        site.expectContains("feed.xml", "Open outage")
        site.expectContains("sitemap.xml", "teams/open/notes/2026-11-open-plan/")
        site.expectContains("notes/index.html", "Open plan")
        site.expectContains("postmortems/index.html", "Open outage")
        site.expectContains("data/teams/open/costs.csv", "2026-10,1000")

        let team = try #require(site.json("data/teams/vault.json"))
        #expect((team["team"] as? [String: Any])?["private"] as? [String] == ["dora", "incidents", "slos", "costs", "calms", "notes", "postmortems"])
        for section in ["dora", "incidents", "slos", "costs", "calms"] {
            #expect((team[section] as? [String: Any])?["private"] as? Bool == true, "\(section)")
            #expect(((team["freshness"] as? [String: Any])?[section] as? [String: Any])?["private"] as? Bool == true, "freshness \(section)")
        }
        #expect((team["targets"] as? [Any])?.isEmpty == true)
        site.expectContains(
            "teams/vault/index.html",
            "withholds <strong>dora</strong> <strong>incidents</strong> <strong>slos</strong> <strong>costs</strong> <strong>calms</strong> <strong>notes</strong> <strong>postmortems</strong>"
        )

        // The quality page says what Vault withholds and nothing else about it: no stale data, rows
        // after D or warnings of its files, and it is not "without data".
        let quality = try #require(site.file("quality/index.html"))
        #expect(quality.contains("Vault</a> withholds <strong>dora, incidents, slos, costs, calms, notes, postmortems</strong>"))
        #expect(!quality.contains("Vault</a> · "))
        #expect(!quality.replacingOccurrences(of: "<a href=\"../teams/vault/index.html\">Vault</a> withholds", with: "").contains("teams/vault/index.html"))
        // Quiet withholds CALMS it has no file of: withheld, not missing; its SLOs are missing.
        let missingCALMS = try #require(quality.components(separatedBy: "<dt>CALMS</dt>").last?.components(separatedBy: "</dd>").first)
        #expect(!missingCALMS.contains("Quiet") && missingCALMS.contains("Open"))
        let missingSLOs = try #require(quality.components(separatedBy: "<dt>SLOs</dt>").last?.components(separatedBy: "</dd>").first)
        #expect(missingSLOs.contains("Quiet"))
        let quiet = try #require(site.json("data/teams/quiet.json"))
        #expect((quiet["calms"] as? [String: Any])?["private"] as? Bool == true)
        #expect(quiet["slos"] as? [Any] != nil)

        // The author still sees every warning on the command line.
        #expect(site.report.warnings.contains { $0.message.hasPrefix("DORA data of vault stopped") })
        #expect(site.report.warnings.contains { $0.message.contains("before dora_since") })
        // Vault's figures count in the totals, unnamed.
        let unit = try #require(site.file("data/units/shop.json"))
        #expect(unit.contains("\"total\": 5321.98"))
        #expect(unit.contains("\"deployments\": 1,") || unit.contains("\"deployments\": 1\n"))
        #expect(!unit.contains("\"vault\": "))
    }

    @Test("the data-quality page lists warnings, ignored rows, stale data, missing kinds and withheld sections")
    func quality() throws {
        let folder = try build()
        defer { folder.delete() }
        let page = try #require(folder.read("S/quality/index.html"))
        #expect(page.contains("<a href=\"../teams/secret/index.html\">Secret</a> withholds <strong>dora, incidents, slos, costs, calms</strong>"))
        #expect(page.contains("notes.txt: warning: unknown file, ignored"))
        #expect(page.contains("Open</a> · 1 row of teams/open/costs after 20 Nov 2026"))
        #expect(page.contains("<dt>CALMS</dt><dd><a class=\"chip\" href=\"../teams/open/index.html\">Open</a>"))
        let open = try #require(folder.read("S/data/teams/open.json"))
        #expect(open.contains("\"costs\": {\n      \"latest\": \"2026-11\",\n      \"stale\": false\n    }"))
        #expect(open.contains("\"slos\": {\n      \"latest\": \"2026-11-20\",\n      \"stale\": false\n    }"))
        #expect(open.contains("\"calms\": null\n  }"))
    }
}
