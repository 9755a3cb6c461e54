import Foundation
import GlasshouseCore
import GlasshousePipeline
import GlasshouseTesting
import Testing

@testable import GlasshouseWrite

/// site.md §2 "Never destructive": which `--output` a build may replace, the lock that keeps two
/// builds into one output apart, and the swap that never leaves the output missing.
@Suite("Output: never destructive, locked, swapped without a gap")
struct OutputSafetyTests {
    /// A small org with two teams, a unit and a note: enough for a site with every kind of page.
    static let site: [String: String] = [
        "C/site.yaml": "title: Acme Scorecard\ntimezone: Europe/Berlin\nas_of: 2026-11-20\n",
        "C/org.yaml": "name: Acme Corp\nunits:\n  - {id: commerce, name: Commerce}\n",
        "C/teams/payments/team.yaml": "name: Payments API\nunit: commerce\n",
        "C/teams/payments/notes/q3.md": "---\ndate: 2026-10-02\n---\n# Q3 review\n",
        "C/teams/search/team.yaml": "name: Search\n",
    ]

    /// Everything below `path` (files and folders, hidden ones too) with the bytes of each file.
    static func tree(_ path: String) -> [String: Data?] {
        var result: [String: Data?] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: path) else { return result }
        while let item = enumerator.nextObject() as? String {
            result[item] = FileManager.default.contents(atPath: path + "/" + item)
        }
        return result
    }

    /// Builds and expects a usage error (exit 2) that names `--output`; returns its message.
    static func refused(_ options: BuildOptions) -> String? {
        do {
            _ = try SiteBuilder.build(options)
        } catch {
            if case .usage(let message) = error { return message }
            Issue.record("expected a usage error, got \(error)")
            return nil
        }
        Issue.record("the build should be refused")
        return nil
    }

    @Test("a regular file, a folder of other files, the content folder, a folder inside it or around it are refused; nothing changes")
    func refusals() throws {
        let folder = try TestFolder(Self.site)
        defer { folder.delete() }
        try folder.write(["report.pdf": "precious", "mine/thesis.tex": "precious", "mine/.git/HEAD": "ref"])
        try folder.write(["C/static/robots.txt": "User-agent: *\n"])
        let cases: [(output: String, reason: String)] = [
            ("report.pdf", "exists and is not a folder"),
            ("mine", "holds other files and is not a site Glasshouse wrote"),
            ("C", "is the folder the build reads"),
            ("C/static", "lies inside"),
            ("C/new-site", "lies inside"),
            (".", "contains"),
        ]
        let before = Self.tree(folder.path)
        for (output, reason) in cases {
            var options = TestSite.options(folder)
            options.output = folder.path + "/" + output
            let message = Self.refused(options)
            #expect(message?.contains(reason) == true, "\(output): \(message ?? "")")
        }
        #expect(Self.tree(folder.path) == before, "every refused path is byte-for-byte untouched, nothing created beside it")
        // A symbolic link to the content folder is the content folder.
        try folder.symlink("link", to: folder.path + "/C")
        var options = TestSite.options(folder)
        options.output = folder.path + "/link"
        #expect(Self.refused(options)?.contains("is the folder the build reads") == true)
        // A themes folder given with --themes is protected the same way.
        try folder.write(["T/brand/assets/x.css": "x"])
        options = TestSite.options(folder)
        options.themes = folder.path + "/T"
        options.output = folder.path + "/T/brand"
        #expect(Self.refused(options)?.contains("lies inside") == true)
    }

    @Test("a missing folder, an empty one, one with hidden files only and an earlier site are replaced; hidden files stay")
    func accepted() throws {
        let folder = try TestFolder(Self.site)
        defer { folder.delete() }
        try FileManager.default.createDirectory(atPath: folder.path + "/empty", withIntermediateDirectories: false)
        try folder.write(["hidden/.git/HEAD": "ref"])
        for output in ["missing/site", "empty", "hidden"] {
            var options = TestSite.options(folder)
            options.output = folder.path + "/" + output
            _ = try SiteBuilder.build(options)
            #expect(folder.read(output + "/index.html") != nil, "\(output)")
            #expect(folder.read(output + "/" + OutputFolder.marker)?.hasPrefix("Written by Glasshouse") == true)
            let mode = try FileManager.default.attributesOfItem(atPath: folder.path + "/" + output)[.posixPermissions] as? NSNumber
            #expect(mode.map { $0.intValue & 0o055 } == 0o055, "a web server can read the site (not the 0700 of mkdtemp)")
        }
        // A site from before the marker (its data/index.json says so) is replaced too; any other data/index.json is not.
        try folder.write(["earlier/index.html": "old", "earlier/data/index.json": "{\n  \"schema\": \"glasshouse/index@1\",\n}"])
        try folder.write(["other/index.html": "mine", "other/data/index.json": "{\"schema\": \"mine\"}"])
        var earlier = TestSite.options(folder)
        earlier.output = folder.path + "/earlier"
        _ = try SiteBuilder.build(earlier)
        #expect(folder.read("earlier/index.html") != "old")
        earlier.output = folder.path + "/other"
        #expect(Self.refused(earlier) != nil)
        #expect(folder.read("other/index.html") == "mine")
        #expect(folder.read("hidden/.git/HEAD") == "ref")
        // The site written is a Glasshouse site: the next build replaces it, stale pages go.
        try folder.write(["hidden/stale.html": "old"])
        var options = TestSite.options(folder)
        options.output = folder.path + "/hidden"
        _ = try SiteBuilder.build(options)
        #expect(folder.read("hidden/stale.html") == nil)
        #expect(folder.read("hidden/.git/HEAD") == "ref")
    }

    @Test("two builds into one output at once end with one build's complete site, never a mix")
    func concurrentBuilds() throws {
        var alpha = Self.site
        alpha["C/site.yaml"] = "title: Alpha\nas_of: 2026-11-20\n"
        var beta = Self.site
        beta = beta.filter { !$0.key.hasPrefix("C/teams/payments/") }
        beta["C/site.yaml"] = "title: Beta\nas_of: 2026-11-20\n"
        beta["C/teams/gamma/team.yaml"] = "name: Gamma\n"
        let a = try TestFolder(alpha), b = try TestFolder(beta), out = try TestFolder()
        defer { a.delete(); b.delete(); out.delete() }
        _ = try SiteBuilder.build(TestSite.options(a, output: "ref"))
        _ = try SiteBuilder.build(TestSite.options(b, output: "ref"))
        let references = [a.snapshot("ref"), b.snapshot("ref")]
        #expect(references[0] != references[1])
        for round in 0..<4 {
            var first = TestSite.options(a), second = TestSite.options(b)
            first.output = out.path + "/site"
            second.output = out.path + "/site"
            let failures = LockedList()
            let both = [first, second]
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                do { _ = try SiteBuilder.build(both[index]) } catch { failures.append("\(error)") }
            }
            #expect(failures.all.isEmpty)
            let site = out.snapshot("site")
            #expect(references.contains(site), "round \(round): the output is one build's site")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter {
                $0.contains("glasshouse-new") || $0.contains("glasshouse-old")
            }
            #expect(leftovers.isEmpty)
        }
    }

    @Test("a second build waits while another holds the output's lock, says so, and then writes")
    func lockWaits() throws {
        let folder = try TestFolder(Self.site)
        defer { folder.delete() }
        let output = folder.path + "/S"
        let lock = try OutputLock(output: try #require(OutputFolder.resolve(output)), waiting: { Issue.record("the lock is free") })
        let stages = LockedList()
        let done = DispatchSemaphore(value: 0)
        let options = TestSite.options(folder)
        DispatchQueue.global().async {
            do { _ = try SiteBuilder.build(options) { stages.append($0.rawValue) } } catch { stages.append("failed: \(error)") }
            done.signal()
        }
        // Loading and computing take a while on a busy machine; then the build must reach the lock
        // (taken before present, which writes into the staging folder) and wait.
        for _ in 0..<600 where stages.all.last != "wait" { Thread.sleep(forTimeInterval: 0.1) }
        #expect(stages.all.last == "wait")
        #expect(done.wait(timeout: .now() + 1) == .timedOut, "the build waits for the lock")
        #expect(!FileManager.default.fileExists(atPath: output))
        lock.release()
        #expect(done.wait(timeout: .now() + 30) == .success)
        #expect(stages.all == ["load", "compute", "wait", "present", "write"])
        #expect(folder.read("S/index.html") != nil)
    }

    @Test("the swap exchanges the folders in one step: a reader never finds the output missing")
    func swapWithoutGap() throws {
        let folder = try TestFolder(["a/one": "1", "b/two": "2"])
        defer { folder.delete() }
        #expect(FolderSwap.exchange(folder.path + "/a", folder.path + "/b"))
        #expect(folder.read("a/two") == "2" && folder.read("b/one") == "1")

        // A small site, built many times: each swap is a chance to catch a missing output.
        let site = try TestFolder(["C/site.yaml": "title: T\nas_of: 2026-11-20\n", "C/teams/a/team.yaml": "name: A\n"])
        defer { site.delete() }
        _ = try SiteBuilder.build(TestSite.options(site))
        let stop = LockedList(), misses = LockedList()
        let reader = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            while stop.all.isEmpty {
                if !FileManager.default.fileExists(atPath: site.path + "/S/index.html") { misses.append("missing") }
            }
            reader.signal()
        }
        for _ in 0..<20 { _ = try SiteBuilder.build(TestSite.options(site)) }
        stop.append("stop")
        reader.wait()
        let missing = misses.all.count
        #expect(missing == 0, "the output was found missing during swaps")
    }
}

/// Strings appended from several threads.
final class LockedList: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func append(_ item: String) { lock.lock(); items.append(item); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return items }
}
