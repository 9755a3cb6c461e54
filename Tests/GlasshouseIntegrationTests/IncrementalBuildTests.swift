import Foundation
import GlasshouseCore
import GlasshousePipeline
import GlasshouseSample
import GlasshouseTesting
import GlasshouseWrite
import Testing

/// `glasshouse serve` keeps a `BuildCache` between builds; after every edit of a random sequence
/// the incremental site must equal a fresh full build of the same content, byte for byte.
@Suite("Incremental builds equal full builds")
struct IncrementalBuildTests {
    static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Themes").path

    /// One edit of the content folder (step 8: of the theme), described for the failure message:
    /// notes edited, added (some linking to another team's note, some titled by their heading),
    /// retitled and removed,
    /// deployments appended, a team renamed, a narrative edited, the FOCUS export or org.yaml edited.
    static func edit(_ folder: TestFolder, step: Int, random: inout SplitMix64) throws -> String {
        let content = folder.path + "/C"
        let teams = try FileManager.default.contentsOfDirectory(atPath: content + "/teams").sorted()
        let team = teams.randomElement(using: &random)!
        let teamFolder = "C/teams/\(team)/"
        let notes = (try? FileManager.default.contentsOfDirectory(atPath: content + "/teams/\(team)/notes"))?.sorted() ?? []
        switch step == 8 ? 7 : Int.random(in: 0..<13, using: &random) {
        case 0, 1:
            if let note = notes.randomElement(using: &random) {
                try folder.write([teamFolder + "notes/" + note: folder.read(teamFolder + "notes/" + note)! + "\nEdited in step \(step).\n"])
                return "edit note \(team)/\(note)"
            }
            fallthrough
        case 2:
            let day = 10 + step % 10
            let name = "2026-11-\(day)-step-\(step).md"
            try folder.write([
                teamFolder + "notes/" + name: "---\ntitle: Step \(step)\ndate: 2026-11-\(day)\n---\nWe tried [the other note](../index.md) in step \(step).\n"
            ])
            return "add note \(team)/\(name)"
        case 3:
            guard let note = notes.randomElement(using: &random) else { return "no note to remove in \(team)" }
            try folder.remove(teamFolder + "notes/" + note)
            return "remove note \(team)/\(note)"
        case 4, 5:
            let file = teamFolder + "deployments.csv"
            guard let text = folder.read(file), let last = text.split(separator: "\n").last else { return "no deployments in \(team)" }
            let service = last.split(separator: ",", omittingEmptySubsequences: false)[2]
            let rows = (0..<Int.random(in: 1...3, using: &random)).map {
                "step\(step)-\($0),2026-11-\(11 + $0)T08:30:00Z,\(service),production,success,false\n"
            }
            try folder.write([file: text + rows.joined()])
            return "append \(rows.count) deployment(s) to \(team)"
        case 6:
            let file = teamFolder + "team.yaml"
            let text = folder.read(file)!
            let renamed = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix("name: ") ? "name: Team \(team) \(step)" : String(line)
            }
            try folder.write([file: renamed.joined(separator: "\n")])
            return "rename \(team)"
        case 7:
            let file = "T/default/templates/team.mustache"
            try folder.write([file: folder.read(file)! + "<!-- step \(step) -->\n"])
            return "edit the team template"
        case 9:
            guard let note = notes.randomElement(using: &random), let text = folder.read(teamFolder + "notes/" + note) else {
                return "no note to retitle in \(team)"
            }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix("title:") ? "title: Retitled in step \(step)" : line.hasPrefix("date:") ? "date: 2026-10-\(10 + step % 10)" : String(line)
            }
            try folder.write([teamFolder + "notes/" + note: lines.joined(separator: "\n")])
            return "retitle and redate note \(team)/\(note)"
        case 10:
            // A link to another team's note: it resolves to that note's page while the note exists.
            let other = teams.randomElement(using: &random)!
            let theirs = (try? FileManager.default.contentsOfDirectory(atPath: content + "/teams/\(other)/notes"))?.sorted() ?? []
            guard let target = theirs.randomElement(using: &random) else { return "no note of \(other) to link to" }
            let name = "2026-11-0\(1 + step % 9)-link-\(step).md"
            try folder.write([
                teamFolder + "notes/" + name:
                    "---\ntitle: Link \(step)\ndate: 2026-11-0\(1 + step % 9)\n---\nSee [their note](../../\(other)/notes/\(target)).\n"
            ])
            return "add note \(team)/\(name) linking to \(other)/\(target)"
        case 11:
            let focus = (try? FileManager.default.contentsOfDirectory(atPath: content + "/costs/focus"))?.sorted() ?? []
            if step % 2 == 0, let file = focus.first.map({ "C/costs/focus/" + $0 }), let text = folder.read(file), let last = text.split(separator: "\n").last {
                try folder.write([file: text + (text.hasSuffix("\n") ? "" : "\n") + last + "\n"])
                return "repeat the last row of \(file)"
            }
            let text = folder.read("C/org.yaml") ?? ""
            let renamed = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix("name: ") ? "name: Org of step \(step)" : String(line)
            }
            try folder.write(["C/org.yaml": renamed.joined(separator: "\n")])
            return "rename the org"
        case 12:
            // A note titled by its first heading (the listings show that title), with an unknown
            // front-matter key (a warning on the quality page) every other step.
            let file = teamFolder + "notes/2026-11-03-heading.md"
            let extra = step % 2 == 0 ? "mood: calm\n" : ""
            try folder.write([file: "---\ndate: 2026-11-03\n\(extra)---\n# Heading of step \(step % 3)\n\nBody of step \(step).\n"])
            return "write note \(team)/2026-11-03-heading.md, heading \(step % 3)\(extra.isEmpty ? "" : ", unknown key")"
        default:
            let file = teamFolder + "index.md"
            try folder.write([file: (folder.read(file) ?? "") + "\nNarrative edited in step \(step).\n"])
            return "edit narrative of \(team)"
        }
    }

    @Test("random edit sequences: after each edit the incremental site equals a fresh full build", arguments: [1, 2] as [UInt64])
    func randomEdits(seed: UInt64) throws {
        let folder = try TestFolder()
        defer { folder.delete() }
        var sample: [String: String] = [:]
        for file in SampleSite.files(teams: 4, months: 3, seed: seed) { sample["C/" + file.path] = String(decoding: file.bytes, as: UTF8.self) }
        // One seed with a base URL: the sitemap is kept or made again like the feed.
        if seed == 2 { sample["C/site.yaml"]! += "base_url: https://scorecard.example.com/\n" }
        try folder.write(sample)
        try FileManager.default.createDirectory(atPath: folder.path + "/T", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.themes + "/default", toPath: folder.path + "/T/default")
        var options = BuildOptions(now: Instant(seconds: 0))
        options.content = folder.path + "/C"
        options.output = folder.path + "/S"
        options.themes = folder.path + "/T"
        options.asOf = SampleSite.defaultEnd

        let cache = BuildCache()
        var random = SplitMix64(seed: seed)
        var edits: [String] = ["first build"]
        for step in 0..<20 {
            if step > 0 { edits.append(try Self.edit(folder, step: step, random: &random)) }
            let incremental = try SiteBuilder.render(options, cache: cache).files
            let full = try SiteBuilder.render(options).files
            #expect(incremental.map(\.path) == full.map(\.path), "paths after: \(edits.joined(separator: "; "))")
            let different = zip(incremental, full).filter { $0 != $1 }.map(\.0.path)
            #expect(different.isEmpty, "\(different.prefix(5)) differ after: \(edits.joined(separator: "; "))")
            let previous = cache.synced
            _ = try SiteSync.sync(incremental, to: options.output, previous: previous)
            cache.recordSynced(incremental)
        }
        // The synced folder holds exactly the last full build.
        let full = try SiteBuilder.render(options).files
        let written = folder.snapshot("S").filter { $0.key != OutputFolder.marker }
        #expect(written.keys.sorted() == full.map(\.path).sorted())
        // Downloads are copied from their source file (their `bytes` are empty).
        #expect(full.allSatisfy { written[$0.path] == Data($0.source.flatMap { FileManager.default.contents(atPath: $0.path) }.map(Array.init) ?? $0.bytes) })
    }

    @Test("a note linking to another team's note: its page follows that note's coming and going, and its title and date edits")
    func crossTeamLink() throws {
        let folder = try TestFolder()
        defer { folder.delete() }
        var sample: [String: String] = [:]
        for file in SampleSite.files(teams: 3, months: 2, seed: 5) { sample["C/" + file.path] = String(decoding: file.bytes, as: UTF8.self) }
        try folder.write(sample)
        var options = BuildOptions(now: Instant(seconds: 0))
        options.content = folder.path + "/C"
        options.output = folder.path + "/S"
        options.themes = Self.themes
        options.asOf = SampleSite.defaultEnd
        let teams = try FileManager.default.contentsOfDirectory(atPath: options.content + "/teams").sorted()
        let (mine, theirs) = ("C/teams/\(teams[0])/notes/", "C/teams/\(teams[1])/notes/")
        try folder.write([
            mine + "2026-11-01-link.md": "---\ntitle: Link\ndate: 2026-11-01\n---\nSee [their note](../../\(teams[1])/notes/2026-11-02-target.md).\n"
        ])
        let cache = BuildCache()
        let edits: [(String, () throws -> Void)] = [
            ("their note added", { try folder.write([theirs + "2026-11-02-target.md": "---\ntitle: Target\ndate: 2026-11-02\n---\nHere.\n"]) }),
            ("their note retitled", { try folder.write([theirs + "2026-11-02-target.md": "---\ntitle: Moved\ndate: 2026-10-02\n---\nHere.\n"]) }),
            (
                "my note edited",
                {
                    try folder.write([
                        mine + "2026-11-01-link.md": "---\ntitle: Link\ndate: 2026-11-01\n---\nSee [it](../../\(teams[1])/notes/2026-11-02-target.md) again.\n"
                    ])
                }
            ),
            ("their note removed", { try folder.remove(theirs + "2026-11-02-target.md") }),
        ]
        _ = try SiteBuilder.render(options, cache: cache)
        for (name, edit) in edits {
            try edit()
            let incremental = try SiteBuilder.render(options, cache: cache).files
            let full = try SiteBuilder.render(options).files
            #expect(incremental.map(\.path) == full.map(\.path), "paths after: \(name)")
            #expect(zip(incremental, full).filter { $0 != $1 }.map(\.0.path).isEmpty, "after: \(name)")
        }
    }

    @Test("Markdown-only edits: the notes and postmortems indexes, the quality page, the feed and the sitemap follow every listed field")
    func listings() throws {
        let folder = try TestFolder()
        defer { folder.delete() }
        var sample: [String: String] = [:]
        for file in SampleSite.files(teams: 3, months: 2, seed: 7) { sample["C/" + file.path] = String(decoding: file.bytes, as: UTF8.self) }
        sample["C/site.yaml"]! += "base_url: https://scorecard.example.com/\n"
        try folder.write(sample)
        var options = BuildOptions(now: Instant(seconds: 0))
        options.content = folder.path + "/C"
        options.output = folder.path + "/S"
        options.themes = Self.themes
        options.asOf = SampleSite.defaultEnd
        let team = try FileManager.default.contentsOfDirectory(atPath: options.content + "/teams").sorted()[0]
        let (note, postmortem) = ("C/teams/\(team)/notes/2026-11-04-listed.md", "C/teams/\(team)/postmortems/2026-11-05-outage.md")
        func write(_ path: String, _ frontMatter: String, _ body: String) throws { try folder.write([path: "---\n\(frontMatter)---\n\(body)\n"]) }
        let edits: [(String, () throws -> Void)] = [
            ("note added", { try write(note, "title: Listed\ndate: 2026-11-04\n", "First text.") }),
            ("note body edited", { try write(note, "title: Listed\ndate: 2026-11-04\n", "Second text.") }),
            ("note retitled", { try write(note, "title: Relisted\ndate: 2026-11-04\n", "Second text.") }),
            ("note redated", { try write(note, "title: Relisted\ndate: 2026-10-04\n", "Second text.") }),
            ("note author set", { try write(note, "title: Relisted\ndate: 2026-10-04\nauthor: Ada\n", "Second text.") }),
            ("note titled by its heading", { try write(note, "date: 2026-10-04\n", "# From the heading\n\nText.") }),
            ("the heading edited", { try write(note, "date: 2026-10-04\n", "# Another heading\n\nText.") }),
            ("the body under the heading edited", { try write(note, "date: 2026-10-04\n", "# Another heading\n\nMore text.") }),
            ("an unknown front-matter key (a warning)", { try write(note, "date: 2026-10-04\nmood: calm\n", "# Another heading\n\nMore text.") }),
            ("the warning gone", { try write(note, "date: 2026-10-04\n", "# Another heading\n\nMore text.") }),
            ("postmortem added", { try write(postmortem, "title: Outage\ndate: 2026-11-05\nincident: INC-1\n", "What happened.") }),
            ("postmortem body edited", { try write(postmortem, "title: Outage\ndate: 2026-11-05\nincident: INC-1\n", "What happened, again.") }),
            ("postmortem incident changed", { try write(postmortem, "title: Outage\ndate: 2026-11-05\nincident: INC-2\n", "What happened, again.") }),
            ("note removed", { try folder.remove(note) }),
        ]
        let cache = BuildCache()
        _ = try SiteBuilder.render(options, cache: cache)
        for (name, edit) in edits {
            try edit()
            let incremental = try SiteBuilder.render(options, cache: cache).files
            let full = try SiteBuilder.render(options).files
            #expect(incremental.map(\.path) == full.map(\.path), "paths after: \(name)")
            #expect(zip(incremental, full).filter { $0 != $1 }.map(\.0.path).isEmpty, "after: \(name)")
        }
    }

    @Test("a content error between edits: the next good build still equals a full build")
    func errorBetweenEdits() throws {
        let folder = try TestFolder()
        defer { folder.delete() }
        var sample: [String: String] = [:]
        for file in SampleSite.files(teams: 3, months: 2, seed: 3) { sample["C/" + file.path] = String(decoding: file.bytes, as: UTF8.self) }
        try folder.write(sample)
        var options = BuildOptions(now: Instant(seconds: 0))
        options.content = folder.path + "/C"
        options.output = folder.path + "/S"
        options.themes = Self.themes
        options.asOf = SampleSite.defaultEnd
        let cache = BuildCache()
        _ = try SiteBuilder.render(options, cache: cache)
        let team = try FileManager.default.contentsOfDirectory(atPath: options.content + "/teams").sorted()[0]
        let yaml = folder.read("C/teams/\(team)/team.yaml")!
        try folder.write(["C/teams/\(team)/team.yaml": "name: [broken\n"])
        #expect(throws: BuildFailure.self) { try SiteBuilder.render(options, cache: cache) }
        try folder.write(["C/teams/\(team)/team.yaml": yaml.replacingOccurrences(of: "name: ", with: "name: Fixed ")])
        let incremental = try SiteBuilder.render(options, cache: cache).files
        #expect(incremental == (try SiteBuilder.render(options).files))
        #expect(incremental.contains { $0.path == "teams/\(team)/index.html" && String(decoding: $0.bytes, as: UTF8.self).contains("Fixed ") })
    }
}
