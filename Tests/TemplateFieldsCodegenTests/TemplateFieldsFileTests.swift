import Foundation
import Testing

@testable import TemplateFieldsCodegen

@Suite("The generated template-fields file")
struct TemplateFieldsFileTests {
    @Test("one extension per view model, a reader per field reading that field, commas between")
    func text() {
        let text = TemplateFieldsFile.text(for: [
            ViewModelDeclaration(name: "Page", fields: ["title", "count"]),
            ViewModelDeclaration(name: "One", fields: ["name"]),
        ])
        let body = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).joined(separator: "\n")
        #expect(text.hasPrefix("// Generated at build time"))
        #expect(
            body == """

                extension Page {
                    public static let templateFields = TemplateFields<Page>(
                        .init("title") { $0.title },
                        .init("count") { $0.count }
                    )
                }

                extension One {
                    public static let templateFields = TemplateFields<One>(
                        .init("name") { $0.name }
                    )
                }

                """)
    }

    @Test("files in walk order: a folder's files by name, then its folders by name, whatever order they come in")
    func walkOrder() {
        let walked = [
            "/s/P/a.swift", "/s/P/Z.swift", "/s/P/b.swift", "/s/P/Pages/x.swift", "/s/P/Charts/y.swift", "/s/P/Charts/Deep/z.swift", "/s/P/Pages/a.swift",
        ]
        let expected = [
            "/s/P/Z.swift", "/s/P/a.swift", "/s/P/b.swift", "/s/P/Charts/y.swift", "/s/P/Charts/Deep/z.swift", "/s/P/Pages/a.swift", "/s/P/Pages/x.swift",
        ]
        #expect(TemplateFieldsFile.walkOrder(walked) == expected)
        #expect(TemplateFieldsFile.walkOrder(walked.reversed()) == expected)
        #expect(TemplateFieldsFile.walkOrder(expected) == expected)
    }

    /// GlasshousePresent's own declarations, read as the build reads them: the scanner must still
    /// find every view model there (46 when this was written) with the fields the templates use.
    @Test("GlasshousePresent's view models are all found, Frame with its nine fields")
    func presentSources() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let present = root.appendingPathComponent("Sources/GlasshousePresent")
        let files = FileManager.default.enumerator(atPath: present.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        var models: [ViewModelDeclaration] = []
        for file in TemplateFieldsFile.walkOrder(files.map { present.appendingPathComponent($0).path }) {
            models += ViewModelDeclaration.all(in: try String(contentsOfFile: file, encoding: .utf8))
        }
        #expect(models.count > 40)
        #expect(Set(models.map(\.name)).count == models.count, "each view model once")
        #expect(
            models.first { $0.name == "Frame" }?.fields == ["title", "siteTitle", "root", "asOf", "asOfDisplay", "benchmark", "generator", "crumbs", "nav"])
        #expect(models.allSatisfy { !$0.fields.isEmpty })
    }
}
