/// A view model as its source file declares it: a top-level `struct NAME: … ViewModel … {` and
/// the stored properties written at its first indentation level (`    var name: Type` or
/// `    let name: Type`, optionally `public`), in order. A property whose line holds a `{` (computed,
/// or with observers) is not stored and is left out; so are nested types' properties.
public struct ViewModelDeclaration: Equatable, Sendable {
    public let name: String
    public let fields: [String]

    public init(name: String, fields: [String]) {
        self.name = name
        self.fields = fields
    }

    /// The view models declared in one Swift file, in the order they appear. The text is read line
    /// by line (`\n`, `\r\n` or `\r`); a struct's body ends at the first line that is exactly `}`.
    public static func all(in source: String) -> [ViewModelDeclaration] {
        let lines = Self.lines(source)
        var models: [ViewModelDeclaration] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            guard let name = viewModelName(line) else { continue }
            var fields: [String] = []
            while index < lines.count, lines[index] != "}" {
                if let field = storedProperty(lines[index]) { fields.append(field) }
                index += 1
            }
            models.append(ViewModelDeclaration(name: name, fields: fields))
        }
        return models
    }

    /// `NAME` when `line` is `struct NAME: CONFORMANCES {…` (optionally `public`) and the
    /// conformances before the brace mention `ViewModel`.
    static func viewModelName(_ line: Substring) -> String? {
        var rest = line
        _ = rest.dropPrefix("public ")
        guard rest.dropPrefix("struct "), let name = rest.dropIdentifier(), rest.dropPrefix(": "),
            let brace = rest.firstIndex(of: "{"), rest[..<brace].contains("ViewModel")
        else { return nil }
        return String(name)
    }

    /// `NAME` when `line` is `    var NAME: TYPE` or `    let NAME: TYPE` (optionally `public`),
    /// with a type and no `{` after the colon.
    static func storedProperty(_ line: Substring) -> String? {
        var rest = line
        guard rest.dropPrefix("    ") else { return nil }
        _ = rest.dropPrefix("public ")
        guard rest.dropPrefix("var ") || rest.dropPrefix("let "), let name = rest.dropIdentifier(), rest.dropPrefix(": "),
            !rest.isEmpty, !rest.contains("{")
        else { return nil }
        return String(name)
    }

    static func lines(_ source: String) -> [Substring] {
        var lines: [Substring] = []
        var start = source.startIndex
        var index = source.startIndex
        while index < source.endIndex {
            let character = source[index]
            if character == "\n" || character == "\r" || character == "\r\n" {
                lines.append(source[start..<index])
                start = source.index(after: index)
            }
            index = source.index(after: index)
        }
        lines.append(source[start...])
        return lines
    }
}

extension Substring {
    /// Drops `prefix` from the front when the text starts with it; whether it did.
    fileprivate mutating func dropPrefix(_ prefix: String) -> Bool {
        guard hasPrefix(prefix) else { return false }
        removeFirst(prefix.count)
        return true
    }

    /// Drops the longest run of word characters (letters, digits, `_`) from the front and returns
    /// it; nil when the text does not start with one.
    fileprivate mutating func dropIdentifier() -> Substring? {
        let name = prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        guard !name.isEmpty else { return nil }
        removeFirst(name.count)
        return name
    }
}
