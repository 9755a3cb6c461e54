import Foundation
import GlasshouseCore
import GlasshousePipeline
import GlasshouseTesting
import Testing

/// A new team lead's first hour (issue 15): what a site shows and the CLI says, without surprises.
@Suite("A first hour without surprises")
struct FirstHourTests {
    static let site: [String: String] = [
        "C/site.yaml": "title: Acme\nas_of: 2026-11-20\nstale_after_days: 14\n",
        "C/notes/kickoff.md": "---\ndate: 2026-11-02\n---\n# Kickoff\n",
        "C/teams/pay/team.yaml": "name: Payments\n",
        "C/teams/pay/notes/q4.md": "---\ndate: 2026-11-10\nauthor: Dana\n---\n# Q4 plan\n",
        "C/teams/pay/deployments.csv": "id,finished_at\nd1,2026-11-18T10:00:00Z\nd2,2026-11-21T10:00:00Z\nd3,2026-11-25T10:00:00Z\n",
        "C/teams/pay/incidents.csv":
            "id,opened_at,restored_at,cause\nOPEN-1,2026-11-19T10:00:00Z,,\nDONE-1,2026-11-12T10:00:00Z,2026-11-12T11:00:00Z,\nLATE-1,2026-11-22T10:00:00Z,,\n",
        "C/teams/old/team.yaml": "name: Old\nprivate: [notes]\n",
        "C/teams/old/notes/secret.md": "---\ndate: 2026-11-11\n---\n# Withheld\n",
        "C/teams/old/deployments.csv": "id,finished_at\nx1,2026-09-01T10:00:00Z\n",
    ]

    @Test("an open incident without a cause is 'cause unknown'; a restored one without a cause is 'external'")
    func causeUnknown() throws {
        let folder = try TestFolder(Self.site)
        defer { folder.delete() }
        _ = try SiteBuilder.build(SiteBuildTests.options(folder))
        let page = try #require(folder.read("S/teams/pay/index.html"))
        let open = try #require(page.range(of: "<th scope=\"row\">OPEN-1</th>"))
        let done = try #require(page.range(of: "<th scope=\"row\">DONE-1</th>"))
        let openRow = page[open.upperBound...].components(separatedBy: "</tr>")[0]
        let doneRow = page[done.upperBound...].components(separatedBy: "</tr>")[0]
        #expect(openRow.contains("cause unknown") && !openRow.contains("external"))
        #expect(doneRow.contains("external") && !doneRow.contains("cause unknown"))
    }

