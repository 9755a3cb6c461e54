import GlasshouseCore
import GlasshousePresent
import Testing

@Suite("Templates: strict variables, escaping, partials and inheritance")
struct TemplateTests {
    struct Theme: ThemeSource {
        var templates: [String: String]
        var templateFiles: [String: String] { templates.keys.reduce(into: [:]) { $0[$1] = "Themes/t/templates/\($1).mustache" } }
    }

    struct Item: ViewModel {
        var name: String
        var note: String?
    }

    struct Page: ViewModel {
        var title: String
        var items: [Item]
        var html: TrustedHTML
    }

    let page = Page(
        title: "<script>alert(1)</script> & \"q\"", items: [Item(name: "a", note: nil), Item(name: "b", note: "n")], html: TrustedHTML("<p>ok</p>"))

    @Test("values are HTML-escaped; trusted HTML only through triple braces")
    func escaping() throws {
        let set = try TemplateSet(theme: Theme(templates: ["p": "{{title}}|{{{html}}}|{{html}}"]))
        #expect(try set.render("p", page) == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;|<p>ok</p>|&lt;p&gt;ok&lt;/p&gt;")
    }

    @Test("nil optionals are known and empty; a lookup from inside a list reaches the page")
    func optionals() throws {
        let set = try TemplateSet(theme: Theme(templates: ["p": "{{#items}}[{{name}}{{#note}}:{{note}}{{/note}}{{^note}}-{{/note}} {{title}}]{{/items}}"]))
        #expect(try set.render("p", Page(title: "T", items: page.items, html: page.html)) == "[a- T][b:n T]")
    }

    @Test("a variable no view model declares is an error naming the template")
    func missingVariable() throws {
        let set = try TemplateSet(theme: Theme(templates: ["p": "{{title}} {{titel}} {{#items}}{{nme}}{{/items}}"]))
        #expect(throws: TemplateSet.Failure.self) { try set.render("p", page) }
        do { _ = try set.render("p", page) } catch {
            #expect(
                error.description
                    == "Themes/t/templates/p.mustache: unknown variable {{nme}}, {{titel}} (not part of this page's view model; check the template or its partials)"
            )
        }
    }

    @Test("a missing template is an error, not an empty page")
    func missingTemplate() throws {
        let set = try TemplateSet(theme: Theme(templates: [:]))
        #expect(throws: TemplateSet.Failure.self) { try set.render("team", page) }
    }

    @Test("a template that does not parse is reported with its file")
    func parseError() {
        #expect(throws: ContentErrors.self) { try TemplateSet(theme: Theme(templates: ["p": "{{#open}} never closed"])) }
    }

    @Test("layout inheritance and partials")
    func inheritance() throws {
        let set = try TemplateSet(
            theme: Theme(templates: [
                "layout": "<h1>{{title}}</h1>{{>nav}}{{$main}}default{{/main}}",
                "nav": "<nav>{{#items}}{{name}}{{/items}}</nav>",
                "p": "{{<layout}}{{$main}}body{{/main}}{{/layout}}",
            ]))
        #expect(try set.render("p", Page(title: "T", items: page.items, html: page.html)) == "<h1>T</h1><nav>ab</nav>body")
    }
}

@Suite("JSON export encoding and site paths")
struct JSONAndPathTests {
    @Test("keys keep their order, null is explicit, numbers are unrounded")
    func json() {
        let json = JSON.object([("b", .int(1)), ("a", .null), ("x", .number(0.1 + 0.2)), ("y", .number(2)), ("s", .string("<\"\n\u{1}"))])
        #expect(json.serialized() == "{\n  \"b\": 1,\n  \"a\": null,\n  \"x\": 0.30000000000000004,\n  \"y\": 2,\n  \"s\": \"\\u003c\\\"\\n\\u0001\"\n}\n")
        #expect(JSON.array([]).serialized() == "[]\n")
        #expect(JSON.number(.nan).serialized() == "null\n")
    }

    @Test("relative links between pages")
    func relative() {
        #expect(OutputPaths.relative(from: "index.html", to: "teams/a/index.html") == "teams/a/index.html")
        #expect(OutputPaths.relative(from: "teams/a/index.html", to: "index.html") == "../../index.html")
        #expect(OutputPaths.relative(from: "teams/a/index.html", to: "teams/a/notes/n/index.html") == "notes/n/index.html")
        #expect(OutputPaths.relative(from: "teams/a/notes/n/index.html", to: "teams/b/index.html") == "../../../b/index.html")
        #expect(OutputPaths.root(from: "teams/a/notes/n/index.html") == "../../../../")
        #expect(OutputPaths.page(forMarkdown: "teams/a/postmortems/inc-1.md") == "teams/a/postmortems/inc-1/index.html")
        #expect(OutputPaths.page(forMarkdown: "teams/a/index.md") == "teams/a/index.html")
        #expect(OutputPaths.page(forMarkdown: "teams/a/other/x.md") == nil)
    }
}
