import Foundation
import GlasshouseCore
import Mustache
import Synchronization

/// Marks a view-model type whose stored properties are template variables. A page's model is
/// turned once into `ModelNode`s (one `Mirror` pass per value) so that template lookups are
/// dictionary hits; a nil optional is a known-but-empty variable (falsy in sections, empty in
/// text), so that only names no view model declares count as missing.
public protocol ViewModel: Sendable {
    /// The template variables by name. The default reads the stored properties with `Mirror`;
    /// the small row types a page holds hundreds of list theirs by hand, which is much faster.
    var templateFields: [(String, Any)] { get }
}

extension ViewModel {
    public var templateFields: [(String, Any)] {
        Mirror(reflecting: self).children.compactMap { child in child.label.map { ($0, child.value) } }
    }
}

/// A view model as templates see it: its properties by name, nested models and lists converted too.
final class ModelNode: MustacheParent, @unchecked Sendable {
    private let values: [String: Any]

    init(_ model: any ViewModel) {
        var values: [String: Any] = [:]
        for (name, value) in model.templateFields { values[name] = Self.convert(value) }
        self.values = values
    }

    func child(named name: String) -> Any? { values[name] }

    /// Nested view models become nodes, lists of them lists of nodes, nil optionals `Absent`,
    /// text and integers `TemplateText` and `TemplateInteger` (also inside optionals and lists).
    /// Plain values (the most common case) return at the first checks, without reflection.
    static func convert(_ value: Any) -> Any {
        if let text = value as? String { return TemplateText(text) }
        if let number = value as? Int { return TemplateInteger(number) }
        if value is Bool || value is TrustedHTML || value is Double { return value }
        if let texts = value as? [String] { return texts.map(TemplateText.init) }
        if let optional = value as? any AnyOptional {
            guard let wrapped = optional.wrapped else { return Absent() }
            return convert(wrapped)
        }
        if let model = value as? any ViewModel { return ModelNode(model) }
        if let models = value as? any ModelList { return models.nodes }
        return value
    }
}

/// `Optional` seen through `Any`, without `Mirror`.
private protocol AnyOptional {
    var wrapped: Any? { get }
}

extension Optional: AnyOptional {
    var wrapped: Any? { map { $0 as Any } }
}

/// A list of view models seen through `Any`.
private protocol ModelList {
    var nodes: [ModelNode] { get }
}

extension Array: ModelList where Element: ViewModel {
    var nodes: [ModelNode] { map(ModelNode.init) }
}

/// Text as templates see it: printed (and escaped) as the string itself, a section that always
/// renders, the string's transforms (`uppercased`, …). Unlike a bare `String` it is a
/// `MustacheParent` (with no children), so that a name looked up inside `{{#text}}…{{/text}}`
/// moves on up the stack at once instead of reflecting over the string with `Mirror`.
struct TemplateText: MustacheParent, MustacheCustomRenderable, MustacheTransformable, Comparable {
    let text: String
    init(_ text: String) { self.text = text }
    func child(named name: String) -> Any? { nil }
    var renderText: String { text }
    var isNull: Bool { false }
    func transform(_ name: String) -> Any? { text.transform(name) }
    static func < (left: TemplateText, right: TemplateText) -> Bool { left.text < right.text }
}

/// An integer as templates see it (see `TemplateText`): printed in decimal, a section that always
/// renders, the integer transforms (`equalzero`, `plusone`, …).
struct TemplateInteger: MustacheParent, MustacheCustomRenderable, MustacheTransformable, Comparable {
    let value: Int
    init(_ value: Int) { self.value = value }
    func child(named name: String) -> Any? { nil }
    var renderText: String { String(value) }
    var isNull: Bool { false }
    func transform(_ name: String) -> Any? { value.transform(name) }
    static func < (left: TemplateInteger, right: TemplateInteger) -> Bool { left.value < right.value }
}

/// A declared variable without a value.
struct Absent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

/// HTML that is already safe (rendered Markdown, inline SVG): templates print it with `{{{ }}}`; `{{ }}` would escape it.
/// As a section (`{{#narrative}}…{{/narrative}}`) it has no variables of its own.
public struct TrustedHTML: MustacheCustomRenderable, MustacheParent, Sendable, Equatable {
    public let html: String
    public init(_ html: String) { self.html = html }
    public func child(named name: String) -> Any? { nil }
    public var renderText: String { html }
    public var isNull: Bool { html.isEmpty }
}

/// The theme's templates, compiled once per build.
public struct TemplateSet: Sendable {
    /// A template that is missing, malformed, or uses a variable its page does not have.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let file: String
        public let message: String
        public var description: String { "\(file): \(message)" }
    }

    private let library: MustacheLibrary
    private let files: [String: String]

    /// Compiles every template; reports each one that does not parse.
    public init(theme: any ThemeSource) throws(ContentErrors) {
        var library = MustacheLibrary()
        var diagnostics = Diagnostics()
        _ = HTMLText.registered
        for name in theme.templates.keys.sorted() {
            let text = theme.templates[name]!
            do {
                // Every template and partial escapes with `HTMLText` (per scalar), not swift-mustache's
                // own HTML escaping (per grapheme cluster); see `HTMLText`.
                try library.register(HTMLText.pragma + text, named: name)
            } catch {
                // Reported from the template as written, so that line numbers match the file.
                var reported: any Error = error
                do { _ = try MustacheTemplate(string: text) } catch { reported = error }
                diagnostics.error(theme.templateFiles[name] ?? name, field: "template", "cannot parse template: \(reported)")
            }
        }
        if diagnostics.hasErrors { throw ContentErrors(diagnostics.sorted) }
        self.library = library
        files = theme.templateFiles
    }

    /// Renders template `name` with `model`. A missing template or a variable that no view model
    /// on the page declares is an error, never an empty page.
    public func render(_ name: String, _ model: some ViewModel) throws(Failure) -> String {
        guard library.getTemplate(named: name) != nil else {
            throw Failure(file: "templates/\(name).mustache", message: "template is missing from the theme")
        }
        let root = StrictRoot(ModelNode(model))
        guard let html = library.render(root, withTemplate: name) else {
            throw Failure(file: files[name] ?? name, message: "template could not be rendered")
        }
        let missing = root.missing.withLock { $0 }
        if !missing.isEmpty {
            let names = missing.sorted().map { "{{\($0)}}" }.joined(separator: ", ")
            throw Failure(
                file: files[name] ?? name, message: "unknown variable \(names) (not part of this page's view model; check the template or its partials)")
        }
        return html
    }
}

/// The page's view model at the bottom of the template stack: a name that reaches it unresolved
/// is not declared by any view model in scope, and is recorded as missing.
private final class StrictRoot: MustacheParent, Sendable {
    let model: ModelNode
    let missing = Mutex<Set<String>>([])

    init(_ model: ModelNode) { self.model = model }

    func child(named name: String) -> Any? {
        if let value = model.child(named: name) { return value }
        missing.withLock { _ = $0.insert(name) }
        return nil
    }
}

/// The theme as the present stage needs it: template texts by name and their files.
public protocol ThemeSource {
    var templates: [String: String] { get }
    var templateFiles: [String: String] { get }
}
