import Foundation
import GlasshouseCore
import Mustache
import Synchronization

/// Marks a view-model type whose stored properties are template variables. Lookups go through
/// `Mirror`; a nil optional is a known-but-empty variable (falsy in sections, empty in text), so
/// that only names no view model declares count as missing.
public protocol ViewModel: MustacheParent, Sendable {}

extension ViewModel {
    public func child(named name: String) -> Any? {
        guard let match = Mirror(reflecting: self).children.first(where: { $0.label == name }) else { return nil }
        let value = Mirror(reflecting: match.value)
        guard value.displayStyle == .optional else { return match.value }
        return value.children.first?.value ?? Absent()
    }
}

/// A declared variable without a value.
struct Absent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

/// HTML that is already safe (rendered Markdown, inline SVG): emitted as is even by `{{ }}`.
public struct TrustedHTML: MustacheCustomRenderable, Sendable, Equatable {
    public let html: String
    public init(_ html: String) { self.html = html }
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
    public init(theme: ThemeSource) throws(ContentErrors) {
        var library = MustacheLibrary()
        var diagnostics = Diagnostics()
        for name in theme.templates.keys.sorted() {
            do {
                try library.register(theme.templates[name]!, named: name)
            } catch {
                diagnostics.error(theme.templateFiles[name] ?? name, field: "template", "cannot parse template: \(error)")
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
        let root = StrictRoot(model)
        guard let html = library.render(root, withTemplate: name) else {
            throw Failure(file: files[name] ?? name, message: "template could not be rendered")
        }
        let missing = root.missing.withLock { $0 }
        if !missing.isEmpty {
            let names = missing.sorted().map { "{{\($0)}}" }.joined(separator: ", ")
            throw Failure(file: files[name] ?? name, message: "unknown variable \(names) (not part of this page's view model; check the template or its partials)")
        }
        return html
    }
}

/// The page's view model at the bottom of the template stack: a name that reaches it unresolved
/// is not declared by any view model in scope, and is recorded as missing.
private final class StrictRoot: MustacheParent, Sendable {
    let model: any ViewModel
    let missing = Mutex<Set<String>>([])

    init(_ model: any ViewModel) { self.model = model }

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
