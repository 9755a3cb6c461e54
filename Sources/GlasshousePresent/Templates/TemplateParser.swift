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

    let text: [Character]
    var position = 0
    /// The index of each template of the set by name, to resolve partials and parents.
    let templates: [String: Int]

    /// Compiles `source`; partials and parents must name templates of `templates`.
    static func compile(_ source: String, templates: [String: Int]) throws(Failure) -> [TemplateNode] {
        var parser = TemplateParser(text: Array(source), templates: templates)
        return try parser.parse(State()).nodes
    }

    init(text: [Character], templates: [String: Int]) {
        (self.text, self.templates) = (text, templates)
    }

    var atEnd: Bool { position == text.count }
    var current: Character { atEnd ? "\0" : text[position] }

    /// The 1-based line of `offset`.
    func line(at offset: Int) -> Int {
        1 + text[..<min(offset, text.count)].reduce(0) { $0 + ($1 == "\n" || $1 == "\r\n" ? 1 : 0) }
    }

    func failure(_ message: String, at offset: Int) -> Failure { Failure(line: line(at: offset), message: message) }

    mutating func read(while accept: (Character) -> Bool) -> String {
        let start = position
        while !atEnd, accept(text[position]) { position += 1 }
        return String(text[start..<position])
    }

    mutating func read(_ string: String) -> Bool {
        let characters = Array(string)
        guard position + characters.count <= text.count, Array(text[position..<position + characters.count]) == characters else { return false }
        position += characters.count
        return true
    }

    static func isBlank(_ character: Character) -> Bool { character == " " || character == "\t" }

    mutating func parse(_ initial: State) throws(Failure) -> Parsed {
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
}
