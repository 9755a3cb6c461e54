import Foundation
import GlasshouseCore
import GlasshouseTesting
import GlasshouseWrite
import Testing

/// The write stage on its own (site.md §2): the swap is atomic, foreign folders are refused,
/// nothing is written outside the output folder.
@Suite("Writing a site")
struct SiteWriterTests {
    static let site = [OutputFile(path: "index.html", text: "new"), OutputFile(path: "data/index.json", text: "{}")]

    @Test("a new site replaces the old one whole: old files gone, hidden files of the folder kept")
    func swap() throws {
        let folder = try TestFolder()
        defer { folder.delete() }
        try SiteWriter.write([OutputFile(path: "index.html", text: "old"), OutputFile(path: "stale.html", text: "old")], to: folder.path + "/S")
        try folder.write(["S/.git/HEAD": "ref"])
        try SiteWriter.write(Self.site, to: folder.path + "/S")
        #expect(folder.read("S/index.html") == "new")
        #expect(folder.read("S/stale.html") == nil)
        #expect(folder.read("S/.git/HEAD") == "ref")
        // No staging or retired folder is left beside the output.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasSuffix("glasshouse-lock") } == ["S"])
    }

    @Test("a failed write leaves the previous site exactly as it was")
    func failureKeepsOldSite() throws {
        let folder = try TestFolder()
        defer { folder.delete() }
        try SiteWriter.write([OutputFile(path: "index.html", text: "old")], to: folder.path + "/S")
        let before = folder.snapshot("S")
        #expect(throws: SiteWriter.Failure.self) {
            try SiteWriter.write([OutputFile(path: "index.html", text: "new"), OutputFile(path: "../escape.html", text: "x")], to: folder.path + "/S")
        }
        #expect(folder.snapshot("S") == before)
        #expect(folder.read("escape.html") == nil)
    }

    @Test("a folder with visible files that is not a Glasshouse site is refused and untouched")
    func foreignFolder() throws {
        let folder = try TestFolder(["S/thesis.tex": "mine"])
        defer { folder.delete() }
        #expect(throws: SiteWriter.Failure.self) { try SiteWriter.write(Self.site, to: folder.path + "/S") }
        #expect(folder.snapshot("S").keys.sorted() == ["thesis.tex"])
    }

    @Test("an empty folder, or one with only hidden files, may become a site")
    func emptyFolder() throws {
        let folder = try TestFolder(["S/.gitignore": "*"])
        defer { folder.delete() }
        try SiteWriter.write(Self.site, to: folder.path + "/S")
        #expect(folder.read("S/.gitignore") == "*")
        #expect(folder.read("S/index.html") == "new" && folder.read("S/data/index.json") == "{}")
    }

    @Test("paths that leave the output folder or are not plain relative paths are refused")
    func relativePaths() throws {
        let folder = try TestFolder()
        defer { folder.delete() }
        for bad in ["/etc/passwd", "a/../../b", "./a", "a//b"] {
            #expect(throws: SiteWriter.Failure.self, "\(bad)") { try SiteWriter.write([OutputFile(path: bad, text: "x")], to: folder.path + "/S") }
        }
        #expect(folder.snapshot("").keys.filter { !$0.hasSuffix("glasshouse-lock") }.isEmpty)
    }
}
