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
        static let templateFields = TemplateFields<Item>(.init("name") { $0.name }, .init("note") { $0.note })
    }

    struct Page: ViewModel {
        var title: String
        var items: [Item]
        var html: TrustedHTML
        static let templateFields = TemplateFields<Page>(.init("title") { $0.title }, .init("items") { $0.items }, .init("html") { $0.html })
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

    @Test("what themes may not use is an error naming the file and the line of the tag")
    func unsupportedTags() {
        let cases: [(String, String)] = [
            ("a\n{{=<% %>=}}", "set delimiters"), ("a\nb\n{{% CONTENT_TYPE: TEXT }}", "pragmas"), ("{{>*dynamic}}", "dynamic partials"),
            ("x\n{{#items}}\n{{/itemz}}", "does not close"), ("{{>nowhere}}", "no template named \"nowhere\""),
            ("{{#sorted(items)}}{{/sorted(items)}}", "unknown transform \"sorted\""), ("{{title name}}", "malformed tag"),
        ]
        let lines = [2, 3, 1, 3, 1, 1, 1]
        for ((template, message), line) in zip(cases, lines) {
            do {
                _ = try TemplateSet(theme: Theme(templates: ["p": template]))
                Issue.record("\(template) compiled")
            } catch {
                #expect(error.description.hasPrefix("Themes/t/templates/p.mustache:\(line): template: cannot parse template: "), "\(error)")
                #expect(error.description.contains(message), "\(error)")
            }
        }
    }

    @Test("a list or object printed as text is an error, not Swift's description of it")
    func printingAList() throws {
        let set = try TemplateSet(theme: Theme(templates: ["p": "{{items}}"]))
        do {
            _ = try set.render("p", page)
            Issue.record("rendered")
        } catch {
            #expect(error.description == "Themes/t/templates/p.mustache: {{items}} is a list, which cannot be printed (use a section: {{#items}}…{{/items}})")
        }
    }

    @Test("transforms: empty and count; a nil optional or HTML is neither empty nor non-empty")
    func transforms() throws {
        let set = try TemplateSet(
            theme: Theme(templates: [
                "p": "{{#empty(items)}}E{{/empty(items)}}{{^empty(items)}}N{{count(items)}}{{/empty(items)}}{{^empty(html)}}A{{/empty(html)}}",
                "q": "{{#items}}{{#empty(note)}}e{{/empty(note)}}{{^empty(note)}}-{{/empty(note)}}{{/items}}",
            ]))
        #expect(try set.render("p", page) == "N2A")
        #expect(try set.render("p", Page(title: "", items: [], html: page.html)) == "EA")
        #expect(try set.render("q", Page(title: "", items: [Item(name: "a", note: ""), Item(name: "b", note: nil)], html: page.html)) == "e-")
    }

    /// As swift-mustache 2.1.1 did (the default theme's pages depend on it): a standalone partial
    /// indents the lines of its own text, and each item of a section starts a new indentation
    /// scope, so lines after the first item's are not indented again.
    @Test("standalone partials indent the lines they print; sections and comments on their own lines leave none")
    func standaloneIndentation() throws {
        let set = try TemplateSet(
            theme: Theme(templates: [
                "p": "<ul>\n  {{>row}}\n</ul>\n",
                "row": "{{! rows }}\n{{#items}}\n<li>{{name}}</li>\n{{/items}}\n",
            ]))
        #expect(try set.render("p", page) == "<ul>\n  <li>a</li>\n<li>b</li>\n</ul>\n")
        let text = try TemplateSet(theme: Theme(templates: ["p": "<ul>\n  {{>row}}\n</ul>\n", "row": "<li>a</li>\n<li>{{title}}</li>\n"]))
        #expect(try text.render("p", Page(title: "b", items: [], html: page.html)) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
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

    @Test("strings escape on UTF-8 bytes: only U+2028 and U+2029 among non-ASCII, controls as \\u00XX")
    func jsonStrings() {
        let json = JSON.string("a\u{2028}b\u{2029}c\u{2027}d€é\u{1F}\\\t\r<>&")
        #expect(json.serialized() == "\"a\\u2028b\\u2029c\u{2027}d€é\\u001f\\\\\\t\\r\\u003c>&\"\n")
        #expect(json.serializedBytes() == Array(json.serialized().utf8))
        #expect(JSON.object([("k\"", .array([.int(1), .object([])]))]).serialized() == "{\n  \"k\\\"\": [\n    1,\n    {}\n  ]\n}\n")
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