    @Test("the summary counts rows after the as-of day and teams with stale data")
    func summaryLine() throws {
        let folder = try TestFolder(Self.site)
        defer { folder.delete() }
        let report = try SiteBuilder.validate(SiteBuildTests.options(folder))
        // d2, d3 and LATE-1 are after 2026-11-20; old's DORA feed stopped 2026-09-01, more than 14 days before.
        #expect(report.ignoredRows == 3)
        #expect(report.staleTeams == 1)
        #expect(
            report.summary(verb: "Valid:")
                == "Valid: 2 teams, 0 units, \(report.pages) pages, \(report.warnings.count) warnings, 3 rows after the as-of day ignored, 1 team with a stale feed, as of 2026-11-20"
        )
    }

    @Test("validate needs no themes folder")
    func validateWithoutTheme() throws {
        let folder = try TestFolder(Self.site)
        defer { folder.delete() }
        var options = SiteBuildTests.options(folder)
        options.themes = folder.path + "/no-themes-here"
        let report = try SiteBuilder.validate(options)
        #expect(report.teams == 2)
        #expect(report.pages == 0)
        // build still needs it.
        #expect(throws: BuildFailure.self) { try SiteBuilder.build(options) }
    }

    @Test("the quality page shows content-relative paths, never the build machine's")
    func qualityPaths() throws {
        var files = Self.site
        files["C/teams/pay/deploymnets.csv"] = "id\n"
        let folder = try TestFolder(files)
        defer { folder.delete() }
        _ = try SiteBuilder.build(SiteBuildTests.options(folder))
        let page = try #require(folder.read("S/quality/index.html"))
        #expect(!page.contains(folder.path))
        #expect(page.contains("teams/pay/deploymnets.csv"))
        #expect(page.contains("of teams/pay/deployments.csv after"))
    }

    @Test("notes/index.html lists org and published team notes, newest first")
    func notesIndex() throws {
        let folder = try TestFolder(Self.site)
        defer { folder.delete() }
        _ = try SiteBuilder.build(SiteBuildTests.options(folder))
        let page = try #require(folder.read("S/notes/index.html"))
        let q4 = try #require(page.range(of: "<a href=\"../teams/pay/notes/q4/index.html\">Q4 plan</a>"))
        let kickoff = try #require(page.range(of: "<a href=\"kickoff/index.html\">Kickoff</a>"))
        #expect(q4.lowerBound < kickoff.lowerBound)
        #expect(page.contains("<a href=\"../teams/pay/index.html\">Payments</a>"))
        #expect(page.contains("<td>Dana</td>"))
        #expect(!page.contains("Withheld"))
        #expect(try #require(folder.read("S/index.html")).contains("href=\"notes/index.html\">Notes</a>"))
    }

    @Test("`new team` examples build as they are: the site's currency, its cost category, dates up to the as-of day")
    func scaffoldExamplesBuild() throws {
        let folder = try TestFolder([
            "C/site.yaml": "title: Acme\ncurrency: EUR\ntimezone: Pacific/Kiritimati\nas_of: 2026-06-30\n",
            "C/teams/pay/team.yaml": "name: Payments\n",
            "C/teams/pay/costs.csv": "month,amount,category\n2026-05,10,Compute\n2026-06,10,Compute\n2026-06,5,storage\n",
        ])
        defer { folder.delete() }
        try TeamScaffolder.create(id: "checkout", unit: nil, content: folder.path + "/C", today: Day(year: 2026, month: 11, day: 29)!)
        let team = folder.path + "/C/teams/checkout/"
        #expect(
            folder.read("C/teams/checkout/examples/costs.csv") == "month,amount,currency,category,service,idle\n2026-06,18250.40,EUR,Compute,checkout,2100\n")
        for name in ["deployments.csv", "changes.csv", "incidents.csv", "costs.csv", "sli.csv"] {
            try FileManager.default.moveItem(atPath: team + "examples/" + name, toPath: team + name)
        }
        try FileManager.default.removeItem(atPath: team + "slos.yaml")
        try FileManager.default.moveItem(atPath: team + "examples/slos.yaml", toPath: team + "slos.yaml")
        let report = try SiteBuilder.build(SiteBuildTests.options(folder))
        #expect(report.ignoredRows == 0, "every example is on or before the as-of day, even at UTC+14")
        #expect(
            report.warnings.map(\.description).sorted() == [
                team + "index.md: warning: still holds the placeholder text of `glasshouse new team`; replace it before publishing",
                team + "notes/2026-06-30-hello.md: warning: still holds the placeholder text of `glasshouse new team`; replace it before publishing",
                team + "team.yaml: warning: description: still holds the placeholder text of `glasshouse new team`; replace it before publishing",
            ])
        let page = try #require(folder.read("S/teams/checkout/index.html"))
        #expect(page.contains("INC-1"))
    }

    @Test("cost categories differing only in case or spacing are one category, with a warning")
    func costCategories() throws {
        let folder = try TestFolder([
            "C/site.yaml": "title: Acme\nas_of: 2026-11-20\n",
            "C/teams/a/team.yaml": "name: A\n",
            "C/teams/a/costs.csv": "month,amount,category\n2026-10,10,Data Transfer\n2026-10,20,data transfer\n2026-11,5,DataTransfer \n",
            "C/teams/b/team.yaml": "name: B\n",
            "C/teams/b/costs.csv": "month,amount,category\n2026-10,1,data transfer\n",
        ])
        defer { folder.delete() }
        let report = try SiteBuilder.build(SiteBuildTests.options(folder))
        // "data transfer" has 2 rows, the others 1 each ("DataTransfer " is trimmed to "DataTransfer").
        #expect(
            report.warnings.map(\.description) == [
                folder.path
                    + "/C/teams/a/costs.csv: warning: category: \"Data Transfer\" and \"data transfer\" differ only in case or spacing; counted as one category, \"data transfer\"",
                folder.path
                    + "/C/teams/a/costs.csv: warning: category: \"DataTransfer\" and \"data transfer\" differ only in case or spacing; counted as one category, \"data transfer\"",
            ])
        let json = try #require(folder.read("S/data/teams/a.json"))
        #expect(json.contains("\"data transfer\""))
        #expect(!json.contains("Data Transfer") && !json.contains("DataTransfer"))
    }
}
