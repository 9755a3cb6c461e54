/// One problem found in the content, located like a compiler message:
/// `Content/teams/payments/deployments.csv:17: finished_at: "2026-13-01T00:00Z" is not an ISO 8601 timestamp`.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Whether the problem stops the build (`error`) or is only reported (`warning`).
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    /// The file's path as the user knows it (the content folder as given, then the relative path).
    public var file: String
    public var line: Int?
    public var column: Int?
    public var field: String?
    public var message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, message: String) {
        (self.severity, self.file, self.line, self.column, self.field, self.message) = (severity, file, line, column, field, message)
    }

    /// `file:line[:column]: [warning: ][field: ]message`; errors carry no prefix, as in the contract.
    /// Control characters quoted from content are shown escaped (`Diagnostic.printable`).
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let line, line > 0, let column { text += ":\(column)" }
        text += ": "
        if severity == .warning { text += "warning: " }
        if let field { text += "\(field): " }
        return Self.printable(text + message)
    }

    /// `text` with every control character written as `\u{1B}`: C0 (tab and newline too: one
    /// diagnostic is one line), DEL, C1 and the bidirectional overrides, so that a value quoted from
    /// content can neither drive the terminal (escape sequences) nor reorder what is shown.
    public static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.column ?? 0, lhs.field ?? "", lhs.message)
            < (rhs.file, rhs.line ?? 0, rhs.column ?? 0, rhs.field ?? "", rhs.message)
    }
}

/// Collects the diagnostics of one file or stage; loaders append, the pipeline merges and sorts.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    public mutating func error(_ file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, _ message: String) {
        all.append(Diagnostic(.error, file: file, line: line, column: column, field: field, message: message))
    }

    public mutating func warning(_ file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, _ message: String) {
        all.append(Diagnostic(.warning, file: file, line: line, column: column, field: field, message: message))
    }

    public mutating func append(contentsOf other: Diagnostics) { all.append(contentsOf: other.all) }

    /// Sorted by file, line and column so that output is deterministic however the work was scheduled.
    public var sorted: [Diagnostic] { all.sorted() }
}

/// Thrown when content has errors: carries every diagnostic of the build, errors and warnings.
public struct ContentErrors: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
