import Foundation
import GlasshouseCore
import GlasshousePipeline
import GlasshouseTesting
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("Atom feed and sitemap")
struct FeedTests {
    func build(_ extra: String = "") throws -> TestFolder {
        var files = SiteBuildTests.site
        files["C/site.yaml"]! += extra
        files["C/teams/search/notes/tuning.md"] = "---\ndate: 2026-11-05\nauthor: Ana & Bo\n---\n# Tuning & \"speed\"\n"
        let folder = try TestFolder(files)
        let options = SiteBuildTests.options(folder)
        _ = try SiteBuilder.build(options)
        return folder
    }

    @Test("newest first, escaped, stable ids, withheld postmortems left out, well-formed XML, linked from every page")
    func feed() throws {
        let folder = try build()
        defer { folder.delete() }
        let xml = try #require(folder.read("S/feed.xml"))
        #expect(XMLParser(data: Data(xml.utf8)).parse())
        let titles = xml.components(separatedBy: "<title>").dropFirst(2).map { $0.components(separatedBy: "</title>")[0] }
        #expect(titles == ["Tuning &amp; &quot;speed&quot;", "All hands", "Q3 review"])  // 5 Nov, 1 Nov, 2 Oct
        #expect(xml.contains("<author><name>Ana &amp; Bo</name></author>"))
        #expect(!xml.contains("Secret outage"))  // payments withholds postmortems
        #expect(xml.contains("href=\"teams/search/notes/tuning/index.html\""))
        #expect(folder.read("S/sitemap.xml") == nil)
        let again = try build()
        defer { again.delete() }
        #expect(again.read("S/feed.xml") == xml, "ids and order are stable")
        #expect(
            try #require(folder.read("S/teams/search/index.html")).contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"../../feed.xml\""))
    }

    @Test("with base_url: absolute ids and links, and a sitemap of every page")
    func sitemap() throws {
        let folder = try build("base_url: https://scorecard.acme.dev/sub\n")
        defer { folder.delete() }
        let xml = try #require(folder.read("S/feed.xml"))
        #expect(xml.contains("<id>https://scorecard.acme.dev/sub/teams/search/notes/tuning/index.html</id>"))
        #expect(xml.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://scorecard.acme.dev/sub/feed.xml\"/>"))
        let sitemap = try #require(folder.read("S/sitemap.xml"))
        #expect(XMLParser(data: Data(sitemap.utf8)).parse())
        #expect(sitemap.contains("<url><loc>https://scorecard.acme.dev/sub/</loc></url>"))
        #expect(sitemap.contains("<url><loc>https://scorecard.acme.dev/sub/teams/search/</loc></url>"))
        #expect(!sitemap.contains(".json"))  // the export's files are not pages; its guide is
        #expect(sitemap.contains("<url><loc>https://scorecard.acme.dev/sub/data/</loc></url>"))
    }
}
