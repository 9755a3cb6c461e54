import GlasshouseCore
import Testing

/// `OutputPaths`: the one place every output path is named.
@Suite("Output paths")
struct OutputPathsTests {
    @Test("every kind of path is relative, lower-case and unique, even on a case-insensitive file system")
    func relativeLowercaseUnique() {
        let paths = OutputPaths.examples
        #expect(paths.count == 21)
        for path in paths {
            #expect(!path.isEmpty && !path.hasPrefix("/") && !path.hasSuffix("/"), "\(path)")
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            #expect(!parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }, "\(path)")
            #expect(!path.contains("\\") && !path.contains(":"), "\(path)")
            #expect(path == path.lowercased(), "\(path)")
        }
        #expect(Set(paths.map { $0.lowercased() }).count == paths.count)
        // Two kinds never share a path: with the same ids and slugs, every call gives a different path.
        let same = [
            OutputPaths.unit("x"), OutputPaths.team("x"), OutputPaths.orgNote("x"), OutputPaths.page("x"), OutputPaths.teamNote("x", "x"),
            OutputPaths.teamPostmortem("x", "x"), OutputPaths.teamData("x"), OutputPaths.unitData("x"), OutputPaths.teamDownload("x", "x"),
            OutputPaths.schema("x"), OutputPaths.asset("x"),
        ]
        #expect(Set(same).count == same.count)
    }

    @Test("the top-level name of every generated path is reserved, ignoring case; a free page's own name is not")
    func reserved() {
        for path in OutputPaths.examples {
            let top = String(path.split(separator: "/")[0])
            #expect(OutputPaths.isReserved(top), "\(top)")
            #expect(OutputPaths.isReserved(top.uppercased()), "\(top)")
        }
        #expect(
            OutputPaths.reserved == [
                "index.html", "units", "teams", "notes", "postmortems", "methodology", "quality", "data", "feed.xml", "sitemap.xml", "assets",
                ".glasshouse-site", "index", "feed", "sitemap",
            ])
        #expect(OutputPaths.isReserved("Notes"))
        #expect(!OutputPaths.isReserved("about"))
        #expect(OutputPaths.page("about") == "about/index.html")
    }

    @Test("the export, feed and assets live where site.md §3–4 puts them")
    func contractPaths() {
        #expect(OutputPaths.dataIndex == "data/index.json")
        #expect(OutputPaths.orgData == "data/org.json")
        #expect(OutputPaths.teamData("pay") == "data/teams/pay.json")
        #expect(OutputPaths.unitData("commerce") == "data/units/commerce.json")
        #expect(OutputPaths.teamDownload("pay", "costs.csv") == "data/teams/pay/costs.csv")
        #expect(OutputPaths.schema("team") == "data/schema/team.json")
        #expect(OutputPaths.asset("style.css") == "assets/style.css")
        #expect([OutputPaths.feed, OutputPaths.sitemap, OutputPaths.dataGuide] == ["feed.xml", "sitemap.xml", "data/index.html"])
    }

    @Test("a static file may not replace a generated file or the marker, stand for a generated folder or hold one below a generated file")
    func staticConflicts() {
        let occupied = OutputPaths.Occupied(generated: ["index.html", "teams/a/index.html", "data/index.json"])
        #expect(occupied.conflict("index.html") == "the site generates index.html itself; remove or rename the static file")
        #expect(occupied.conflict(".glasshouse-site") == "the site generates .glasshouse-site itself; remove or rename the static file")
        #expect(occupied.conflict("teams") == "the site has a folder teams/; a static file cannot take its place")
        #expect(occupied.conflict("teams/a") == "the site has a folder teams/a/; a static file cannot take its place")
        #expect(occupied.conflict("data/index.json/x/y") == "the site generates the file data/index.json; a static folder cannot take its place")
        #expect(occupied.conflict("teams/a/notes.txt") == nil)
        #expect(occupied.conflict("robots.txt") == nil)
    }
}
