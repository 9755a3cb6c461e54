/// Renders compiled templates into one output string: a stack of values in scope, the inherited
/// blocks and the indentation of standalone partials. Names that no value in scope declares are
/// collected (`missing`), as are values a template cannot print (`problems`).
struct TemplateRenderer {
    private let templates: [[TemplateNode]]
    private(set) var output = ""
    private(set) var missing: Set<String> = []
    private(set) var problems: [String] = []
    private var stack: [TemplateValue]

    init(templates: [[TemplateNode]], root: TemplateValue, capacity: Int) {
        self.templates = templates
        stack = [root]
        output.reserveCapacity(capacity)
    }

    /// Renders template `index` with the root value.
    mutating func render(template index: Int) {
        render(templates[index], indentation: "", inherited: nil)
    }

    private mutating func render(_ nodes: [TemplateNode], indentation: String, inherited: [String: [TemplateNode]]?) {
        guard !indentation.isEmpty else {
            for node in nodes { render(node, indentation: indentation, inherited: inherited) }
            return
        }
        // Each node that prints something at the start of a line of this template's own output is
        // indented; nothing is added for a node that prints nothing.
        let start = output.utf8.count
        for node in nodes {
            let count = output.utf8.count
            guard count > start, endsWithLineFeed else {
                render(node, indentation: indentation, inherited: inherited)
                continue
            }
            output += indentation
            let indented = output.utf8.count
            render(node, indentation: indentation, inherited: inherited)
            if output.utf8.count == indented { output.removeLast(indentation.count) }
        }
    }

    /// Whether the output ends with a line feed on its own (not `\r\n`).
    private var endsWithLineFeed: Bool { output.last == "\n" }

    private mutating func render(_ node: TemplateNode, indentation: String, inherited: [String: [TemplateNode]]?) {
        switch node {
        case .text(let text):
            output += text
        case .variable(let name, let escaped):
            guard let value = lookup(name) else { return }
            print(value, escaped: escaped, name: name)
        case .section(let name, let body, let inverted):
            let value = lookup(name)
            if inverted {
                renderInverted(value, body, indentation: indentation, inherited: inherited)
            } else {
                renderSection(value, body, indentation: indentation, inherited: inherited)
            }
        case .partial(let index, let partialIndentation, let blocks):
            var scope = inherited
            if let blocks {
                // Blocks given further out win over the parent's own child's.
                scope = (inherited ?? [:]).merging(blocks) { outer, _ in outer }
            }
            render(templates[index], indentation: indentation + partialIndentation, inherited: scope)
        case .block(let name, let defaultNodes, let blockIndentation):
            render(inherited?[name] ?? defaultNodes, indentation: indentation + blockIndentation, inherited: inherited)
        }
    }

    private mutating func print(_ value: TemplateValue, escaped: Bool, name: TemplateName) {
        switch value {
        case .text(let text), .html(let text):
            output += escaped ? HTMLText.escape(text) : text
        case .integer(let number):
            output += String(number)
        case .bool(let flag):
            output += flag ? "true" : "false"
        case .absent:
            break
        case .list, .object:
            problems.append("{{\(name.text)}} is a \(value.kindName), which cannot be printed (use a section: {{#\(name.text)}}…{{/\(name.text)}})")
        }
    }

    private mutating func renderSection(_ value: TemplateValue?, _ body: [TemplateNode], indentation: String, inherited: [String: [TemplateNode]]?) {
        guard let value, !value.isFalsy else { return }
        switch value {
        case .list(let items):
            for item in items { renderScoped(item, body, indentation: indentation, inherited: inherited) }
        case .bool:
            render(body, indentation: indentation, inherited: inherited)
        default:
            renderScoped(value, body, indentation: indentation, inherited: inherited)
        }
    }

    private mutating func renderInverted(_ value: TemplateValue?, _ body: [TemplateNode], indentation: String, inherited: [String: [TemplateNode]]?) {
        guard let value else { return render(body, indentation: indentation, inherited: inherited) }
        guard value.isFalsy else { return }
        if case .list = value {
            renderScoped(value, body, indentation: indentation, inherited: inherited)
        } else {
            render(body, indentation: indentation, inherited: inherited)
        }
    }

    private mutating func renderScoped(_ value: TemplateValue, _ body: [TemplateNode], indentation: String, inherited: [String: [TemplateNode]]?) {
        stack.append(value)
        render(body, indentation: indentation, inherited: inherited)
        stack.removeLast()
    }

    /// The value of `name`: its first part from the innermost value in scope that has it (then
    /// the rest from there), transformed. A first part that nothing in scope has is missing.
    private mutating func lookup(_ name: TemplateName) -> TemplateValue? {
        guard var value = find(name) else { return nil }
        for transform in name.transforms {
            guard let transformed = value.applying(transform) else { return nil }
            value = transformed
        }
        return value
    }

    private mutating func find(_ name: TemplateName) -> TemplateValue? {
        guard let head = name.path.first else { return stack[stack.count - 1] }
        if name.anchored {
            guard case .object(let object) = stack[stack.count - 1], let value = object.value(head) else {
                if stack.count == 1 { missing.insert(name.head) }
                return nil
            }
            return Self.descend(value, name.path.dropFirst())
        }
        var level = stack.count - 1
        while level >= 0 {
            if case .object(let object) = stack[level], let value = object.value(head) {
                return Self.descend(value, name.path.dropFirst())
            }
            level -= 1
        }
        missing.insert(name.head)
        return nil
    }

    private static func descend(_ value: TemplateValue, _ path: ArraySlice<Int>) -> TemplateValue? {
        var value = value
        for symbol in path {
            guard case .object(let object) = value, let child = object.value(symbol) else { return nil }
            value = child
        }
        return value
    }
}
