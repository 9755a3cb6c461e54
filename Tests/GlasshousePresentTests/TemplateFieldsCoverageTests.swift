import Foundation
import Testing

/// `templateFields` lists each view model's variables by hand; a stored property left out would
/// fall through to an outer scope's variable of the same name (or be reported as unknown). This
/// reads the sources: every stored property of every `ViewModel` struct in GlasshousePresent must
/// be listed, in order, in that type's `templateFields`, and nothing else.
@Suite("Every view-model property is a template variable")
struct TemplateFieldsCoverageTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/GlasshousePresent")

    /// Stored properties by view-model type, from the struct declarations.
    static func declared() throws -> [String: [String]] {
        var result: [String: [String]] = [:]
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        for file in files {
            let lines = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8).components(separatedBy: "\n")
            var index = 0
            while index < lines.count {
                let line = lines[index]
                index += 1
                guard let match = line.firstMatch(of: /^(?:public )?struct (\w+): ([^{]*)\{/), match.2.contains("ViewModel") else { continue }
                var names: [String] = []
                while index < lines.count, lines[index] != "}" {
                    if let property = lines[index].firstMatch(of: /^    (?:public )?(?:var|let) (\w+): [^{]+$/) { names.append(String(property.1)) }
                    index += 1
                }
                result[String(match.1)] = names
            }
        }
        return result
    }

    /// Listed variables by type, from `TemplateFields.swift`.
    static func listed() throws -> [String: [String]] {
        let text = try String(contentsOf: sources.appendingPathComponent("TemplateFields.swift"), encoding: .utf8)
        var result: [String: [String]] = [:]
        for block in text.components(separatedBy: "\nextension ").dropFirst() {
            let type = String(block.prefix { $0 != " " })
            result[type] = block.matches(of: /\.init\("(\w+)"\) \{ \$0\.(\w+) \}/).map { match in
                #expect(match.1 == match.2, "\(type): \(match.1) reads \(match.2)")
                return String(match.1)
            }
        }
        return result
    }

    @Test("templateFields lists each stored property of each view model, in order")
    func coverage() throws {
        let declared = try Self.declared()
        let listed = try Self.listed()
        #expect(declared.count > 40)
        #expect(declared["Frame"] == ["title", "siteTitle", "root", "asOf", "asOfDisplay", "benchmark", "generator", "crumbs", "nav"])
        for (type, names) in declared.sorted(by: { $0.key < $1.key }) {
            #expect(listed[type] == names, "\(type)")
        }
        #expect(Set(listed.keys) == Set(declared.keys))
    }
}
