import Foundation
import Testing

@testable import GlasshousePresent

/// The official Mustache spec's cases for what Glasshouse themes may use (comments, interpolation,
/// sections, inverted sections, partials, inheritance), restated in Tests/Fixtures/mustache-spec
/// (origin and licence in Tests/Fixtures/README.md). Each case's data becomes `TemplateValue`s;
/// a decimal number becomes its text, as a view model would print it.
@Suite("Mustache spec cases (comments, interpolation, sections, inverted, partials, inheritance)")
struct MustacheSpecTests {
    struct Case: Decodable, CustomTestStringConvertible {
        let spec: String
        let name: String
        let template: String
        let data: JSONValue
        let partials: [String: String]
        let expected: String
        var testDescription: String { "\(spec): \(name)" }
    }

    /// The cases left out, and why: each is behaviour Glasshouse chose differently on purpose.
    static let excluded: [String: String] = [
        // A partial that names no template is a theme error at load time (see TemplateTests).
        "partials: Failed Lookup": "a missing partial is an error",
        // swift-mustache 2.1.1 (whose whitespace rules themes were written against) did not
        // re-indent inherited blocks like this either; the default theme's output depends on it.
        "inheritance: Intrinsic indentation": "block re-indentation as swift-mustache 2.1.1",
        "inheritance: Nested block reindentation": "block re-indentation as swift-mustache 2.1.1",
    ]

    static let cases: [Case] = {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/mustache-spec/cases.jsonl")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in try? JSONDecoder().decode(Case.self, from: Data(line.utf8)) }
    }()

    @Test("the fixture holds the spec's cases")
    func fixturePresent() {
        #expect(Self.cases.count == 149)
    }

    @Test("renders as the spec expects", arguments: cases.filter { excluded["\($0.spec): \($0.name)"] == nil })
    func specCase(_ test: Case) throws {
        var names = ["": 0]
        for (index, name) in test.partials.keys.sorted().enumerated() { names[name] = index + 1 }
        var templates = [try TemplateParser.compile(test.template, templates: names)]
        for name in test.partials.keys.sorted() { templates.append(try TemplateParser.compile(test.partials[name]!, templates: names)) }
        var renderer = TemplateRenderer(templates: templates, root: test.data.templateValue, capacity: 0)
        renderer.render(template: 0)
        #expect(renderer.output == test.expected)
    }
}

/// JSON data of a spec case.
enum JSONValue: Decodable {
    case string(String), integer(Int), decimal(Double), bool(Bool), null
    case array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .decimal(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    var templateValue: TemplateValue {
        switch self {
        case .string(let text): .text(text)
        case .integer(let number): .integer(number)
        case .decimal(let number): .text(String(number))
        case .bool(let flag): .bool(flag)
        case .null: .absent
        case .array(let items): .list(items.map(\.templateValue))
        case .object(let fields):
            .object(TemplateObject(shape: TemplateShape(Array(fields.keys)), values: Array(fields.values).map(\.templateValue)))
        }
    }
}
