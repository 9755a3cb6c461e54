/// Marks a view-model type whose fields are template variables. Each type lists them once in
/// `templateFields` (name and how to read it); a page's model becomes a `TemplateValue` tree in one
/// pass, without reflection or dynamic casts. A nil optional is a known-but-empty variable (falsy
/// in sections, empty in text), so that only names no view model declares count as missing.
public protocol ViewModel: TemplateRepresentable, Sendable {
    /// The template variables of the type, by name.
    static var templateFields: TemplateFields<Self> { get }
}

extension ViewModel {
    public var templateValue: TemplateValue { .object(Self.templateFields.object(self)) }
}

/// HTML that is already safe (rendered Markdown, inline SVG): templates print it with `{{{ }}}`; `{{ }}` would escape it.
/// As a section (`{{#narrative}}…{{/narrative}}`) it renders unless empty and has no variables of its own.
public struct TrustedHTML: TemplateRepresentable, Sendable, Equatable {
    public let html: String
    public init(_ html: String) { self.html = html }
    public var templateValue: TemplateValue { .html(html) }
}
