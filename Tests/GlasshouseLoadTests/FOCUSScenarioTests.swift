import Foundation
import GlasshouseCore
import GlasshouseLoad
import GlasshouseTesting
import Testing

/// FOCUS 1.3 (content.md §7.2): AllocatedTags, ServiceProviderName, and the FinOps Foundation's
/// commitment-discount scenarios adding up to their published totals.
@Suite("FOCUS 1.3 and the commitment-discount scenarios")
struct FOCUSScenarioTests: ContentFolderLoading {
    static let scenarios = SLOCostCALMSLoaderTests.reference.appendingPathComponent("focus-scenarios")

    /// Cents, rounded half away from zero: totals are compared to the cent.
    static func cents(_ value: Double) -> Int64 { Int64((value * 100).rounded()) }
    static func cents(_ text: String) -> Int64 { cents(Double(text)!) }

    /// Whether ../shared/reference/focus-scenarios is there (it is not in a fresh clone).
    static let scenariosPresent = FileManager.default.fileExists(atPath: scenarios.appendingPathComponent("expected.json").path)

    @Test(
        "every scenario loads without errors; EffectiveCost, BilledCost and the Unused part equal expected.json to the cent",
        .enabled(
            if: scenariosPresent,
            "needs ../shared/reference/focus-scenarios, absent beside this clone; FixtureLoaderTests runs a commitment scenario of our own"))
    func scenarioTotals() throws {
        let expectedData = try #require(FileManager.default.contents(atPath: Self.scenarios.appendingPathComponent("expected.json").path))
        let expected = try #require(try JSONSerialization.jsonObject(with: expectedData) as? [String: [String: Any]])
        #expect(expected.count == 16)
        for (name, totals) in expected.sorted(by: { $0.key < $1.key }) {
            let csv = try String(contentsOf: Self.scenarios.appendingPathComponent(name), encoding: .utf8)
            for (column, key) in [("EffectiveCost", "effective_cost"), ("BilledCost", "billed_cost")] {
                let result = try load([
                    "site.yaml": "title: T\ncurrency: USD\nfinops:\n  cost_column: \(column)\n",
                    "teams/web/team.yaml": "name: Web\n",
                    "costs/focus/\(name)": csv,
                ])
                guard case .success(let content) = result else {
                    if case .failure(let errors) = result { Issue.record("\(name): \(errors.errors.map(\.description))") }
                    continue
                }
                let rows = content.unallocatedCosts + content.teams.flatMap { $0.costs ?? [] }
                #expect(Self.cents(rows.reduce(0) { $0 + $1.amount }) == Self.cents(try #require(totals[key] as? String)), "\(name) \(column)")
                if column == "EffectiveCost" {
                    #expect(
                        Self.cents(rows.reduce(0) { $0 + $1.idle }) == Self.cents(try #require(totals["unused_effective_cost"] as? String)), "\(name) Unused")
                }
            }
        }
    }

    @Test("a non-empty AllocatedTags replaces Tags for its row; ServiceProviderName is accepted beside ProviderName")
    func allocatedTags() throws {
        let content = try load([
            "site.yaml": "title: T\n",
            "teams/checkout/team.yaml": "name: Checkout\n",
            "teams/search/team.yaml": "name: Search\ncost_tags:\n  app: [Finder]\n",
            "teams/platform/team.yaml": "name: Platform\n",
            // Row 1: a shared cluster split by the provider: its allocated share belongs to checkout, not platform.
            // Row 2: AllocatedTags empty: Tags decide (platform). Row 3: AllocatedTags {} counts as empty.
            // Row 4: AllocatedTags names a claimed tag: search, although Tags name checkout.
            "costs/focus/split.csv": """
            ChargePeriodStart,EffectiveCost,BillingCurrency,ServiceProviderName,ProviderName,Tags,AllocatedTags
            2026-10-01T00:00:00Z,40.25,USD,Aura Web,,"{""team"": ""platform""}","{""team"": ""checkout""}"
            2026-10-02T00:00:00Z,59.75,USD,Aura Web,,"{""team"": ""platform""}",
            2026-10-03T00:00:00Z,10,USD,,Aura Web,"{""team"": ""platform""}",{}
            2026-10-04T00:00:00Z,7.5,USD,Aura Web,Aura Web,"{""team"": ""checkout""}","{""app"": ""Finder""}"

            """,
        ]).get()
        #expect(content.warnings.isEmpty)
        func total(_ team: String) -> Double { content.teams.first { $0.id == team }?.costs?.reduce(0) { $0 + $1.amount } ?? -1 }
        #expect(total("checkout") == 40.25)
        #expect(total("platform") == 69.75)
        #expect(total("search") == 7.5)
    }

    @Test("a malformed AllocatedTags is an error naming that column")
    func malformedAllocatedTags() throws {
        let errors = try errors([
            "site.yaml": "title: T\n", "teams/web/team.yaml": "name: Web\n",
            "costs/focus/bad.csv": "ChargePeriodStart,EffectiveCost,Tags,AllocatedTags\n2026-10-01T00:00:00Z,1,{},[1]\n",
        ])
        #expect(errors == ["C/costs/focus/bad.csv:2: AllocatedTags: is not a JSON object like {\"team\": \"payments\"}"])
    }
}
