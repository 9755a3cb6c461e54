import Foundation
import Testing

@testable import GlasshousePresent

/// `markdown.unsafe_html: true` keeps raw HTML but no script (issue 11 item 3): a corpus of
/// classic XSS vectors through the real renderer, in blocks and inline.
@Suite("Sanitising raw HTML in Markdown")
struct HTMLSanitizerTests {
    let unsafe = MarkdownRenderer(unsafeHTML: true)

    static let vectors = [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//x.example/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<img src=x oNeRrOr=alert(1)>",
        "<img src=x onerror\n=alert(1)>",
        "<img/src=x/onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><script>alert(1)</script></mtext></math>",
        "<body onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\" javascript:alert(1)\">x</a>",
        "<a href=\"java\tscript:alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"javascript&colon;alert(1)\">x</a>",
        "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<style>@import 'javascript:alert(1)';</style>",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<button formaction=\"javascript:alert(1)\">x</button>",
        "<input autofocus onfocus=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<p title=\"a\" onclick=\"alert(1)\">x</p>",
        "<p title='a\" onclick=\"alert(1)'>x</p>",
        "<a href=x title=\"a>b\" onmouseover=alert(1)>x</a>",
        "<!--<img src=x onerror=alert(1)>-->",
        "<![CDATA[<img src=x onerror=alert(1)>]]>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<link rel=stylesheet href=\"javascript:alert(1)\">",
        "<textarea><img src=x onerror=alert(1)></textarea>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<template><script>alert(1)</script></template>",
        "<a href=\"x\" xlink:href=\"javascript:alert(1)\">x</a>",
        "<img src=x onerror=alert(1)",
        "<a href=\"javascript:\u{301}alert(1)\">x</a>",
    ]

    @Test("the link policy reads schemes per scalar: a colon followed by a combining mark is a colon")
    func combiningColon() {
        #expect(LinkPolicy.classify("javascript:\u{301}alert(1)") == .unsafe)
        #expect(LinkPolicy.classify("java\u{301}script:alert(1)") == .unsafe)
        #expect(!MarkdownRenderer(unsafeHTML: false).render("[x](javascript:\u{301}alert(1))").html.contains("href"))
    }

    /// What no tag of sanitised output may hold: a script or embedding element, an event-handler
    /// attribute, a style attribute or a script URL. Text (`&lt;script>` shown as text) is harmless.
    func assertHarmless(_ html: String, _ input: String) {
        var tags: [String] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            let close = rest[open...].firstIndex(of: ">") ?? rest.endIndex
            tags.append(String(rest[open..<close]).lowercased())
            rest = close == rest.endIndex ? "" : rest[rest.index(after: close)...]
        }
        let forbiddenElements = [
            "script", "iframe", "object", "embed", "style", "form", "svg", "math", "meta", "base", "link",
            "body", "button", "textarea", "template", "noscript",
        ]
        for tag in tags {
            let name = tag.dropFirst().prefix { $0 != " " && $0 != "/" && $0 != ">" }
            #expect(!forbiddenElements.contains(String(name)), "<\(name)> in \(html) from \(input)")
            // Attribute names only: the sanitiser writes every value in double quotes.
            let names = tag.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined()
            #expect(names.range(of: #"[\s/]on[a-z]+\s*="#, options: .regularExpression) == nil, "event handler in \(html) from \(input)")
            for needle in ["style=", "srcdoc", "formaction", "javascript:", "vbscript:", "data:"] {
                #expect(!tag.contains(needle), "\(needle) in \(html) from \(input)")
            }
        }
    }

    @Test("classic XSS vectors as HTML blocks are disarmed", arguments: vectors)
    func blocks(vector: String) {
        assertHarmless(unsafe.render(vector + "\n").html, vector)
    }

    @Test("classic XSS vectors inline in a paragraph are disarmed", arguments: vectors)
    func inline(vector: String) {
        assertHarmless(unsafe.render("Text " + vector + " more text\n").html, vector)
    }

    @Test("allowed markup, attributes and safe URLs are kept")
    func keepsSafeMarkup() {
        let html = unsafe.render(
            """
            <div class="note" onclick="x()"><p>Hi <abbr title="Service level">SLO</abbr> <a href="https://acme.dev/?a=1&amp;b=2" target="_blank">site</a> <a href="../x.html">rel</a> <img src="chart.png" alt="A chart" onload="y()"></p></div>

            <details><summary>More</summary>text</details>

            """
        ).html
        #expect(
            html.contains(
                "<div class=\"note\"><p>Hi <abbr title=\"Service level\">SLO</abbr> <a href=\"https://acme.dev/?a=1&amp;b=2\">site</a> <a href=\"../x.html\">rel</a> <img src=\"chart.png\" alt=\"A chart\" /></p></div>"
            ), "\(html)")
        #expect(html.contains("<details><summary>More</summary>text</details>"))
    }

    @Test("cmark-gfm's own output (tables, task lists, footnotes, code) passes unchanged in meaning")
    func cmarkOutput() {
        let markdown = "| a | b |\n|:-|-:|\n| 1 | 2 |\n\n- [x] done\n- [ ] open\n\nNote[^1].\n\n[^1]: The foot.\n\n```swift\nlet a = \"<b>\"\n```\n"
        let html = unsafe.render(markdown).html
        #expect(html.contains("<th align=\"left\">a</th>"))
        #expect(html.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" />"))
        #expect(html.contains("<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref=\"\">1</a></sup>"), "\(html)")
        #expect(html.contains("<code class=\"language-swift\">let a = &quot;&lt;b&gt;&quot;\n</code>"))
    }

    @Test("script content is dropped with the element; a stray < is text")
    func content() {
        #expect(HTMLSanitizer.sanitize("a<script>alert(1)</script >b") == "ab")
        #expect(HTMLSanitizer.sanitize("<style>p{}</STYLE>b") == "b")
        #expect(HTMLSanitizer.sanitize("1 < 2 <3") == "1 &lt; 2 &lt;3")
        #expect(HTMLSanitizer.sanitize("<unknown x=1>t</unknown>") == "t")
        #expect(HTMLSanitizer.sanitize("<b title=\"&quot;&#x22;\">x</b>") == "<b title=\"&quot;&quot;\">x</b>")
    }
}
