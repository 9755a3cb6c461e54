import GlasshouseCore

/// The theme's templates, compiled once per build (`TemplateParser`) and rendered by
/// `TemplateRenderer` into one string per page.
public struct TemplateSet: Sendable {
    /// A template that is missing, malformed, or uses a variable its page does not have.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let file: String
        public let message: String
        public var description: String { "\(file): \(message)" }
    }

    /// Every template's nodes, by index; `indices` maps names to them.
    private let templates: [[TemplateNode]]
    private let indices: [String: Int]
    private let files: [String: String]

    /// Compiles every template; reports each one that does not compile, with its line.
    public init(theme: any ThemeSource) throws(ContentErrors) {
        let names = theme.templates.keys.sorted()
        var indices: [String: Int] = [:]
        for (index, name) in names.enumerated() { indices[name] = index }
        var templates: [[TemplateNode]] = []
        var diagnostics = Diagnostics()
        for name in names {
            do {
                templates.append(try TemplateParser.compile(theme.templates[name]!, templates: indices))
            } catch {
                diagnostics.error(theme.templateFiles[name] ?? name, line: error.line, field: "template", "cannot parse template: \(error.message)")
                templates.append([])
            }
        }
        if diagnostics.hasErrors { throw ContentErrors(diagnostics.sorted) }
        self.templates = templates
        self.indices = indices
        files = theme.templateFiles
    }

    /// Renders template `name` with `model`. A missing template or a variable that no view model
    /// on the page declares is an error, never an empty page.
    public func render(_ name: String, _ model: some ViewModel) throws(Failure) -> String {
        guard let index = indices[name] else {
            throw Failure(file: "templates/\(name).mustache", message: "template is missing from the theme")
        }
        var renderer = TemplateRenderer(templates: templates, root: model.templateValue, capacity: 32_768)
        renderer.render(template: index)
        if !renderer.missing.isEmpty {
            let names = renderer.missing.sorted().map { "{{\($0)}}" }.joined(separator: ", ")
            throw Failure(
                file: files[name] ?? name, message: "unknown variable \(names) (not part of this page's view model; check the template or its partials)")
        }
        if let problem = renderer.problems.first {
            throw Failure(file: files[name] ?? name, message: problem)
        }
        return renderer.output
    }
}

/// The theme as the present stage needs it: template texts by name and their files.
public protocol ThemeSource {
    var templates: [String: String] { get }
    var templateFiles: [String: String] { get }
}
