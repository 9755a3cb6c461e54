import Foundation
import GlasshouseCore
import Yams

/// Reads YAML with Yams into nodes and pulls typed fields out of them, reporting every problem
/// with the file, line, column and the dotted field name (`dora.benchmark`).
///
/// Scalars are read as their source text and typed here, per field, so YAML 1.1 surprises
/// (`no` as false, `2026-10-02` as a timestamp) cannot change what a field means.
public struct YAMLReader {
    public let file: String
    /// Added to every line Yams reports (front matter starts on line 2 of its file).
    let lineOffset: Int
    public var diagnostics = Diagnostics()

    public init(file: String, lineOffset: Int = 0) {
        (self.file, self.lineOffset) = (file, lineOffset)
    }

    /// Plain scalars are not typed by Yams (`Resolver.basic`): the reader types every field itself
    /// from its text, and Yams' typing ran its regular expressions on every key it hashed to find
    /// duplicates. Keys are therefore compared as text: `1` and `"1"` are the same key.
    private static let resolver = Resolver.basic

    /// Parses one document; nil (with an error) when the text is not YAML.
    public mutating func parse(_ text: String) -> Node? {
        do {
            return try Yams.compose(yaml: text, Self.resolver)
        } catch {
            report(error)
            return nil
        }
    }

    /// Parses every document of a multi-document stream.
    public mutating func parseAll(_ text: String) -> [Node] {
        do {
            return Array(try Yams.compose_all(yaml: text, Self.resolver))
        } catch {
            report(error)
            return []
        }
    }

