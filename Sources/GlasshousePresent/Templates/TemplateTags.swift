/// Reading the tags of a template: names, partial names, comments and standalone lines.
extension TemplateParser {
    /// Reads text up to a line feed (left current) or `{{` (consumed), or to the end.
    mutating func readUntilTagOrNewline() -> String {
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
    mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if atEnd { return true }
        var end = position
        while end < text.count, Self.isBlank(text[end]) { end += 1 }
        guard end < text.count, text[end].isNewline else { return false }
        position = end + 1
        return true
    }

    mutating func skipComment(at tagStart: Int) throws(Failure) {
        while !atEnd {
            if read("}}") { return }
            position += 1
        }
        throw failure("comment is never closed (no }})", at: tagStart)
    }

    static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    static let partialNameCharacters = nameCharacters.union(["/"])

    /// Reads a tag's name up to and including `}}`, as written.
    mutating func parseRawName(at tagStart: Int, characters: Set<Character> = nameCharacters) throws(Failure) -> String {
        _ = read(while: \.isWhitespace)
        let name = read(while: { characters.contains($0) })
        _ = read(while: \.isWhitespace)
        guard read("}}") else {
            throw failure("malformed tag: a name of letters, digits and . - _ ? must be followed by }}", at: tagStart)
        }
        return name
    }

    mutating func parsePartialName(at tagStart: Int) throws(Failure) -> Int {
        if current == "*" { throw failure("dynamic partials ({{>*name}}) are not supported by Glasshouse themes", at: tagStart) }
        let name = try parseRawName(at: tagStart, characters: Self.partialNameCharacters)
        guard let index = templates[name] else { throw failure("no template named \"\(name)\" for {{>\(name)}} or {{<\(name)}}", at: tagStart) }
        return index
    }

    /// Reads a variable or section name: `.`, `a.b`, `.a`, or transforms `t(u(a.b))`.
    mutating func parseName(at tagStart: Int) throws(Failure) -> TemplateName {
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
    var trimmingBlanks: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
