import FlyingFox
import Foundation
import GlasshouseCore
import GlasshousePipeline
import GlasshouseTesting
import GlasshouseWrite
import Testing

@testable import GlasshouseServe

@Suite("glasshouse serve: incremental sync, rebuilds, errors and files")
struct PreviewTests {
    static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Themes").path

    @Test("a sync writes only changed files, removes stale ones and keeps hidden files")
    func sync() throws {
        let folder = try TestFolder(["S/.glasshouse-site": "", "S/data/index.json": "{}\n", "S/old.html": "old", "S/.git/HEAD": "ref", "S/same.txt": "same"])
        defer { folder.delete() }
        let changes = try SiteSync.sync(
            [
                OutputFile(path: "data/index.json", text: "{\"v\": 2}\n"), OutputFile(path: "same.txt", text: "same"),
                OutputFile(path: "new/page.html", text: "new"),
            ], to: folder.path + "/S")
        #expect(changes.written == ["data/index.json", "new/page.html"])
        #expect(changes.removed == ["old.html"])
        #expect(folder.read("S/.git/HEAD") == "ref")
        let foreign = try TestFolder(["F/notes.txt": "mine"])
        defer { foreign.delete() }
        #expect(throws: SiteWriter.Failure.self) { try SiteSync.sync([OutputFile(path: "index.html", text: "x")], to: foreign.path + "/F") }
    }

    @Test("rebuilds: a content error keeps the last good site and is reported; fixing it rewrites only what changed")
    func rebuilds() async throws {
        let folder = try TestFolder([
            "C/site.yaml": "title: Acme\nas_of: 2026-11-20\n",
            "C/teams/a/team.yaml": "name: A\n",
            "C/teams/b/team.yaml": "name: B\n",
        ])
        defer { folder.delete() }
        var options = BuildOptions(now: Instant(seconds: 0))
        options.content = folder.path + "/C"
        options.output = folder.path + "/S"
        options.themes = Self.themes
        let status = PreviewServer.Status()
        let lines = LogLines()
        await PreviewServer.rebuild(options, status: status, log: { lines.append($0) })
        #expect(await status.version == 1)
        let first = try #require(folder.read("S/teams/b/index.html"))

        try folder.write(["C/teams/a/team.yaml": "name: [broken\n"])
        await PreviewServer.rebuild(options, status: status, log: { lines.append($0) })
        #expect(await status.version == 1)
        #expect(await status.error?.contains("teams/a/team.yaml") == true)
        #expect(folder.read("S/teams/b/index.html") == first, "the last good site stays")

        try folder.write(["C/teams/a/team.yaml": "name: Alpha\n"])
        await PreviewServer.rebuild(options, status: status, log: { lines.append($0) })
        #expect(await status.version == 2)
        #expect(await status.error == nil)
        #expect(folder.read("S/teams/a/index.html")?.contains("Alpha") == true)
        #expect(lines.all.last?.contains("removed") == true)
        #expect(lines.all.contains { $0.hasPrefix("Content errors; still serving the last good site") })
    }

    @Test("files: directories serve index.html, pages get the live-reload script, traversal is refused")
    func files() async throws {
        let folder = try TestFolder([
            "S/index.html": "<html><body><p>Hi</p></body></html>", "S/teams/a/index.html": "<body>A</body>", "S/assets/style.css": "p{}",
        ])
        defer { folder.delete() }
        let root = PreviewFiles.response(for: "/", root: folder.path + "/S")
        #expect(root.statusCode == .ok)
        #expect(String(decoding: try await root.bodyData, as: UTF8.self).contains("/__glasshouse/status"))
        let team = PreviewFiles.response(for: "/teams/a/", root: folder.path + "/S")
        let teamHTML = String(decoding: try await team.bodyData, as: UTF8.self)
        #expect(teamHTML.hasPrefix("<body>A<script>") && teamHTML.hasSuffix("</script>\n</body>"))
        let css = PreviewFiles.response(for: "/assets/style.css", root: folder.path + "/S")
        #expect(String(decoding: try await css.bodyData, as: UTF8.self) == "p{}")
        #expect(PreviewFiles.response(for: "/../etc/passwd", root: folder.path + "/S").statusCode == .forbidden)
        #expect(PreviewFiles.response(for: "/%2e%2e/secret", root: folder.path + "/S").statusCode == .forbidden)
        #expect(PreviewFiles.response(for: "/missing.html", root: folder.path + "/S").statusCode == .notFound)
    }

    @Test("the watcher's fingerprint changes when a file is added or edited")
    func watcher() throws {
        let folder = try TestFolder(["C/a.txt": "1"])
        defer { folder.delete() }
        let watcher = SourceWatcher(folders: [folder.path + "/C"])
        let before = watcher.fingerprint()
        #expect(watcher.fingerprint() == before)
        try folder.write(["C/b.txt": "2"])
        let added = watcher.fingerprint()
        #expect(added != before)
        try folder.write(["C/a.txt": "longer"])
        #expect(watcher.fingerprint() != added)
    }

    #if canImport(Glibc)
    @Test("the watcher's notifier (inotify) reports edits in walked folders, in new subfolders too, and nothing when idle")
    func notifier() throws {
        let folder = try TestFolder(["C/a.txt": "1"])
        defer { folder.delete() }
        let watcher = SourceWatcher(folders: [folder.path + "/C"])
        _ = watcher.fingerprint()
        #expect(watcher.notifies)
        #expect(!watcher.mayHaveChanged())
        try folder.write(["C/a.txt": "2"])
        #expect(watcher.mayHaveChanged())
        #expect(!watcher.mayHaveChanged())
        try folder.write(["C/sub/b.txt": "3"])
        #expect(watcher.mayHaveChanged())
        _ = watcher.fingerprint()
        try folder.write(["C/sub/b.txt": "4"])
        #expect(watcher.mayHaveChanged())
    }
    #endif
}

/// Collects log lines from a `@Sendable` closure.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.lock(); lines.append(line); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return lines }
}
