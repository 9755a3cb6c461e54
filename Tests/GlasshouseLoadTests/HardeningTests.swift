import Foundation
import GlasshouseCore
import GlasshouseTesting
import Testing

@testable import GlasshouseLoad

/// Content that used to crash, coerce silently or break the feed (issue 11 items 4–10): each is a
/// content error with file and line, or a warning.
@Suite("Hardening the loaders: numbers, text, names")
struct HardeningTests: ContentFolderLoading {
    let site = "title: T\n"

    @Test("numbers of 9.3e18 and more are out-of-range errors in every field named, never a trap")
    func hugeNumbers() throws {
        let found = try errors([
            "site.yaml": site,
            "teams/a/team.yaml": "name: A\nbudget: {monthly: 9.3e18}\n",
            "teams/b/team.yaml": "name: B\n",
            "teams/b/costs.csv": "month,amount\n2026-10,9300000000000000000\n2026-11,-1e300\n",
            "teams/b/dora.csv": "period,deployments,lead_time_p50_hours,changes\n2026-10,1,9.3e18,99999999999999999999\n",
            "costs/focus/bill.csv": "ChargePeriodStart,EffectiveCost\n2026-10-01T00:00:00Z,1e19\n",
        ])
        #expect(
            found == [
                "C/costs/focus/bill.csv:2: EffectiveCost: 1e19 is out of range (the magnitude is at most 1e15)",
                "C/teams/a/team.yaml:2:19: budget.monthly: 9.3e18 is out of range (the magnitude is at most 1e15)",
                "C/teams/b/costs.csv:2: amount: 9300000000000000000 is out of range (the magnitude is at most 1e15)",
                "C/teams/b/costs.csv:3: amount: -1e300 is out of range (the magnitude is at most 1e15)",
                "C/teams/b/dora.csv:2: changes: 99999999999999999999 is out of range (at most 1000000000000)",
                "C/teams/b/dora.csv:2: lead_time_p50_hours: 9.3e18 is out of range (the magnitude is at most 1e15)",
            ])
    }

    @Test("the bounds themselves are accepted")
    func bounds() throws {
        let content = try load([
            "site.yaml": "title: T\nwindow_days: 100000\n",
            "teams/a/team.yaml": "name: A\nbudget: {monthly: 1e15}\n",
            "teams/a/costs.csv": "month,amount\n2026-10,-1000000000000000\n",
        ]).get()
        #expect(content.config.windowDays == 100_000)
        #expect(content.teams[0].budget?.monthly == 1e15)
        #expect(content.teams[0].costs?.first?.amount == -1e15)
        #expect(
            try errors(["site.yaml": "title: T\nwindow_days: 100001\nhistory_weeks: 99999999999999999999\nhistory_months: -99999999999999999999\n"]) == [
                "C/site.yaml:2:14: window_days: 100001 is out of range (at most 100000)",
                "C/site.yaml:3:16: history_weeks: 99999999999999999999 is out of range (at most 100000)",
                "C/site.yaml:4:17: history_months: \"-99999999999999999999\" is not a whole number ≥ 1",
            ])
    }

    @Test("OpenSLO window durations are bounded like every day count")
    func sloDurations() {
        #expect(SLOLoader.days("2w") == 14)
        #expect(SLOLoader.days("100000d") == 100_000)
        #expect(SLOLoader.days("100001d") == nil)
        #expect(SLOLoader.days("14286w") == nil)
        #expect(SLOLoader.days("9300000000000000000w") == nil)
        #expect(SLOLoader.days("1317624576693539401w") == nil)
    }

    @Test("hexadecimal, inf, nan and other non-decimals are errors in CSV, YAML and FOCUS alike")
    func nonDecimals() throws {
        let found = try errors([
            "site.yaml": "title: T\nfinops: {anomaly_ratio: .inf, anomaly_min_amount: 0x10}\n",
            "teams/a/team.yaml": "name: A\nbudget: {monthly: nan}\n",
            "teams/b/team.yaml": "name: B\n",
            "teams/b/costs.csv": "month,amount\n2026-10,0x10\n2026-11,inf\n2026-12,1_000\n",
            "costs/focus/bill.csv":
                "ChargePeriodStart,EffectiveCost\n2026-10-01 00:00:00,0x10\n2026-10-01 00:00:00,inf\n2026-10-01 00:00:00,nan\n2026-10-01 00:00:00,-Infinity\n",
        ])
        let message = "is not a number (use . as the decimal separator, no thousands separators)"
        #expect(
            found == [
                "C/costs/focus/bill.csv:2: EffectiveCost: \"0x10\" \(message)",
                "C/costs/focus/bill.csv:3: EffectiveCost: \"inf\" \(message)",
                "C/costs/focus/bill.csv:4: EffectiveCost: \"nan\" \(message)",
                "C/costs/focus/bill.csv:5: EffectiveCost: \"-Infinity\" \(message)",
                "C/site.yaml:2:25: finops.anomaly_ratio: \".inf\" \(message)",
                "C/site.yaml:2:51: finops.anomaly_min_amount: \"0x10\" \(message)",
                "C/teams/a/team.yaml:2:19: budget.monthly: \"nan\" \(message)",
                "C/teams/b/costs.csv:2: amount: \"0x10\" \(message)",
                "C/teams/b/costs.csv:3: amount: \"inf\" \(message)",
                "C/teams/b/costs.csv:4: amount: \"1_000\" \(message)",
            ])
    }

    @Test("FOCUS: an exponent is a number, NULL is empty, the space form is UTC, the T form needs an offset")
    func focusRules() throws {
        let content = try load([
            "site.yaml": site,
            "teams/a/team.yaml": "name: A\n",
            "costs/focus/bill.csv":
                "ChargePeriodStart,EffectiveCost,Tags\n2026-10-31 23:30:00,1.5e2,\"{\"\"team\"\": \"\"a\"\"}\"\n2026-10-01T00:00:00+02:00,NULL,\"{\"\"team\"\": \"\"a\"\"}\"\n",
        ]).get()
        // 2026-10-01T00:00+02:00 is 2026-09-30 in UTC.
        #expect(content.teams[0].costs?.map(\.amount) == [150, 0])
        #expect(content.teams[0].costs?.map(\.month.description) == ["2026-10", "2026-09"])
        #expect(
            try errors([
                "site.yaml": site,
                "costs/focus/bill.csv": "ChargePeriodStart,EffectiveCost\n2026-01-01T00:00:00,1\n",
            ]) == [
                "C/costs/focus/bill.csv:2: ChargePeriodStart: \"2026-01-01T00:00:00\" has no offset; add Z or ±HH:MM, or write it as YYYY-MM-DD HH:mm:ss (UTC)"
            ])
    }

    @Test(
        "characters XML forbids are errors with file and line, in YAML, Markdown and CSV",
        arguments: [
            "\u{1B}[31m", "\u{0}", "\u{8}", "\u{FFFE}", "\u{FFFF}",
        ])
    func xmlForbidden(character: String) throws {
        let code = String(character.unicodeScalars.first!.value, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: 4 - code.count) + code
        let message = "the character U+\(padded) is not allowed in content (XML 1.0 forbids it; the feed and sitemap could not carry it); remove it"
        #expect(
            try errors([
                "site.yaml": "title: T\n",
                "teams/a/team.yaml": "name: A\ndescription: x\(character)y\n",
                "teams/b/team.yaml": "name: B\n",
                "teams/b/notes/n.md": "---\ndate: 2026-01-01\n---\n# Title\(character)\n",
                "teams/b/deployments.csv": "id,finished_at\nd1,2026-01-01T00:00:00Z\nd\(character)2,2026-01-01T00:00:00Z\n",
            ]) == [
                "C/teams/a/team.yaml:2: \(message)",
                "C/teams/b/deployments.csv:3: \(message)",
                "C/teams/b/notes/n.md:4: \(message)",
            ])
    }

    @Test("a YAML escape cannot bring back a character XML forbids")
    func yamlEscapes() throws {
        #expect(
            try errors(["site.yaml": "title: \"a\\eb\"\n"]) == [
                "C/site.yaml:1:8: title: the character U+001B (written as an escape) is not allowed in content (XML 1.0 forbids it); remove it"
            ])
        #expect(
            try errors(["site.yaml": site, "teams/a/team.yaml": "name: \"A\\uFFFE\"\n"]) == [
                "C/teams/a/team.yaml:1:7: name: the character U+FFFE (written as an escape) is not allowed in content (XML 1.0 forbids it); remove it"
            ])
    }

    @Test("tab, LF, CR and other characters are fine")
    func allowedCharacters() throws {
        let content = try load(["site.yaml": "title: \"T\\u0009é \u{FFFD} \u{1F600}\"\r\n", "teams/a/team.yaml": "name: \"A\tB\"\n"]).get()
        #expect(content.teams[0].name == "A\tB")
    }

    @Test("invalid UTF-8 names the file and the line of the first invalid byte, CSV included")
    func invalidUTF8() throws {
        let folder = try TestFolder(["C/site.yaml": site, "C/teams/x/team.yaml": "name: X\n"])
        defer { folder.delete() }
        func write(_ bytes: [UInt8], _ path: String) throws { try Data(bytes).write(to: URL(fileURLWithPath: folder.path + "/C/" + path)) }
        try FileManager.default.createDirectory(atPath: folder.path + "/C/teams/x/notes", withIntermediateDirectories: true)
        try write(Array("id,finished_at\nd1,2026-01-01T00:00:00Z\nd2".utf8) + [0xC3, 0x28] + Array(",2026-01-01T00:00:00Z\n".utf8), "teams/x/deployments.csv")
        try write(Array("---\ndate: 2026-01-01\n---\n\n# A\n".utf8) + [0xED, 0xA0, 0x80] + [0x0A], "teams/x/notes/n.md")
        let source = SourceFolder(displayRoot: "C", of: try #require(SourceFolder(path: folder.path + "/C")))
        do {
            _ = try ContentLoader.load(from: source)
            Issue.record("expected errors")
        } catch {
            #expect(
                error.errors.map(\.description) == [
                    "C/teams/x/deployments.csv:3: the file is not valid UTF-8 (byte 0xC3 on this line); save it as UTF-8",
                    "C/teams/x/notes/n.md:6: the file is not valid UTF-8 (byte 0xED on this line); save it as UTF-8",
                ])
        }
    }

    @Test("a missing benchmark file names site.yaml and the line of dora.benchmark")
    func missingBenchmark() throws {
        #expect(
            try errors(["site.yaml": "title: T\ndora:\n  benchmark: benchmarks/acme.yaml\n"]) == [
                "C/site.yaml:3: dora.benchmark: \"benchmarks/acme.yaml\" is neither a built-in benchmark (dora-2023, dora-2021) nor a file in the content folder"
            ])
    }

    @Test(
        "a free page named like a generated path is a content error naming the file",
        arguments: [
            "feed.xml", "sitemap.xml", "data", "teams", "units", "notes", "postmortems", "methodology", "quality", "assets", "index",
            "index.html", "Teams", "FEED.XML", "feed", "sitemap",
        ])
    func reservedPageSlug(slug: String) throws {
        #expect(
            try errors(["site.yaml": site, "pages/\(slug).md": "# Page\n"]) == [
                "C/pages/\(slug).md: a free page cannot be named \"\(slug)\": the site uses that path itself"
            ])
    }

    @Test("a hidden team folder is a warning, not silence")
    func hiddenTeamFolder() throws {
        let content = try load(["site.yaml": site, "teams/.team/team.yaml": "name: Hidden\n", "teams/a/team.yaml": "name: A\n"]).get()
        #expect(content.teams.map(\.id) == ["a"])
        #expect(
            content.warnings.map(\.description).contains(
                "C/teams/.team: warning: hidden folder ignored: a team folder is named by its team id (lower-case letters, digits and -)"))
    }

    @Test(
        "names Windows reserves are refused as team ids, unit ids and note, page and postmortem slugs",
        arguments: [
            "con", "prn", "aux", "nul", "com1", "com9", "lpt1", "lpt9",
        ])
    func windowsReserved(name: String) throws {
        #expect(Identifier.isWindowsReserved(name.uppercased() + ".txt") && Identifier.isWindowsReserved(name + ".tar.gz"))
        #expect(Identifier.isWindowsReserved(name + "  .md") && Identifier.isWindowsReserved(name + " "))
        #expect(!Identifier.isValid(name) && !Identifier.isValidSlug(name))
        let found = try errors([
            "site.yaml": site,
            "org.yaml": "units:\n  - {id: \(name), name: U}\n",
            "teams/\(name)/team.yaml": "name: A\n",
            "teams/ok/team.yaml": "name: B\n",
            "teams/ok/notes/\(name).md": "---\ndate: 2026-01-01\n---\n",
            "teams/ok/postmortems/\(name.uppercased()).md": "---\ndate: 2026-01-01\n---\n",
            "pages/\(name).backup.md": "# P\n",
            "notes/\(name).md": "---\ndate: 2026-01-01\n---\n",
        ])
        let why = "so the content could not be checked out there"
        #expect(
            Set(found) == [
                "C/notes/\(name).md: Windows reserves the name \(name).md, \(why); rename it",
                "C/org.yaml:2:10: units[0].id: \"\(name)\" is not a valid id (Windows reserves the name \(name), \(why))",
                "C/pages/\(name).backup.md: Windows reserves the name \(name).backup.md, \(why); rename it",
                "C/teams/\(name): Windows reserves the name \(name), \(why); rename it",
                "C/teams/ok/notes/\(name).md: Windows reserves the name \(name).md, \(why); rename it",
                "C/teams/ok/postmortems/\(name.uppercased()).md: Windows reserves the name \(name.uppercased()).md, \(why); rename it",
            ])
        #expect(found.count == 6)
    }

    @Test("two files whose paths differ only in case are an error (they cannot check out on macOS or Windows)")
    func caseCollision() throws {
        #expect(
            try errors(["site.yaml": site, "pages/About.md": "# A\n", "pages/about.md": "# a\n"]) == [
                "C/pages/about.md: differs from C/pages/About.md only in case; macOS and Windows cannot hold both, rename one"
            ])
    }

    @Test(
        "names that only resemble reserved ones are fine", arguments: ["con-team", "console", "com10", "lpt0", "auxiliary", "nullable", "conn", "c", "com1x"])
    func notReserved(name: String) {
        #expect(!Identifier.isWindowsReserved(name))
        #expect(Identifier.isValid(name))
    }
}
