import GlasshouseCompute
import GlasshouseCore
import Testing

@testable import GlasshousePresent

/// Escaping holds for every Unicode input (issue 11 item 1): a special character followed by a
/// combining mark (one grapheme cluster, not equal to the character alone) is still escaped, in
/// every writer.
@Suite("Escaping per Unicode scalar in templates, SVG, XML and JSON")
struct EscapingTests {
    /// Each character that needs escaping, followed by U+0301 COMBINING ACUTE ACCENT, and the
    /// attribute-breaking example of the issue.
    static let hostile = "x\"\u{301} onmouseover=alert(1) \"\u{301}<\u{301}>\u{301}&\u{301}'\u{301}"

    /// Compared scalar by scalar: `String ==` uses canonical equivalence.
    func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test("HTMLText escapes & < > \" ' also when a combining mark follows")
    func html() {
        #expect(
            scalars(HTMLText.escape(Self.hostile))
                == scalars(
                    "x&quot;\u{301} onmouseover=alert(1) &quot;\u{301}&lt;\u{301}&gt;\u{301}&amp;\u{301}&#39;\u{301}"))
        // A prepended mark (U+0600 joins the following character into its cluster) changes nothing.
        #expect(scalars(HTMLText.escape("\u{600}\"")) == scalars("\u{600}&quot;"))
    }

    struct Row: ViewModel {
        var name: String
        static let templateFields = TemplateFields<Row>(.init("name") { $0.name })
    }
    struct Page: ViewModel {
        var title: String
        var rows: [Row]
        static let templateFields = TemplateFields<Page>(.init("title") { $0.title }, .init("rows") { $0.rows })
    }

    struct Theme: ThemeSource {
        var templates: [String: String]
        var templateFiles: [String: String] { templates.keys.reduce(into: [:]) { $0[$1] = $1 } }
    }

    @Test("templates escape per scalar in the page, in sections, in partials and in inherited blocks")
    func templates() throws {
        let set = try TemplateSet(
            theme: Theme(templates: [
                "layout": "<main title=\"{{title}}\">{{$body}}{{/body}}</main>",
                "row": "<li title=\"{{name}}\">{{name}}</li>",
                "page": "{{<layout}}{{$body}}<ul>{{#rows}}{{>row}}{{/rows}}</ul>{{/body}}{{/layout}}\n",
            ]))
        let html = try set.render("page", Page(title: Self.hostile, rows: [Row(name: Self.hostile)]))
        let escaped = "x&quot;\u{301} onmouseover=alert(1) &quot;\u{301}&lt;\u{301}&gt;\u{301}&amp;\u{301}&#39;\u{301}"
        #expect(scalars(html) == scalars("<main title=\"\(escaped)\"><ul><li title=\"\(escaped)\">\(escaped)</li></ul></main>\n"))
    }

    @Test("a template's own text and whitespace stay as written; only values are escaped")
    func textAsWritten() throws {
        let set = try TemplateSet(theme: Theme(templates: ["p": "\n{{#rows}}\n- {{name}}\n{{/rows}}\n", "q": "{{title}}"]))
        #expect(try set.render("p", Page(title: "", rows: [Row(name: "a")])) == "\n- a\n")
        #expect(try set.render("q", Page(title: "a&b", rows: [])) == "a&amp;b")
    }

    @Test("XMLText (feed, sitemap, SVG) escapes per scalar")
    func xml() {
        #expect(
            scalars(XMLText.escape(Self.hostile))
                == scalars(
                    "x&quot;\u{301} onmouseover=alert(1) &quot;\u{301}&lt;\u{301}&gt;\u{301}&amp;\u{301}&apos;\u{301}"))
    }

    @Test("XMLText drops what XML 1.0 forbids, Markdown character references included")
    func xmlForbidden() {
        #expect(XMLText.escape("a\u{1B}b\u{FFFE}c\u{FFFF}d\te") == "abcd\te")
    }

    @Test("the feed escapes titles, authors and team names per scalar")
    func feed() {
        let entry = FeedExport.Entry(
            title: Self.hostile, path: "notes/n/index.html", date: Day(year: 2026, month: 1, day: 2)!,
            author: Self.hostile, kind: "Note", teamName: Self.hostile)
        let file = FeedExport.feed(title: Self.hostile, orgName: Self.hostile, baseURL: nil, entries: [entry])
        let xml = String(decoding: file.bytes, as: UTF8.self)
        for raw in ["\"\u{301}", "<\u{301}", ">\u{301}", "'\u{301}"] {
            #expect(!xml.unicodeScalars.elementsEqualAnywhere(raw.unicodeScalars), "\(raw.debugDescription) unescaped")
        }
        #expect(xml.contains("<title>x&quot;\u{301} onmouseover"))
    }

    @Test("SVG charts escape labels per scalar")
    func svg() {
        let day = Day(year: 2026, month: 11, day: 18)!
        let svg = Charts.costs(
            [Charts.CostBar(label: Self.hostile, amounts: [1], budget: nil, anomaly: false, forecast: nil)],
            months: [Period.month(day.month, asOf: day)], series: ["compute"], currency: "USD",
            events: [DatedEvent(date: day, title: Self.hostile, scope: "org")], id: "c")
        for raw in ["\"\u{301}", "<\u{301}", ">\u{301}", "&\u{301}", "'\u{301}"] {
            #expect(!svg.unicodeScalars.elementsEqualAnywhere(raw.unicodeScalars), "\(raw.debugDescription) unescaped")
        }
        // Week labels are the site's own; event titles come from content.
        let weekly = Charts.weeklyDeployments(
            [Charts.Week(period: Period.week(ISOWeek(containing: day), asOf: day), deployments: 1, failed: 0)],
            events: [DatedEvent(date: day, title: Self.hostile, scope: "org")], id: "w")
        #expect(weekly.contains("onmouseover"), "the event is described")
        #expect(!weekly.unicodeScalars.elementsEqualAnywhere("\"\u{301}".unicodeScalars))
    }

    @Test("JSON escapes quotes and < per scalar")
    func json() {
        #expect(
            scalars(JSON.string(Self.hostile).serialized())
                == scalars(
                    "\"x\\\"\u{301} onmouseover=alert(1) \\\"\u{301}\\u003c\u{301}>\u{301}&\u{301}'\u{301}\"\n"))
    }
}

extension String.UnicodeScalarView {
    /// Whether `needle` occurs as a run of scalars.
    func elementsEqualAnywhere(_ needle: String.UnicodeScalarView) -> Bool {
        let haystack = Array(self), pattern = Array(needle)
        guard pattern.count <= haystack.count else { return false }
        return (0...(haystack.count - pattern.count)).contains { Array(haystack[$0..<($0 + pattern.count)]) == pattern }
    }
}
