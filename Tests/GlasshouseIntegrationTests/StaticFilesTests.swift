import Foundation
import GlasshouseCore
import GlasshousePipeline
import GlasshouseTesting
import Testing

/// `Content/static/` (content.md §1): copied as is to the site root, hidden files included,
/// never over a generated file or folder, never from outside the content folder.
@Suite("static/: copied to the site root")
struct StaticFilesTests {
    @Test("files, nested folders and hidden files are copied byte for byte; none is an unknown file")
    func copied() throws {
        var files = SiteBuildTests.site
        files["C/static/CNAME"] = "scorecard.acme.dev\n"
        files["C/static/robots.txt"] = "User-agent: *\nDisallow:\n"
        files["C/static/.nojekyll"] = ""
        files["C/static/.well-known/security.txt"] = "Contact: mailto:sec@acme.dev\n"
        files["C/static/assets/logo.svg"] = "<svg/>"
        files["C/static/downloads/2026/plan.txt"] = "plan"
        let folder = try TestFolder(files)
        defer { folder.delete() }
        let report = try SiteBuilder.build(SiteBuildTests.options(folder))
        #expect(!report.warnings.contains { $0.file.contains("/static/") }, "\(report.warnings)")
        for (path, text) in files where path.hasPrefix("C/static/") {
            #expect(folder.read("S/" + path.dropFirst("C/static/".count)) == text, "\(path)")
        }
        #expect(folder.read("S/assets/style.css") != nil, "a static file inside a generated folder sits beside the generated files")
        // Removing a hidden static file removes it from the site on the next build (not kept as the owner's).
        try folder.remove("C/static/.nojekyll")
        _ = try SiteBuilder.build(SiteBuildTests.options(folder))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/S/.nojekyll"))
        #expect(folder.read("S/CNAME") == "scorecard.acme.dev\n")
    }

    @Test("a static file that is a generated file, stands for a generated folder or under a generated file is a content error naming it")
    func collisions() throws {
        var files = SiteBuildTests.site
        files["C/static/index.html"] = "mine"
        files["C/static/feed.xml"] = "mine"
        files["C/static/teams"] = "a file where the site has a folder"
        files["C/static/data/index.json/x"] = "a folder where the site has a file"
        files["C/static/.glasshouse-site"] = "fake marker"
        files["C/static/fine.txt"] = "fine"
        let folder = try TestFolder(files)
        defer { folder.delete() }
        do {
            _ = try SiteBuilder.build(SiteBuildTests.options(folder))
            Issue.record("the build should fail")
        } catch {
            guard case .content(let diagnostics) = error else { Issue.record("expected content errors, got \(error)"); return }
            let shown = diagnostics.map(\.description).map { $0.replacingOccurrences(of: folder.path + "/", with: "") }
            #expect(
                shown == [
                    "C/static/.glasshouse-site: the site generates .glasshouse-site itself; remove or rename the static file",
                    "C/static/data/index.json/x: the site generates the file data/index.json; a static folder cannot take its place",
                    "C/static/feed.xml: the site generates feed.xml itself; remove or rename the static file",
                    "C/static/index.html: the site generates index.html itself; remove or rename the static file",
                    "C/static/teams: the site has a folder teams/; a static file cannot take its place",
                ])
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/S"))
    }

    @Test("a collision found after every page and JSON file was written into the staging folder leaves the previous site and no staging folder")
    func collisionAfterStreaming() throws {
        let folder = try TestFolder(SiteBuildTests.site)
        defer { folder.delete() }
        _ = try SiteBuilder.build(SiteBuildTests.options(folder))
        let before = folder.snapshot("S")
        #expect(before["teams/payments/index.html"] != nil)
        // The static files are checked last, once the pages and JSON are already in the staging folder.
        try folder.write(["C/teams/payments/notes/new.md": "---\ndate: 2026-11-01\n---\n# New\n", "C/static/index.html": "mine"])
        #expect(throws: BuildFailure.self) { try SiteBuilder.build(SiteBuildTests.options(folder)) }
        #expect(folder.snapshot("S") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("glasshouse-new") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test("a symbolic link in static/ that leads outside the content folder is refused, hidden or not")
    func containment() throws {
        let folder = try TestFolder(SiteBuildTests.site)
        defer { folder.delete() }
        try folder.write(["secret.txt": "secret", "C/static/keep.txt": "x"])
        try folder.symlink("C/static/leak.txt", to: folder.path + "/secret.txt")
        try folder.symlink("C/static/.leak", to: folder.path + "/secret.txt")
        do {
            _ = try SiteBuilder.build(SiteBuildTests.options(folder))
            Issue.record("the build should fail")
        } catch {
            guard case .content(let diagnostics) = error else { Issue.record("expected content errors, got \(error)"); return }
            let shown = diagnostics.filter { $0.severity == .error }.map(\.description).map { $0.replacingOccurrences(of: folder.path + "/", with: "") }
            #expect(
                shown == [
                    "C/static/.leak: symbolic link leads outside C; refused",
                    "C/static/leak.txt: symbolic link leads outside C; refused",
                ])
        }
    }
}
