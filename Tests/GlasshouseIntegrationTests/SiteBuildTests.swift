import Foundation
import GlasshouseCompute
import GlasshouseCore
import GlasshousePipeline
import GlasshouseTesting
import Testing

/// Whole sites declared inline, built with the real default theme into a temporary folder.
@Suite("Building whole sites")
struct SiteBuildTests {
    static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Themes").path

    static let site: [String: String] = [
        "C/site.yaml": "title: Acme Scorecard\ntimezone: Europe/Berlin\nas_of: 2026-11-20\n",
        "C/org.yaml": """
        name: Acme Corp
        units:
          - {id: commerce, name: Commerce, lead: Dana Ortiz}
          - {id: payments-group, name: Payments, parent: commerce, description: "Money **in**."}
        """,
        "C/teams/payments/team.yaml":
            "name: Payments API\nunit: payments-group\nowners: [dana@acme.dev]\nlinks: {runbook: 'https://wiki/x', bad: 'javascript:alert(1)'}\nprivate: [postmortems]\n",
        "C/teams/payments/index.md": "# Payments\n\nRead [the Q3 review](notes/q3.md#wins).\n",
        "C/teams/payments/notes/q3.md": "---\ndate: 2026-10-02\nauthor: Dana\n---\n# Q3 review\n\nBack to [the team](../index.md).\n",
        "C/teams/payments/postmortems/inc-1.md": "---\ndate: 2026-10-01\nincident: INC-1\n---\n# Secret outage\n",
        "C/teams/search/team.yaml": "name: Search\n",
        "C/notes/2026-11-all-hands.md": "---\ndate: 2026-11-01\n---\n# All hands\n",
        "C/pages/about.md": "# About the scorecard\n",
    ]

    /// Options that build `folder`'s `C/` into `folder`'s `output` with the repository's themes; every
    /// integration suite builds its inline sites this way.
    static func options(_ folder: TestFolder, output: String = "S") -> BuildOptions { TestSite.options(folder, output: output) }

