/// A template compiled once per build: the tree of its tags, with every partial and parent
/// resolved to the index of its template in the `TemplateSet`.
indirect enum TemplateNode: Sendable {
    /// Literal text (at most one line: the parser splits text at line feeds, which the
    /// indentation of standalone partials relies on).
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}` (as it is).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(TemplateName, [TemplateNode], inverted: Bool)
    /// `{{> name}}` or, with blocks, `{{< name}}…{{/name}}`: the template at `index`, its lines
    /// indented by `indentation` (standalone partials), with `blocks` overriding its `{{$ }}` blocks.
    case partial(index: Int, indentation: String, blocks: [String: [TemplateNode]]?)
    /// `{{$ name}}default{{/name}}`: the block a parent's child overrides, else its default.
    case block(name: String, default: [TemplateNode], indentation: String)
}

/// A variable name as written in a tag, resolved for lookups: `.`, `a`, `a.b.c` or `.a` (the
/// current object only), with optional transforms such as `empty(a)`.
struct TemplateName: Sendable {
    /// The tag's name as written (inside the braces, without surrounding spaces).
    let text: String
    /// The first part, reported when no view model in scope has it.
    let head: String
    /// The interned parts (`TemplateSymbols`); empty for `.`.
    let path: [Int]
    /// `.a`: looked up in the current object only, not up the stack.
    let anchored: Bool
    /// Applied in order (the innermost first).
    let transforms: [TemplateTransform]
}

/// The transforms a name may be wrapped in, as swift-mustache offered them: `empty(list)`,
/// `equalzero(number)`, … A transform that does not apply to the value's kind gives no value
/// (so `{{^empty(x)}}` renders when `x` is a nil optional).
enum TemplateTransform: String, Sendable, CaseIterable {
    case empty, count, first, last, reversed
    case lowercased, uppercased, capitalized
    case equalzero, plusone, minusone, even, odd
}
