import Foundation
import GlasshouseCore
import GlasshouseLoad
import Testing

/// The FOCUS and OpenSLO loaders over fixtures of our own (Tests/Fixtures), which every clone has:
/// the counterpart of the reference-data tests of SLOCostCALMSLoaderTests, which need ../shared.
@Suite("Loading our own FOCUS and OpenSLO fixtures")
struct FixtureLoaderTests: ContentFolderLoading {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func fixture(_ path: String) throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("a small FOCUS export: rows go to the claiming team, the tagged team or unallocated; sums by hand")
    func focus() throws {
        let content = try load([
            "site.yaml": "title: T\ncurrency: USD\n",
            "teams/lens/team.yaml": "name: Lens\ncost_tags:\n  application: [ledger]\n",
            "teams/vienna/team.yaml": "name: Vienna\n",
            "costs/focus/small.csv": try Self.fixture("focus/small.csv"),
        ]).get()
        #expect(content.warnings.isEmpty, "\(content.warnings)")
        let lens = try #require(content.teams.first { $0.id == "lens" }?.costs)
        let vienna = try #require(content.teams.first { $0.id == "vienna" }?.costs)
        #expect(lens.count == 2)
        #expect(abs(lens.reduce(0) { $0 + $1.amount } - 13.25) < 1e-9)  // 10.25 + 3.00
        #expect(vienna.count == 2)
        #expect(abs(vienna.reduce(0) { $0 + $1.amount } - 8.70) < 1e-9)  // 7.75 + 0.95
        #expect(content.unallocatedCosts.count == 2)
        #expect(abs(content.unallocatedCosts.reduce(0) { $0 + $1.amount } - 40.50) < 1e-9)  // 40.00 + 0.50
    }

    @Test("two OpenSLO documents: a rolling window loads, a calendar window is skipped with its reason")
    func openSLO() throws {
        let content = try load([
            "site.yaml": "title: T\n", "teams/web/team.yaml": "name: Web\n",
            "teams/web/openslo/checkout-latency.yaml": try Self.fixture("openslo/checkout-latency.yaml"),
            "teams/web/openslo/search-calendar.yaml": try Self.fixture("openslo/search-calendar.yaml"),
        ]).get()
        #expect(
            content.teams.first?.slo?.slos == [
                SLODefinition(
                    id: "checkout-latency", name: "Checkout latency", service: "checkout", objective: 90, windowDays: 28,
                    description: "Nine in ten checkout requests answer within 300 ms.")
            ])
        let warnings = content.warnings.map(\.description)
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("search-calendar.yaml") == true)
        #expect(warnings.first?.contains("SLO \"search-availability\" is skipped: a calendar (not rolling) time window is not supported") == true)
    }

    @Test("a commitment-discount scenario of our own: EffectiveCost, BilledCost and the Unused part, by hand")
    func commitment() throws {
        let csv = try Self.fixture("focus/commitment.csv")
        // EffectiveCost: 0 + 7.50 + 7.50 + 2.50 + 4.00; BilledCost: the 300.00 purchase + 4.00; Unused: the 2.50 row.
        for (column, total, unused) in [("EffectiveCost", 21.50, 2.50), ("BilledCost", 304.00, 0.0)] {
            let content = try load([
                "site.yaml": "title: T\ncurrency: USD\nfinops:\n  cost_column: \(column)\n",
                "teams/web/team.yaml": "name: Web\n",
                "costs/focus/commitment.csv": csv,
            ]).get()
            let rows = content.unallocatedCosts + content.teams.flatMap { $0.costs ?? [] }
            #expect(rows.count == 5)
            #expect(abs(rows.reduce(0) { $0 + $1.amount } - total) < 1e-9, "\(column)")
            #expect(abs(rows.reduce(0) { $0 + $1.idle } - unused) < 1e-9, "\(column)")
        }
    }
}
