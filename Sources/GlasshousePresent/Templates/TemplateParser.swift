/// Compiles one Mustache template into `TemplateNode`s.
///
/// The whitespace rules are the Mustache spec's (standalone tags, indented standalone partials,
/// block indentation) as swift-mustache 2.1.1 applied them, which themes were written against, so
/// that every existing template renders byte for byte as before. Set delimiters (`{{= =}}`),
/// pragmas (`{{% }}`), dynamic partials (`{{> *name}}`) and lambdas are not supported: such a tag
/// is an error naming the file and line, never output that is silently different.
struct TemplateParser {
    /// Why a template does not compile, and the line of the tag at fault.
    struct Failure: Error {
        let line: Int
        let message: String
    }

    /// What the parser knows at a point of the text: the section it is inside, whether it is at
    /// the start of a line, and whether it reads the block definitions of a `{{< parent}}`.
    private struct State {
        var sectionName: String?
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        /// The indentation of the first line of a block definition, removed from its other lines.
        var partialDefinitionIndent: Int?

        func section(_ name: String, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func inheritance(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            return state
        }
    }

    /// What one level of parsing found: the nodes, and the block definitions of a parent's body.
    private struct Parsed {
        var nodes: [TemplateNode] = []
        var definitions: [String: [TemplateNode]] = [:]
        var hasOtherTags = false
    }

    private let text: [Character]
    private var position = 0
    /// The index of each template of the set by name, to resolve partials and parents.
    private let templates: [String: Int]

    /// Compiles `source`; partials and parents must name templates of `templates`.
    static func compile(_ source: String, templates: [String: Int]) throws(Failure) -> [TemplateNode] {
        var parser = TemplateParser(text: Array(source), templates: templates)
        return try parser.parse(State()).nodes
    }

    private init(text: [Character], templates: [String: Int]) {
        self.text = text
        self.templates = templates
    }

    private var atEnd: Bool { position == text.count }
    private var current: Character { atEnd ? "\0" : text[position] }

    /// The 1-based line of `offset`.
    private func line(at offset: Int) -> Int {
        1 + text[..<min(offset, text.count)].reduce(0) { $0 + ($1 == "\n" || $1 == "\r\n" ? 1 : 0) }
    }

    private func failure(_ message: String, at offset: Int) -> Failure { Failure(line: line(at: offset), message: message) }

    private mutating func read(while accept: (Character) -> Bool) -> String {
        let start = position
        while !atEnd, accept(text[position]) { position += 1 }
        return String(text[start..<position])
    }

    private mutating func read(_ string: String) -> Bool {
        let characters = Array(string)
        guard position + characters.count <= text.count, Array(text[position..<position + characters.count]) == characters else { return false }
        position += characters.count
        return true
    }

    private static func isBlank(_ character: Character) -> Bool { character == " " || character == "\t" }

