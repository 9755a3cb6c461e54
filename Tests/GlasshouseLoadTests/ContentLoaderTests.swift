import Foundation
import GlasshouseCore
import GlasshouseLoad
import GlasshouseTesting
import Testing

@Suite("Loading site.yaml, org.yaml, team.yaml and Markdown with diagnostics")
struct ContentLoaderTests: ContentFolderLoading {
    let site = "title: Acme Scorecard\n"

    @Test("defaults of site.yaml")
    func siteDefaults() throws {
        let content = try load(["site.yaml": site]).get()
        #expect(content.config.title == "Acme Scorecard")
        #expect(content.config.timezone.identifier == "UTC")
        #expect(content.config.windowDays == 90)
        #expect(content.config.historyWeeks == 26)
        #expect(content.config.historyMonths == 18)
        #expect(content.config.staleAfterDays == 14)
        #expect(content.config.currency == "USD")
        #expect(content.config.dora.productionEnvironments == ["production", "prod"])
        #expect(content.config.dora.benchmark == "dora-2023")
        #expect(content.config.finops.anomalyRatio == 0.2)
        #expect(!content.config.unsafeHTML)
        #expect(content.orgName == "Acme Scorecard")
    }

    @Test("every setting of site.yaml is read")
    func siteSettings() throws {
        let content = try load([
            "site.yaml": """
            title: T
            base_url: https://scorecard.acme.dev
            timezone: Europe/Berlin
            as_of: 2026-11-20
            window_days: 28
            history_weeks: 12
            history_months: 6
            stale_after_days: 7
            currency: eur
            dora:
              production_environments: [Production, live]
              benchmark: dora-2021
            finops: {cost_column: BilledCost, team_tag: owner, anomaly_ratio: 0.5, anomaly_min_amount: 10}
            markdown:
              unsafe_html: yes
            """
        ]).get()
        let config = content.config
        #expect(config.baseURL == "https://scorecard.acme.dev/")
        #expect(config.timezone.identifier == "Europe/Berlin")
        #expect(config.asOf?.description == "2026-11-20")
        #expect((config.windowDays, config.historyWeeks, config.historyMonths, config.staleAfterDays) == (28, 12, 6, 7))
        #expect(config.currency == "EUR")
        #expect(config.dora.productionEnvironments == ["production", "live"])
        #expect(config.dora.benchmark == "dora-2021")
        #expect(config.finops.costColumn == "BilledCost")
        #expect(config.finops.teamTag == "owner")
        #expect(config.finops.anomalyRatio == 0.5)
        #expect(config.finops.anomalyMinAmount == 10)
        #expect(config.unsafeHTML)
    }

