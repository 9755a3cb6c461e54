import GlasshouseCore
import GlasshouseLoad
import Testing

@Suite("org.yaml budgets of units and the org (content.md §3)")
struct OrgBudgetLoaderTests: ContentFolderLoading {
    @Test("budget: {monthly: N} on a unit and the org; absent is nil")
    func budgets() throws {
        let content = try load([
            "site.yaml": "title: T\n",
            "org.yaml": "budget: {monthly: 400000}\nunits:\n  - id: a\n    budget: {monthly: 0}\n  - id: b\n    budget:\n      monthly: 60000.5\n  - id: c\n",
        ]).get()
        #expect(content.org?.budget == 400_000)
        #expect(content.org?.units.map(\.budget) == [0, 60_000.5, nil])
        #expect(content.warnings.isEmpty)
    }

    @Test("a negative or non-numeric budget, or one without monthly, is an error with file and line")
    func errors() throws {
        let errors = try errors([
            "site.yaml": "title: T\n",
            "org.yaml": "budget: {monthly: -1}\nunits:\n  - id: a\n    budget: {monthly: lots}\n  - id: b\n    budget: {yearly: 5}\n  - id: c\n    budget: 5\n",
        ])
        #expect(errors.count == 4)
        #expect(errors.contains("C/org.yaml:1:19: budget.monthly: -1 is negative; a monthly budget is an amount ≥ 0"))
        #expect(errors.contains { $0.hasPrefix("C/org.yaml:4:") && $0.contains("units[0].budget.monthly: \"lots\" is not a number") })
        #expect(errors.contains { $0.hasPrefix("C/org.yaml:6:") && $0.contains("units[1].budget.monthly") })
        #expect(errors.contains { $0.hasPrefix("C/org.yaml:8:") && $0.contains("units[2].budget") })
    }
}