    private mutating func report(_ error: any Error) {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
                diagnostics.error(file, line: mark.line + lineOffset, column: mark.column, "invalid YAML: \(problem); " + Self.hint(for: problem))
                return
            case .duplicatedKeysInMapping(let duplicates, let context):
                diagnostics.error(
                    file, line: context.mark.line + lineOffset, column: context.mark.column, "duplicate keys: \(duplicates.joined(separator: ", "))")
                return
            default:
                break
            }
        }
        diagnostics.error(file, line: 1 + lineOffset, "invalid YAML: \(error)")
    }

    /// What to check for one of libyaml's problems, in words a team lead editing a file understands.
    static func hint(for problem: String) -> String {
        if problem.contains("could not find expected ':'") {
            return "check for a missing colon after a key (key: value) on this line or the lines just above it"
        }
        if problem.contains("mapping values are not allowed") {
            return "check the indentation of this line, and put quotes around a value that contains \": \" (title: \"Q3: review\")"
        }
        if problem.contains("cannot start any token") {
            return "check for a tab (YAML indents with spaces only), or put quotes around a value starting with @, ` or %"
        }
        if problem.contains("did not find expected") || problem.contains("block") {
            return "check the indentation: the keys of one mapping and the items (- ) of one list start in the same column"
        }
        return "check the indentation (spaces, not tabs) and that every key is followed by a colon"
    }

    /// The top-level mapping of a file whose `required` key must be given (site.yaml's `title`,
    /// team.yaml's `name`), checked for keys outside `known`. Nil, with an error, when the file does
    /// not parse, is empty (`file` names it in the message) or is not a mapping.
    public mutating func document(_ text: String, field: String, file: String, required: String, known: Set<String>) -> (root: Node, values: [String: Node])? {
        guard let root = parse(text) else {
            if !diagnostics.hasErrors { error(nil, field: required, "\(file) is empty; a \(required) is required") }
            return nil
        }
        guard let pairs = mapping(root, field: field) else { return nil }
        warnUnknownKeys(pairs, known: known)
        return (root, Self.byKey(pairs))
    }

    /// One item of a list of mappings: its field name (`units[2]`), its node and its values by key.
    public struct MappingItem {
        public let field: String
        public let node: Node
        public let values: [String: Node]
    }

    /// The items of the list of mappings at `node` (`units:`, `targets:`, `events:`), each checked
    /// for keys outside `known`; an item that is not a mapping is reported and skipped. Empty when
    /// the value is absent or null; nil, with an error, when it is not a list.
    public mutating func mappingItems(_ node: Node?, field: String, of items: String, known: Set<String>) -> [MappingItem]? {
        guard let sequence = list(node, field: field, of: items) else { return nil }
        return sequence.enumerated().compactMap { index, item in
            let name = "\(field)[\(index)]"
            guard let pairs = mapping(item, field: name) else { return nil }
            warnUnknownKeys(pairs, known: known, prefix: name + ".")
            return MappingItem(field: name, node: item, values: Self.byKey(pairs))
        }
    }

    /// The items of a file that is one mapping holding one list under `key` (calms.yaml's
    /// `assessments:`, slos.yaml's `slos:`); empty when the file or the list is empty, with an error
    /// when the value is not a list.
    public mutating func topLevelList(_ text: String, key: String, of items: String) -> [Node] {
        guard let root = parse(text), let pairs = mapping(root, field: key) else { return [] }
        warnUnknownKeys(pairs, known: [key])
        return list(Self.byKey(pairs)[key], field: key, of: items) ?? []
    }

    /// The items of the list at `node`: empty when the value is absent or null; nil, with an
    /// error, when it is not a list.
    private mutating func list(_ node: Node?, field: String, of items: String) -> [Node]? {
        guard let node, !Self.isNull(node) else { return [] }
        guard let sequence = node.sequence else {
            error(node, field: field, "expected a list of \(items)")
            return nil
        }
        return Array(sequence)
    }

    // MARK: Fields

    public func line(_ node: Node) -> Int? { node.mark.map { $0.line + lineOffset } }

    public mutating func error(_ node: Node?, field: String, _ message: String) {
        diagnostics.error(file, line: node.flatMap(line) ?? 1 + lineOffset, column: node?.mark?.column, field: field, message)
    }

    public mutating func warning(_ node: Node?, field: String, _ message: String) {
        diagnostics.warning(file, line: node.flatMap(line) ?? 1 + lineOffset, column: node?.mark?.column, field: field, message)
    }

    /// The key/value pairs of a mapping in file order; reports a value that is not a mapping.
    public mutating func mapping(_ node: Node, field: String) -> [(key: String, keyNode: Node, value: Node)]? {
        guard let mapping = node.mapping else {
            error(node, field: field, "expected a mapping of keys to values")
            return nil
        }
        return mapping.map { (key: $0.key.scalar?.string ?? "", keyNode: $0.key, value: $0.value) }
    }

    /// A mapping's values by key; the first of a repeated key wins (Yams reports duplicates).
    public static func byKey(_ pairs: [(key: String, keyNode: Node, value: Node)]) -> [String: Node] {
        Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// Warns about keys not in `known` (unknown keys are warnings, content.md §2).
    public mutating func warnUnknownKeys(_ pairs: [(key: String, keyNode: Node, value: Node)], known: Set<String>, prefix: String = "") {
        for pair in pairs where !known.contains(pair.key) {
            warning(pair.keyNode, field: prefix + pair.key, "unknown key, ignored")
        }
    }

    /// A scalar's text; nil for null or a missing value. Reports non-scalars, and a missing
    /// `required` value at `owner` (the mapping that should hold it).
    public mutating func string(_ node: Node?, field: String, required: Bool = false, owner: Node? = nil) -> String? {
        guard let node, !Self.isNull(node) else {
            if required { error(node ?? owner, field: field, "required value is missing") }
            return nil
        }
        guard let scalar = node.scalar else {
            error(node, field: field, "expected a single value, not a list or mapping")
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        // The file's bytes passed `TextCheck`; a YAML escape (`"\e"`, `"\uFFFE"`) must not bring back
        // what XML forbids.
        if let forbidden = text.unicodeScalars.first(where: TextCheck.isForbidden) {
            error(
                node, field: field,
                "the character \(TextCheck.code(forbidden)) (written as an escape) is not allowed in content (XML 1.0 forbids it); remove it")
            return nil
        }
        if text.isEmpty, required {
            error(node, field: field, "required value is empty")
            return nil
        }
        return text.isEmpty ? nil : text
    }

    /// A whole number from `minimum` to `maximum` (days, weeks, months, respondents: 100,000 by
    /// default, far beyond any real setting and small enough for every date computation).
    public mutating func integer(_ node: Node?, field: String, minimum: Int, maximum: Int = 100_000, required: Bool = false) -> Int? {
        guard let text = string(node, field: field, required: required) else { return nil }
        switch ContentNumber.count(text) {
        case .success(let value) where value >= minimum && value <= maximum:
            return value
        case .success(let value) where value > maximum:
            error(node, field: field, "\(text) is out of range (at most \(maximum))")
        case .failure(.outOfRange) where !text.hasPrefix("-"):
            error(node, field: field, "\(text) is out of range (at most \(maximum))")
        default:
            error(node, field: field, "\"\(text)\" is not a whole number ≥ \(minimum)")
        }
        return nil
    }

    public mutating func number(_ node: Node?, field: String, required: Bool = false, owner: Node? = nil) -> Double? {
        guard let text = string(node, field: field, required: required, owner: owner) else { return nil }
        switch ContentNumber.decimal(text) {
        case .success(let value): return value
        case .failure(let problem):
            error(node, field: field, ContentNumber.message(problem, text))
            return nil
        }
    }

    /// `true/false/yes/no/1/0`, case-insensitive (content.md §2).
    public mutating func boolean(_ node: Node?, field: String) -> Bool? {
        guard let text = string(node, field: field) else { return nil }
        guard let value = Self.boolean(text) else {
            error(node, field: field, "\"\(text)\" is not a boolean (true/false/yes/no/1/0)")
            return nil
        }
        return value
    }

    public mutating func date(_ node: Node?, field: String, required: Bool = false) -> Day? {
        guard let text = string(node, field: field, required: required) else { return nil }
        guard let day = Timestamps.date(text) else {
            error(node, field: field, "\"\(text)\" is not a date (YYYY-MM-DD)")
            return nil
        }
        return day
    }

    /// A list of scalars; a single scalar counts as a list of one.
    public mutating func stringList(_ node: Node?, field: String) -> [String] {
        guard let node, !Self.isNull(node) else { return [] }
        if node.scalar != nil { return string(node, field: field).map { [$0] } ?? [] }
        guard let sequence = node.sequence else {
            error(node, field: field, "expected a list")
            return []
        }
        return sequence.enumerated().compactMap { string($0.element, field: "\(field)[\($0.offset)]") }
    }

    public static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        if scalar.style != .plain { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    public static func boolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "1": return true
        case "false", "no", "0", "": return false
        default: return nil
        }
    }
}
