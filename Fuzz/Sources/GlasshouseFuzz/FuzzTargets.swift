import Foundation
import GlasshouseCore
@testable import GlasshouseLoad

/// The fuzz targets: one per parser or loader, each taking the fuzzer's bytes as the file's bytes.
/// A target may report any number of diagnostics; it must never trap, hang or touch memory it does
/// not own. Every target formats the diagnostics too, so that message building is fuzzed as well.
enum FuzzTargets {
    /// Target name → body; `make fuzz` runs them all, `FUZZ_TARGET=name` one.
    static let all: [(name: String, run: @Sendable ([UInt8]) -> Void)] = [
        ("csv", csv),
        ("site", { text($0) { SiteConfigLoader.load($0, file: "site.yaml", diagnostics: &$1) } }),
        ("org", { text($0) { OrgLoader.load($0, file: "org.yaml", defaultName: "Org", diagnostics: &$1) } }),
        ("team", { text($0) { TeamLoader.load($0, id: "payments", file: "team.yaml", units: ["platform"], siteCurrency: "EUR", diagnostics: &$1) } }),
        ("slos", { text($0) { text, diagnostics in
            var broken: Set<String> = []
            return SLOLoader.loadSLOs(text, file: "slos.yaml", broken: &broken, diagnostics: &diagnostics)
        } }),
        ("calms", { text($0) { CALMSLoader.load($0, file: "calms.yaml", diagnostics: &$1) } }),
        ("benchmark", { text($0) { BenchmarkLoader.load($0, file: "benchmark.yaml", diagnostics: &$1) } }),
        ("frontmatter", frontMatter),
        ("openslo", { text($0) { SLOLoader.loadOpenSLO($0, file: "openslo/checkout.yaml", diagnostics: &$1) } }),
        ("focus", focus),
        ("costs", { bytes in report { CostLoader.loadTeamCosts(.bytes(bytes), file: "costs.csv", currency: "EUR", diagnostics: &$0) } }),
        ("dora", { bytes in report { DORALoader.loadSummaries(.bytes(bytes), file: "dora.csv", diagnostics: &$0) } }),
        ("events", events),
        ("sli", sli),
        ("content", ContentFuzzer.run),
    ]

    /// Reads `bytes` as any CSV file: every record, every field as text and trimmed.
    static func csv(_ bytes: [UInt8]) {
        report { diagnostics in
            var reader = CSVReader(bytes: bytes)
            guard let header = CSVHeader.read(&reader, file: "data.csv", required: ["id"], diagnostics: &diagnostics) else { return 0 }
            var fields: [CSVReader.Field] = []
            var total = 0
            while let line = try? reader.nextRecord(into: &fields) {
                _ = header.checkWidth(fields.count, line: line, file: "data.csv", diagnostics: &diagnostics)
                for field in fields { total += reader.string(field).utf8.count + reader.trimmedString(field).utf8.count }
            }
            return total
        }
    }

    /// A note's Markdown: front matter and body, with the kinds that need a date and those that do not.
    static func frontMatter(_ bytes: [UInt8]) {
        text(bytes) { text, diagnostics in
            for (path, kind) in [("notes/2026-03-01-release.md", MarkdownLoader.Kind.note), ("teams/payments/index.md", .narrative)] {
                _ = MarkdownLoader.load(text, path: path, file: path, kind: kind, zone: zone, diagnostics: &diagnostics)
            }
            return 0
        }
    }

    /// A FOCUS export allocated by a claimed tag and the team tag.
    static func focus(_ bytes: [UInt8]) {
        let allocation = CostLoader.Allocation(claims: ["cost-center": ["cc-1": "payments"]], teamTag: "team", teams: ["payments", "storefront"])
        report { CostLoader.loadFOCUS(.bytes(bytes), file: "costs/focus/export.csv", currency: "EUR", costColumn: "EffectiveCost", allocation: allocation, diagnostics: &$0) }
    }

    /// deployments.csv, changes.csv and incidents.csv of one team: the input's parts split at NUL bytes.
    static func events(_ bytes: [UInt8]) {
        let parts = bytes.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false).map(Array.init)
        var files = DORALoader.Files()
        files.deployments = ("teams/payments/deployments.csv", .bytes(parts[0]))
        if parts.count > 1 { files.changes = ("teams/payments/changes.csv", .bytes(parts[1])) }
        if parts.count > 2 { files.incidents = ("teams/payments/incidents.csv", .bytes(parts[2])) }
        report { DORALoader.load(team: "payments", files: files, productionEnvironments: ["production", "prod"], display: { $0 }, diagnostics: &$0) }
    }

    /// sli.csv against two SLOs.
    static func sli(_ bytes: [UInt8]) {
        let slos = [SLODefinition(id: "ledger-availability", name: nil, service: nil, objective: 99.9, windowDays: 28, description: nil),
                    SLODefinition(id: "invoicing-latency", name: nil, service: nil, objective: 99, windowDays: 7, description: nil)]
        report { SLOLoader.loadSLI(.bytes(bytes), file: "sli.csv", slos: slos, diagnostics: &$0) }
    }

    static let zone = SiteZone(identifier: "Europe/Berlin")!

    /// Runs a loader on the input read as UTF-8 (BOM removed, invalid sequences skipped as the
    /// content loader refuses them before any parser sees them).
    static func text<T>(_ bytes: [UInt8], _ load: (String, inout Diagnostics) -> T) {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        guard let text = String(validating: body, as: UTF8.self) else { return }
        report { load(text, &$0) }
    }

    /// Runs `load` and formats what it reported, so that building every message is exercised too.
    static func report<T>(_ load: (inout Diagnostics) -> T) {
        var diagnostics = Diagnostics()
        withExtendedLifetime(load(&diagnostics)) {}
        for diagnostic in diagnostics.sorted { blackHole(diagnostic.description) }
    }

    @inline(never) static func blackHole(_ text: String) {
        if text.utf8.count == Int.max { print(text) }
    }
}
