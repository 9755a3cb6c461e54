import GlasshouseCore
import Testing

@Suite("Diagnostics read like compiler messages")
struct DiagnosticTests {
    @Test("errors use file:line: field: message")
    func errorFormat() {
        let error = Diagnostic(
            .error, file: "Content/teams/payments/deployments.csv", line: 17, field: "finished_at",
            message: "\"2026-13-01T00:00Z\" is not an ISO 8601 timestamp")
        #expect(error.description == "Content/teams/payments/deployments.csv:17: finished_at: \"2026-13-01T00:00Z\" is not an ISO 8601 timestamp")
    }

    @Test("YAML positions carry a column; warnings say so")
    func warningFormat() {
        let warning = Diagnostic(.warning, file: "Content/site.yaml", line: 3, column: 1, field: "colour", message: "unknown key, ignored")
        #expect(warning.description == "Content/site.yaml:3:1: warning: colour: unknown key, ignored")
        #expect(Diagnostic(.error, file: "a", message: "m").description == "a: m")
    }

    @Test("sorted by file, then line")
    func ordering() {
        var diagnostics = Diagnostics()
        diagnostics.error("b.csv", line: 2, "x")
        diagnostics.warning("a.csv", line: 9, "y")
        diagnostics.error("a.csv", line: 10, "z")
        #expect(diagnostics.sorted.map { "\($0.file):\($0.line!)" } == ["a.csv:9", "a.csv:10", "b.csv:2"])
        #expect(diagnostics.errors.count == 2)
        #expect(diagnostics.hasErrors)
    }
}

@Suite("Diagnostics show control characters escaped")
struct DiagnosticControlTests {
    @Test("an escape sequence quoted from content is printed as \\u{1B}, not sent to the terminal")
    func escaped() {
        let diagnostic = Diagnostic(
            .error, file: "C/teams/a/dora.csv", line: 3, field: "period", message: "\"\u{1B}[2J\u{1B}]0;pwned\u{7}\" is not a period\u{202E}")
        #expect(diagnostic.description == "C/teams/a/dora.csv:3: period: \"\\u{1B}[2J\\u{1B}]0;pwned\\u{7}\" is not a period\\u{202E}")
        #expect(!diagnostic.description.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test("other text, accents and emoji included, is unchanged")
    func unchanged() {
        #expect(Diagnostic.printable("Équipe 🚀 \"x\"") == "Équipe 🚀 \"x\"")
        #expect(Diagnostic.printable("a\tb\nc\u{9B}") == "a\\u{9}b\\u{A}c\\u{9B}")
    }
}