    @Test("site.yaml problems are reported with line and column, all at once")
    func siteErrors() throws {
        let found = try errors([
            "site.yaml": """
            title: T
            timezone: Europe/Atlantis
            window_days: -3
            as_of: 2026-02-30
            base_url: ftp://x
            """
        ])
        #expect(
            found == [
                "C/site.yaml:2:11: timezone: \"Europe/Atlantis\" is not an IANA time zone name (like Europe/Berlin)",
                "C/site.yaml:3:14: window_days: \"-3\" is not a whole number ≥ 1",
                "C/site.yaml:4:8: as_of: \"2026-02-30\" is not a date (YYYY-MM-DD)",
                "C/site.yaml:5:11: base_url: \"ftp://x\" is not an http(s) URL",
            ])
        #expect(try errors(["site.yaml": "timezone: UTC\n"]) == ["C/site.yaml:1:1: title: required value is missing"])
        #expect(try errors(["org.yaml": "name: x\n"]) == ["C/site.yaml: title: site.yaml is missing; it must at least give the site a title"])
        #expect(try errors(["site.yaml": "title: [unclosed\n"]).first?.hasPrefix("C/site.yaml:2:1: invalid YAML") == true)
    }

    @Test("unknown keys and unknown files are warnings")
    func warnings() throws {
        let content = try load([
            "site.yaml": site + "colour: blue\n",
            "teams/pay/team.yaml": "name: Pay\nslack: '#pay'\n",
            "teams/pay/deploymnets.csv": "id\n",
            "teams/ghost/notes/a.md": "x",
            "README.txt": "hi",
            ".hidden": "skipped",
        ]).get()
        #expect(
            content.warnings.map(\.description) == [
                "C/README.txt: warning: unknown file, ignored (see the content format for the files Glasshouse reads)",
                "C/site.yaml:2:1: warning: colour: unknown key, ignored",
                "C/teams/ghost/notes/a.md: warning: ignored: teams/ghost/ has no team.yaml, so it is not a team",
                "C/teams/pay/deploymnets.csv: warning: unknown file, ignored (see the content format for the files a team folder holds)",
                "C/teams/pay/team.yaml:2:1: warning: slack: unknown key, ignored",
            ])
    }

    @Test("org.yaml: the unit tree")
    func org() throws {
        let content = try load([
            "site.yaml": site,
            "org.yaml": """
            name: Acme Corp
            units:
              - id: commerce
                name: Commerce
                lead: Dana Ortiz
              - id: payments-group
                name: Payments
                parent: commerce
                description: Money *in*, money out.
            """,
        ]).get()
        let org = try #require(content.org)
        #expect(org.name == "Acme Corp")
        #expect(org.units.map(\.id) == ["commerce", "payments-group"])
        #expect(org.units[1].parent == "commerce")
        #expect(org.units[0].lead == "Dana Ortiz")
        #expect(org.units[1].description == "Money *in*, money out.")
    }

    @Test("org.yaml: unknown parent, duplicate id and cycle are errors")
    func orgErrors() throws {
        let found = try errors([
            "site.yaml": site,
            "org.yaml": """
            units:
              - {id: a, name: A, parent: c}
              - {id: b, name: B, parent: a}
              - {id: c, name: C, parent: b}
              - {id: a, name: Again}
              - {id: d, name: D, parent: nowhere}
              - {id: Bad_Id, name: E}
            """,
        ])
        #expect(
            found == [
                "C/org.yaml:2:10: a.parent: cycle in the unit tree: a is its own ancestor",
                "C/org.yaml:3:10: b.parent: cycle in the unit tree: b is its own ancestor",
                "C/org.yaml:4:10: c.parent: cycle in the unit tree: c is its own ancestor",
                "C/org.yaml:5:10: units[3].id: duplicate unit id \"a\" (first defined on line 2)",
                "C/org.yaml:6:10: d.parent: unknown parent unit \"nowhere\"",
                "C/org.yaml:7:10: units[5].id: \"Bad_Id\" is not a valid id (lower-case letters, digits and -, at most 63)",
            ])
    }

    @Test("team.yaml: every field of content.md §4")
    func team() throws {
        let content = try load([
            "site.yaml": site + "currency: EUR\n", "org.yaml": "units: [{id: payments-group, name: Payments}]\n",
            "teams/payments/team.yaml": """
            name: Payments API
            unit: payments-group
            description: Card payments and refunds.
            owners: [dana@acme.dev]
            services: [checkout, refunds]
            links:
              runbook: https://wiki.acme.dev/payments/runbook
              dashboard: https://grafana.acme.dev/d/payments
            budget:
              monthly: 25000
            cost_tags:
              application: [PaymentsApi, Refunds]
              cost_center: CC-12
            private: [costs, Notes]
            """,
        ]).get()
        let team = try #require(content.teams.first)
        #expect(team.id == "payments")
        #expect(team.name == "Payments API")
        #expect(team.unit == "payments-group")
        #expect(team.description == "Card payments and refunds.")
        #expect(team.owners == ["dana@acme.dev"])
        #expect(team.services == ["checkout", "refunds"])
        #expect(
            team.links == [
                NamedLink(name: "runbook", url: "https://wiki.acme.dev/payments/runbook"),
                NamedLink(name: "dashboard", url: "https://grafana.acme.dev/d/payments"),
            ])
        #expect(team.budget == Budget(monthly: 25000, currency: "EUR"))
        #expect(team.costTags.map(\.key) == ["application", "cost_center"])
        #expect(team.costTags.map(\.values) == [["PaymentsApi", "Refunds"], ["CC-12"]])
        #expect(team.privateSections == [.costs, .notes])
    }

    @Test("team.yaml problems, from several teams, are reported together")
    func teamErrors() throws {
        let found = try errors([
            "site.yaml": site,
            "teams/a/team.yaml": "name: A\nunit: nowhere\nprivate: [dora, secrets]\nbudget: {monthly: lots}\n",
            "teams/b/team.yaml": "description: no name\n",
            "teams/Bad_Team/team.yaml": "name: Bad\n",
        ])
        #expect(
            found == [
                "C/teams/Bad_Team/team.yaml: \"Bad_Team\" is not a valid team id (lower-case letters, digits and -, at most 63); rename the folder",
                "C/teams/a/team.yaml:2:7: unit: unknown unit \"nowhere\"; there is no org.yaml, or it defines no units",
                "C/teams/a/team.yaml:3:17: private: \"secrets\" is not a section; expected one of dora, incidents, slos, costs, calms, notes, postmortems",
                "C/teams/a/team.yaml:4:19: budget.monthly: \"lots\" is not a number (use . as the decimal separator, no thousands separators)",
                "C/teams/b/team.yaml:1:1: name: required value is missing",
            ])
    }

    @Test("front matter: fields, defaults and errors on the file's own lines")
    func frontMatter() throws {
        let content = try load([
            "site.yaml": site + "timezone: Europe/Berlin\n",
            "teams/pay/team.yaml": "name: Pay\n",
            "teams/pay/index.md": "# Payments\n\nHello.\n",
            "teams/pay/notes/q3-review.md": "---\ntitle: Q3 review\ndate: 2026-10-02\nauthor: Dana\n---\nBody\n",
            "teams/pay/postmortems/inc-1.md": "---\r\ndate: 2026-10-01T23:30:00Z\r\nincident: INC-1\r\n---\r\n# Outage\r\n",
            "pages/about.md": "# About\n",
        ]).get()
        let team = try #require(content.teams.first)
        #expect(team.narrative?.body == "# Payments\n\nHello.\n")
        #expect(team.notes.first?.frontMatter == FrontMatter(title: "Q3 review", date: Timestamps.date("2026-10-02"), author: "Dana"))
        #expect(team.notes.first?.body == "Body\n")
        #expect(team.notes.first?.slug == "q3-review")
        // A timestamp counts as its day in the site time zone: 23:30Z is 00:30 on the 2nd in Berlin.
        #expect(team.postmortems.first?.frontMatter.date?.description == "2026-10-02")
        #expect(team.postmortems.first?.frontMatter.incident == "INC-1")
        #expect(content.pages.map(\.slug) == ["about"])

        let found = try errors([
            "site.yaml": site,
            "teams/pay/team.yaml": "name: Pay\n",
            "teams/pay/notes/undated.md": "# No date\n",
            "teams/pay/notes/bad-date.md": "---\ntitle: x\ndate: 2026-13-01\n---\n",
            "teams/pay/notes/open.md": "---\ntitle: never closed\n",
            "notes/bad slug.md": "---\ndate: 2026-01-01\n---\n",
            "pages/data.md": "# Clash\n",
        ])
        #expect(
            found == [
                "C/notes/bad slug.md: \"bad slug.md\": a page's file name may hold only letters, digits, -, _ and . (not first or last)",
                "C/pages/data.md: a free page cannot be named \"data\": the site uses that path itself",
                "C/teams/pay/notes/bad-date.md:3:7: date: \"2026-13-01\" is not a date (YYYY-MM-DD)",
                "C/teams/pay/notes/open.md:1: front matter starts with --- but is never closed by a --- line",
                "C/teams/pay/notes/undated.md:1: date: a date (YYYY-MM-DD) is required in the front matter of notes and postmortems",
            ])
    }

    @Test("a file that is not UTF-8 is an error, a BOM is not")
    func encoding() throws {
        let folder = try TestFolder(["C/site.yaml": "\u{FEFF}title: T\n", "C/teams/x/team.yaml": "name: X\n"])
        defer { folder.delete() }
        try [UInt8]([0x23, 0x20, 0xFF, 0xFE, 0x0A]).withUnsafeBufferPointer {
            try Data(buffer: $0).write(to: URL(fileURLWithPath: folder.path + "/C/teams/x/index.md"))
        }
        let source = SourceFolder(displayRoot: "C", of: try #require(SourceFolder(path: folder.path + "/C")))
        #expect(throws: ContentErrors.self) { try ContentLoader.load(from: source) }
        do { _ = try ContentLoader.load(from: source) } catch {
            #expect(error.errors.map(\.description) == ["C/teams/x/index.md:1: the file is not valid UTF-8 (byte 0xFF on this line); save it as UTF-8"])
        }
    }

    @Test("every team data file of every kind is parsed, not only offered for download")
    func everyDataFileIsRead() throws {
        // One row per file (sli.csv: none, it needs an SLO of slos.yaml); a file of a new kind fails here until it has one.
        let files: [String: String] = [
            "deployments.csv": "id,finished_at\nd1,2026-11-01T10:00:00Z\n",
            "changes.csv": "id,committed_at\nc1,2026-11-01T09:00:00Z\n",
            "dora.csv": "period,deployments\n2026-10,4\n",
            "incidents.csv": "id,opened_at\ni1,2026-11-01T12:00:00Z\n",
            "slos.yaml": "slos:\n  - id: avail\n    objective: 99.9\n",
            "sli.csv": "slo,start,good,total\n",
            "costs.csv": "month,amount\n2026-10,10\n",
            "calms.yaml": "assessments:\n  - date: 2026-10-01\n    scores: {culture: 3, automation: 4, lean: 2.5, measurement: 3, sharing: 3.5}\n",
        ]
        for name in DataKind.teamFiles.sorted() {
            guard let text = files[name] else {
                Issue.record("\(name): no example file in this test")
                continue
            }
            let content = try load(["site.yaml": site, "teams/w/team.yaml": "name: W\n", "teams/w/" + name: text]).get()
            let team = try #require(content.teams.first)
            let kind = try #require(DataKind(file: name))
            #expect(team.downloads.map(\.name) == [name])
            #expect(team.has(kind), "\(name) was not read")
            let read: Int? =
                switch name {
                case "deployments.csv": team.dora?.deployments.count
                case "changes.csv": team.dora?.changes.count
                case "dora.csv": team.dora?.summaries.count
                case "incidents.csv": team.dora?.incidents.count
                case "slos.yaml": team.slo?.slos.count
                case "sli.csv": team.slo?.sliFile == "C/teams/w/sli.csv" ? 0 : nil
                case "costs.csv": team.costs?.count
                case "calms.yaml": team.calms?.count
                default: nil
                }
            #expect(read == (name == "sli.csv" ? 0 : 1), "\(name)")
        }
    }
}
