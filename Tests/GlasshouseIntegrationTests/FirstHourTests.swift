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
        "C/teams/pay/incidents.csv": "id,opened_at,restored_at,cause\nOPEN-1,2026-11-19T10:00:00Z,,\nDONE-1,2026-11-12T10:00:00Z,2026-11-12T11:00:00Z,\nLATE-1,2026-11-22T10:00:00Z,,\n",
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
        // d2, d3 and LATE-1 are after 2026-11-20; old's last deployment (2026-09-01) is older than 14 days.
        #expect(report.ignoredRows == 3)
        #expect(report.staleTeams == 1)
        #expect(report.summary(verb: "Valid:") == "Valid: 2 teams, 0 units, \(report.pages) pages, \(report.warnings.count) warnings, 3 rows after the as-of day ignored, 1 team with stale data, as of 2026-11-20")
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
}