    private mutating func parse(_ initial: State) throws(Failure) -> Parsed {
        var parsed = Parsed()
        var state = initial
        var whiteSpaceBefore = ""
        while !atEnd {
            if state.newLine {
                let whiteSpace = read(while: Self.isBlank)
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = String(whiteSpace.dropFirst(indent))
                    } else {
                        state.partialDefinitionIndent = whiteSpace.count
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let literal = readUntilTagOrNewline()
            if current == "\n" || current == "\r\n" {
                parsed.nodes.append(.text(whiteSpaceBefore + literal + String(current)))
                state.newLine = true
                position += 1
                continue
            }
            if !literal.isEmpty {
                parsed.nodes.append(.text(whiteSpaceBefore + literal))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if atEnd { break }
            let tagStart = position - 2
            var setNewLine = false
            let kind = current
            switch kind {
            case "#", "^":
                position += 1
                let name = try parseName(at: tagStart)
                if isStandalone(state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    parsed.nodes.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                let body = try parse(state.section(name.text, newLine: setNewLine))
                parsed.nodes.append(.section(name, body.nodes, inverted: kind == "^"))
                parsed.hasOtherTags = true

            case "/":
                position += 1
                let name = try parseRawName(at: tagStart)
                guard name == state.sectionName else {
                    let expected = state.sectionName.map { "{{/\($0)}}" } ?? "no section to close"
                    throw failure("{{/\(name)}} does not close the open section (expected \(expected))", at: tagStart)
                }
                if !isStandalone(state), !whiteSpaceBefore.isEmpty {
                    parsed.nodes.append(.text(whiteSpaceBefore))
                }
                return parsed

            case "!":
                position += 1
                try skipComment(at: tagStart)
                setNewLine = isStandalone(state)

            case "{", "&":
                if !whiteSpaceBefore.isEmpty {
                    parsed.nodes.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                position += 1
                let name = try parseName(at: tagStart)
                if kind == "{", !read("}") { throw failure("{{{\(name.text)}} lacks its third closing brace", at: tagStart) }
                parsed.nodes.append(.variable(name, escaped: false))
                parsed.hasOtherTags = true

            case ">":
                position += 1
                _ = read(while: \.isWhitespace)
                let index = try parsePartialName(at: tagStart)
                if !whiteSpaceBefore.isEmpty { parsed.nodes.append(.text(whiteSpaceBefore)) }
                if isStandalone(state) {
                    setNewLine = true
                    parsed.nodes.append(.partial(index: index, indentation: whiteSpaceBefore, blocks: nil))
                } else {
                    parsed.nodes.append(.partial(index: index, indentation: "", blocks: nil))
                }
                whiteSpaceBefore = ""
                parsed.hasOtherTags = true

            case "<":
                position += 1
                _ = read(while: \.isWhitespace)
                let nameStart = position
                let index = try parsePartialName(at: tagStart)
                let name = String(text[nameStart..<position - 2]).trimmingBlanks
                if !whiteSpaceBefore.isEmpty { parsed.nodes.append(.text(whiteSpaceBefore)) }
                if isStandalone(state) { setNewLine = true }
                let body = try parse(state.inheritance(name))
                if body.hasOtherTags {
                    throw failure("{{<\(name)}} may hold only {{$block}} definitions and text", at: tagStart)
                }
                parsed.nodes.append(.partial(index: index, indentation: whiteSpaceBefore, blocks: body.definitions))
                whiteSpaceBefore = ""
                parsed.hasOtherTags = true

            case "$":
                position += 1
                let name = try parseName(at: tagStart)
                guard name.transforms.isEmpty else { throw failure("a block ({{$\(name.text)}}) cannot have a transform", at: tagStart) }
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    parsed.definitions[name.text] = try parse(state.section(name.text, newLine: setNewLine)).nodes
                } else {
                    if !whiteSpaceBefore.isEmpty { parsed.nodes.append(.text(whiteSpaceBefore)) }
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.section(name.text, newLine: setNewLine))
                    parsed.nodes.append(.block(name: name.text, default: body.nodes, indentation: whiteSpaceBefore))
                    whiteSpaceBefore = ""
                    parsed.hasOtherTags = true
                }

            case "=":
                throw failure("set delimiters ({{= =}}) are not supported by Glasshouse themes", at: tagStart)

            case "%":
                throw failure("pragmas ({{% }}) are not supported by Glasshouse themes", at: tagStart)

            default:
                if !whiteSpaceBefore.isEmpty {
                    parsed.nodes.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                parsed.nodes.append(.variable(try parseName(at: tagStart), escaped: true))
                parsed.hasOtherTags = true
            }
            state.newLine = setNewLine
        }
        if let open = state.sectionName {
            throw failure("{{\(open)}} is never closed (no {{/\(open)}})", at: text.count)
        }
        return parsed
    }

    /// Reads text up to a line feed (left current) or `{{` (consumed), or to the end.
    private mutating func readUntilTagOrNewline() -> String {
        var result = ""
        while !atEnd {
            let character = text[position]
            if character == "\n" || character == "\r\n" { break }
            if character == "{", read("{{") { break }
            result.append(character)
            position += 1
        }
        return result
    }

    /// Whether the tag just read is alone on its line (blanks only around it); if so, the rest of
    /// the line and its line break are consumed.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if atEnd { return true }
        var end = position
        while end < text.count, Self.isBlank(text[end]) { end += 1 }
        guard end < text.count, text[end].isNewline else { return false }
        position = end + 1
        return true
    }

    private mutating func skipComment(at tagStart: Int) throws(Failure) {
        while !atEnd {
            if read("}}") { return }
            position += 1
        }
        throw failure("comment is never closed (no }})", at: tagStart)
    }

    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameCharacters = nameCharacters.union(["/"])

    /// Reads a tag's name up to and including `}}`, as written.
    private mutating func parseRawName(at tagStart: Int, characters: Set<Character> = nameCharacters) throws(Failure) -> String {
        _ = read(while: \.isWhitespace)
        let name = read(while: { characters.contains($0) })
        _ = read(while: \.isWhitespace)
        guard read("}}") else {
            throw failure("malformed tag: a name of letters, digits and . - _ ? must be followed by }}", at: tagStart)
        }
        return name
    }

    private mutating func parsePartialName(at tagStart: Int) throws(Failure) -> Int {
        if current == "*" { throw failure("dynamic partials ({{>*name}}) are not supported by Glasshouse themes", at: tagStart) }
        let name = try parseRawName(at: tagStart, characters: Self.partialNameCharacters)
        guard let index = templates[name] else { throw failure("no template named \"\(name)\" for {{>\(name)}} or {{<\(name)}}", at: tagStart) }
        return index
    }

    /// Reads a variable or section name: `.`, `a.b`, `.a`, or transforms `t(u(a.b))`.
    private mutating func parseName(at tagStart: Int) throws(Failure) -> TemplateName {
        let text = try parseRawName(at: tagStart)
        var parts = text.split(separator: "(", omittingEmptySubsequences: false).map(String.init)
        var variable = parts.removeLast()
        var transforms: [TemplateTransform] = []
        if !parts.isEmpty {
            let closing = variable.reversed().prefix { $0 == ")" }.count
            variable.removeLast(closing)
            guard closing == parts.count, !variable.contains(")"), !parts.contains(where: { $0.contains(")") }) else {
                throw failure("malformed transform in {{\(text)}}", at: tagStart)
            }
            for part in parts.reversed() {
                guard let transform = TemplateTransform(rawValue: part) else {
                    let known = TemplateTransform.allCases.map(\.rawValue).joined(separator: ", ")
                    throw failure("unknown transform \"\(part)\" in {{\(text)}} (supported: \(known))", at: tagStart)
                }
                transforms.append(transform)
            }
        } else if variable.contains(")") {
            throw failure("malformed transform in {{\(text)}}", at: tagStart)
        }
        if variable.isEmpty {
            throw failure(transforms.isEmpty ? "empty tag {{}}" : "transforms of the list position ({{\(text)}}) are not supported", at: tagStart)
        }
        if variable == "." {
            return TemplateName(text: text, head: ".", path: [], anchored: false, transforms: transforms)
        }
        let segments = variable.split(separator: ".").map(String.init)
        guard let head = segments.first else { throw failure("malformed name {{\(text)}}", at: tagStart) }
        return TemplateName(
            text: text, head: head, path: segments.map(TemplateSymbols.symbol), anchored: variable.hasPrefix("."), transforms: transforms)
    }
}

extension String {
    fileprivate var trimmingBlanks: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