    @Test("a site has every page, relative links only, and back-links up the tree")
    func pages() throws {
        let folder = try TestFolder(Self.site)
        defer { folder.delete() }
        let report = try SiteBuilder.build(Self.options(folder))
        #expect(report.teams == 2)
        #expect(report.asOf.day.description == "2026-11-20")
        let files = folder.snapshot("S").keys.sorted()
        #expect(
            files == [
                ".glasshouse-site", "about/index.html", "assets/favicon.svg", "assets/sortable.js", "assets/style.css",
                "data/index.html", "data/index.json", "data/org.json",
                "data/schema/index.json", "data/schema/team.json", "data/schema/unit.json", "data/teams/payments.json", "data/teams/search.json",
                "data/units/commerce.json", "data/units/payments-group.json",
                "feed.xml", "index.html", "methodology/index.html", "notes/2026-11-all-hands/index.html", "notes/index.html", "postmortems/index.html",
                "quality/index.html",
                "teams/payments/index.html", "teams/payments/notes/q3/index.html", "teams/search/index.html",
                "units/commerce/index.html", "units/payments-group/index.html",
            ])
        let team = try #require(folder.read("S/teams/payments/index.html"))
        #expect(team.contains("href=\"notes/q3/index.html#wins\""))
        #expect(team.contains("href=\"../../units/payments-group/index.html\">Payments</a>"))
        #expect(team.contains("href=\"../../units/commerce/index.html\">Commerce</a>"))
        #expect(team.contains("href=\"../../assets/style.css\""))
        #expect(team.contains("withholds <strong>postmortems</strong>"))
        #expect(!team.contains("Secret outage"))
        #expect(!team.contains("href=\"javascript"))
        let note = try #require(folder.read("S/teams/payments/notes/q3/index.html"))
        #expect(note.contains("<title>Q3 review · Acme Scorecard</title>"))
        #expect(note.contains("href=\"../../index.html\">the team</a>"))
        #expect(note.contains("href=\"../../index.html\">Payments API</a>"))
        for (path, data) in folder.snapshot("S") where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("href=\"/"), "\(path) has a root-absolute link")
            #expect(!html.contains("src=\"/"), "\(path) has a root-absolute source")
        }
        #expect(folder.read("S/data/index.json")?.contains("\"teams\": [\n    \"payments\",\n    \"search\"\n  ]") == true)
    }

    @Test("two builds of the same content and as-of day are byte-identical")
    func determinism() throws {
        let folder = try TestFolder(Self.site)
        defer { folder.delete() }
        _ = try SiteBuilder.build(Self.options(folder, output: "A"))
        _ = try SiteBuilder.build(Self.options(folder, output: "B"))
        let a = folder.snapshot("A"), b = folder.snapshot("B")
        #expect(a.count == 27)  // with the marker and the theme's sortable.js
        #expect(a == b)
    }

    @Test("a build with a content error exits with every error and leaves the old site untouched")
    func atomicity() throws {
        let folder = try TestFolder(Self.site)
        defer { folder.delete() }
        _ = try SiteBuilder.build(Self.options(folder))
        try folder.write(["S/.gitignore": "*\n"])
        let before = folder.snapshot("S")
        try folder.write([
            "C/teams/search/team.yaml": "name: Search\nunit: nowhere\n",
            "C/teams/payments/notes/undated.md": "# no date\n",
        ])
        #expect(throws: BuildFailure.self) { try SiteBuilder.build(Self.options(folder)) }
        do { _ = try SiteBuilder.build(Self.options(folder)) } catch {
            guard case .content(let diagnostics) = error else { Issue.record("expected content errors"); return }
            #expect(diagnostics.filter { $0.severity == .error }.count == 2)
        }
        #expect(folder.snapshot("S") == before)
        // A later good build keeps the owner's hidden files.
        try folder.write(["C/teams/search/team.yaml": "name: Search\n"])
        try folder.remove("C/teams/payments/notes/undated.md")
        _ = try SiteBuilder.build(Self.options(folder))
        #expect(folder.read("S/.gitignore") == "*\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/.S.glasshouse-new"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/.S.glasshouse-old"))
    }

    @Test("content cannot inject script: a team named <script> is escaped everywhere")
    func escaping() throws {
        var files = Self.site
        files["C/teams/evil/team.yaml"] = "name: <script>alert(1)</script>\ndescription: \"<img src=x onerror=alert(2)>\"\n"
        files["C/teams/evil/index.md"] = "Hello <script>alert(3)</script> [x](javascript:alert(4))\n"
        let folder = try TestFolder(files)
        defer { folder.delete() }
        _ = try SiteBuilder.build(Self.options(folder))
        let pages = folder.snapshot("S").filter { $0.key.hasSuffix(".html") }
        #expect(pages.count == 14)
        for (path, data) in pages {
            // The theme's own progressive script (sortable tables) is the only script a page loads.
            let html = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !($0.hasPrefix("<script src=\"") && $0.hasSuffix("assets/sortable.js\" defer></script>")) }.joined(separator: "\n")
            #expect(!html.contains("<script"), "\(path)")
            #expect(!html.contains("<img src=x"), "\(path)")
            #expect(!html.contains("href=\"javascript:"), "\(path)")
        }
        #expect(folder.read("S/index.html")?.contains("&lt;script&gt;alert(1)&lt;/script&gt;") == true)
        #expect(folder.read("S/teams/evil/index.html")?.contains("&lt;img src=x onerror=alert(2)&gt;") == true)
    }

    @Test("a symbolic link out of the content folder is refused")
    func containment() throws {
        let folder = try TestFolder(Self.site)
        defer { folder.delete() }
        try folder.write(["secret.md": "---\ndate: 2026-01-01\n---\nsecret\n"])
        try folder.symlink("C/teams/payments/notes/leak.md", to: folder.path + "/secret.md")
        do {
            _ = try SiteBuilder.build(Self.options(folder))
            Issue.record("the build should fail")
        } catch {
            guard case .content(let diagnostics) = error else { Issue.record("expected content errors"); return }
            #expect(
                diagnostics.map(\.description).contains {
                    $0.hasSuffix("C/teams/payments/notes/leak.md: symbolic link leads outside \(folder.path)/C; refused")
                })
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/S"))
    }

    @Test("an existing folder that is not a Glasshouse site is never replaced")
    func foreignOutput() throws {
        let folder = try TestFolder(Self.site)
        defer { folder.delete() }
        try folder.write(["S/thesis.tex": "precious"])
        #expect(throws: BuildFailure.self) { try SiteBuilder.build(Self.options(folder)) }
        #expect(folder.read("S/thesis.tex") == "precious")
    }

    @Test("validate writes nothing")
    func validate() throws {
        let folder = try TestFolder(Self.site)
        defer { folder.delete() }
        let report = try SiteBuilder.validate(Self.options(folder))
        #expect(report.pages == 14)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/S"))
    }

    @Test("--theme overrides some files and falls back to default for the rest; a bad variable is an error")
    func themes() throws {
        let folder = try TestFolder(Self.site)
        defer { folder.delete() }
        let themes = folder.path + "/T"
        try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: themes + "/default", withDestinationPath: Self.themes + "/default")
        try folder.write([
            "T/brand/assets/style.css": "body { color: hotpink; }\n", "T/brand/templates/footer.mustache": "<footer>Brand {{frame.generator}}</footer>\n",
        ])
        var options = Self.options(folder)
        options.themes = themes
        options.theme = "brand"
        _ = try SiteBuilder.build(options)
        #expect(folder.read("S/assets/style.css") == "body { color: hotpink; }\n")
        #expect(folder.read("S/index.html")?.contains("<footer>Brand Glasshouse") == true)
        #expect(folder.read("S/index.html")?.contains("<h1>Acme Corp</h1>") == true)

        try folder.write(["T/brand/templates/footer.mustache": "<footer>{{generatr}}</footer>\n"])
        do {
            _ = try SiteBuilder.build(options)
            Issue.record("the build should fail")
        } catch {
            guard case .content(let diagnostics) = error else { Issue.record("expected content errors"); return }
            #expect(
                diagnostics.map(\.description) == [
                    "\(themes)/default/templates/org.mustache: template: unknown variable {{generatr}} (not part of this page's view model; check the template or its partials)"
                ])
        }
        options.theme = "missing"
        #expect(throws: BuildFailure.self) { try SiteBuilder.build(options) }
    }

    @Test("the scaffold of `glasshouse new team` builds and warns only about its unchanged placeholder text")
    func scaffold() throws {
        let folder = try TestFolder(Self.site)
        defer { folder.delete() }
        try TeamScaffolder.create(id: "checkout", unit: "commerce", content: folder.path + "/C", today: Day(year: 2026, month: 11, day: 20)!)
        let report = try SiteBuilder.build(Self.options(folder))
        #expect(report.teams == 3)
        #expect(
            report.warnings.filter { $0.file.contains("teams/checkout/") }.map(\.file).sorted() == [
                folder.path + "/C/teams/checkout/index.md", folder.path + "/C/teams/checkout/notes/2026-11-20-hello.md",
                folder.path + "/C/teams/checkout/team.yaml",
            ])
        #expect(folder.read("S/units/commerce/index.html")?.contains("Checkout") == true)
        #expect(throws: BuildFailure.self) { try TeamScaffolder.create(id: "checkout", unit: nil, content: folder.path + "/C", today: Day(ordinal: 0)) }
        #expect(throws: BuildFailure.self) { try TeamScaffolder.create(id: "other", unit: "nowhere", content: folder.path + "/C", today: Day(ordinal: 0)) }
    }
}
