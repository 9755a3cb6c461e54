import Foundation
import GlasshouseCore
import GlasshousePipeline
import GlasshouseTesting
import Testing

/// Whole sites built from hostile content (issue 11 items 1, 3 and 9).
@Suite("Building sites from hostile content")
struct HostileContentTests {
    /// Ends an attribute if `"` followed by a combining mark is not escaped (a grapheme cluster).
    static let hostile = "x\"\u{301} onmouseover=alert(1) \"\u{301}<\u{301}b>\u{301}'\u{301}"

    /// `text` as a single-quoted YAML scalar.
    static func yaml(_ text: String) -> String {
        // Per scalar: `replacingOccurrences` works on grapheme clusters and misses `'` + U+0301.
        var quoted = "'"
        for scalar in text.unicodeScalars {
            if scalar == "'" { quoted += "'" }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "'"
    }

    @Test("no page, feed or export carries a special character unescaped, whatever mark follows it")
    func combiningMarks() throws {
        let name = Self.yaml(Self.hostile)
        let folder = try TestFolder([
            "C/site.yaml": "title: \(name)\nas_of: 2026-11-20\nbase_url: https://acme.dev/\n",
            "C/org.yaml": "name: \(name)\nunits:\n  - {id: u, name: \(name)}\n",
            "C/teams/pay/team.yaml": "name: \(name)\nunit: u\ndescription: \(name)\nlinks: {\(name): 'https://acme.dev/'}\n",
            "C/teams/pay/slos.yaml": "slos:\n  - id: a\n    name: \(name)\n    service: \(name)\n    objective: 99.9\n",
            "C/teams/pay/notes/q3.md": "---\ntitle: \(name)\nauthor: \(name)\ndate: 2026-10-02\n---\nBody.\n",
            "C/notes/all-hands.md": "---\ndate: 2026-11-01\n---\n# \(Self.hostile)\n",
        ])
        defer { folder.delete() }
        _ = try SiteBuilder.build(SiteBuildTests.options(folder))
        let files = folder.snapshot("S")
        var checked = 0
        for (path, data) in files where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            let scalars = Array(String(decoding: data, as: UTF8.self).unicodeScalars)
            for (index, scalar) in scalars.enumerated().dropLast() where scalars[index + 1] == "\u{301}" {
                // cmark-gfm leaves ' in Markdown prose (element content, harmless); templates escape it.
                #expect(!"\"<>".unicodeScalars.contains(scalar), "\(path): \(scalar) followed by U+0301 is unescaped")
            }
            #expect(!String(decoding: data, as: UTF8.self).contains(" onmouseover=alert(1) \""), "\(path)")
            checked += 1
        }
        #expect(checked >= 8)
        let team = try #require(folder.read("S/teams/pay/index.html"))
        #expect(team.contains("x&quot;\u{301} onmouseover=alert(1) &quot;\u{301}&lt;\u{301}b&gt;\u{301}&#39;\u{301}"))
        let feed = try #require(folder.read("S/feed.xml"))
        #expect(feed.contains("<title>x&quot;\u{301} onmouseover"))
    }

    @Test("unsafe_html keeps harmless raw HTML and drops script, handlers and script URLs on the page")
    func unsafeHTML() throws {
        let folder = try TestFolder([
            "C/site.yaml": "title: T\nas_of: 2026-11-20\nmarkdown: {unsafe_html: true}\n",
            "C/pages/about.md":
                "# About\n\n<div class=\"box\" onclick=\"alert(1)\"><b>bold</b></div>\n\n<img src=x onerror=alert(1)> <a href=\"jav&#x61;script:alert(1)\">x</a> <svg onload=alert(1)></svg>\n",
        ])
        defer { folder.delete() }
        _ = try SiteBuilder.build(SiteBuildTests.options(folder))
        let page = try #require(folder.read("S/about/index.html"))
        #expect(page.contains("<div class=\"box\"><b>bold</b></div>"))
        #expect(page.contains("<img src=\"x\" />"))
        #expect(!page.contains("onerror") && !page.contains("onclick") && !page.contains("<svg onload") && !page.contains("javascript"))
    }

    @Test("every top-level name the generator writes is on the shared reserved list")
    func reservedListCoversOutput() throws {
        let folder = try TestFolder(SiteBuildTests.site.merging(["C/site.yaml": "title: T\nas_of: 2026-11-20\nbase_url: https://acme.dev/\n"]) { $1 })
        defer { folder.delete() }
        _ = try SiteBuilder.build(SiteBuildTests.options(folder))
        let pageSlugs: Set<String> = ["about"]
        let topLevel = Set(folder.snapshot("S").keys.map { String($0.split(separator: "/")[0]) }).subtracting(pageSlugs)
        #expect(topLevel.contains("sitemap.xml") && topLevel.contains("feed.xml"))
        #expect(topLevel.filter { !$0.hasPrefix(".") && !OutputPaths.isReserved($0) }.isEmpty, "\(topLevel.sorted())")
    }
}

/// Numbers at the content bounds go through every stage (issue 11 item 5): loading accepts them,
/// and computing, comparing periods and formatting never trap.
@Suite("Building sites from numbers at the bounds")
struct BoundaryNumberTests {
    @Test("summaries, costs and budgets at the bounds build a site")
    func extremes() throws {
        let folder = try TestFolder([
            "C/site.yaml": "title: T\nas_of: 2026-11-20\n",
            "C/org.yaml": "units:\n  - {id: u, name: U}\n",
            "C/teams/a/team.yaml": "name: A\nunit: u\nbudget: {monthly: 1e15}\n",
            "C/teams/b/team.yaml": "name: B\nunit: u\nbudget: {monthly: -1e15}\n",
            "C/teams/a/dora.csv": """
            period,deployments,failed_deployments,deploy_days,lead_time_p50_hours,changes,recovery_p50_hours,recoveries
            2026-08,1000000000000,999999999999,31,1e15,1000000000000,1e15,1000000000000
            2026-09,1,0,1,0.000001,1000000000000,1e15,1
            2026-10,1000000000000,1000000000000,31,1e15,1,0.000001,1000000000000
            2026-11,999999999999,1,20,1,1000000000000,1e15,1000000000000
            """,
            "C/teams/b/dora.csv": """
            period,deployments,failed_deployments,deploy_days,lead_time_p50_hours,changes,recovery_p50_hours,recoveries
            2026-09,1000000000000,1000000000000,30,1e15,1000000000000,1e15,1000000000000
            2026-10,1000000000000,0,31,1e-15,1000000000000,1e15,1000000000000
            """,
            "C/teams/a/costs.csv": "month,amount,idle\n2026-09,1e15,1e15\n2026-10,-1e15,0\n2026-11,1e15,-1e15\n",
            "C/teams/b/costs.csv": "month,amount\n2026-09,1e15\n2026-10,1e15\n2026-11,0.0000001\n",
        ])
        defer { folder.delete() }
        _ = try SiteBuilder.build(SiteBuildTests.options(folder))
        let team = try #require(folder.read("S/teams/a/index.html"))
        #expect(team.contains("1,000,000,000,000,000 USD"))
    }
}
