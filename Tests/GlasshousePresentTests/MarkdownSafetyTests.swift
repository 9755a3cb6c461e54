import GlasshousePresent
import Testing

@Suite("Markdown: GFM extensions and safety (content.md §9)")
struct MarkdownSafetyTests {
    let safe = MarkdownRenderer(unsafeHTML: false)
    let unsafe = MarkdownRenderer(unsafeHTML: true)

    @Test("raw HTML is omitted by default, script included")
    func rawHTMLOff() {
        let html = safe.render("Hi <script>alert(1)</script> there\n\n<div onclick=\"x()\">block</div>\n").html
        #expect(!html.contains("<script"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
    }

    @Test("with unsafe_html the GFM tag filter still disarms script, iframe and friends")
    func tagFilter() {
        let html = unsafe.render("<script>alert(1)</script>\n\n<em>kept</em> <iframe src=x></iframe> <style>p{}</style>\n").html
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script>"))
        #expect(html.contains("&lt;iframe"))
        #expect(html.contains("&lt;style>"))
        #expect(html.contains("<em>kept</em>"))
    }

    @Test(
        "javascript:, data: and other schemes are not emitted; their text stays",
        arguments: [
            "[click](javascript:alert(1))", "[click](JavaScript:alert(1))", "[click](java\tscript:alert(1))",
            "[click](vbscript:msgbox)", "[click](data:text/html;base64,PHNjcmlwdD4=)", "[click](file:///etc/passwd)",
            "[click][r]\n\n[r]: javascript:alert(1)", "<javascript:alert(1)>",
        ])
    func unsafeLinks(markdown: String) {
        let html = safe.render(markdown).html
        #expect(!html.lowercased().contains("href=\"javascript"), "\(html)")
        #expect(!html.contains("href=\"data:"))
        #expect(!html.contains("href=\"vbscript"))
        #expect(!html.contains("href=\"file:"))
        #expect(!html.contains("<a "), "\(html)")
    }

    @Test("unsafe images are dropped, their alt text kept")
    func unsafeImages() {
        let html = safe.render("![a cat](javascript:alert(1)) ![ok](https://x.y/cat.png)").html
        #expect(html == "<p>a cat <img src=\"https://x.y/cat.png\" alt=\"ok\" /></p>\n")
    }

    @Test("http, https, mailto, relative links and fragments are kept")
    func safeLinks() {
        let html = safe.render("[a](https://a.b) [b](http://a.b) [c](mailto:x@y.z) [d](../d/) [e](#e) www.example.com").html
        #expect(
            html
                == "<p><a href=\"https://a.b\">a</a> <a href=\"http://a.b\">b</a> <a href=\"mailto:x@y.z\">c</a> <a href=\"../d/\">d</a> <a href=\"#e\">e</a> <a href=\"http://www.example.com\">www.example.com</a></p>\n"
        )
    }

    @Test("relative links go through the rewriter")
    func rewriting() {
        let html = safe.render("[n](notes/q3.md#top) [x](https://x.y/a.md)") { url in url.hasPrefix("notes/") ? "NOTE" : nil }.html
        #expect(html == "<p><a href=\"NOTE\">n</a> <a href=\"https://x.y/a.md\">x</a></p>\n")
    }

    @Test("tables, strikethrough, task lists and footnotes")
    func extensions() {
        let html = safe.render("| a | b |\n|---|--:|\n| 1 | 2 |\n\n~~old~~\n\n- [x] done\n- [ ] todo\n\nText[^1].\n\n[^1]: The note.\n").html
        #expect(html.contains("<table>"))
        #expect(html.contains("<td align=\"right\">2</td>"))
        #expect(html.contains("<del>old</del>"))
        #expect(html.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" /> done"))
        #expect(html.contains("class=\"footnotes\""))
        #expect(html.contains("href=\"#fn-1\""))
    }

    @Test("the first heading's text is the default title")
    func firstHeading() {
        #expect(safe.render("Intro\n\n## Q3 *review* `v2`\n\n# Later\n").firstHeading == "Q3 review v2")
        #expect(safe.render("no heading").firstHeading == nil)
    }

    @Test("LinkPolicy classification")
    func policy() {
        #expect(LinkPolicy.classify("https://x") == .external)
        #expect(LinkPolicy.classify("MAILTO:x@y") == .external)
        #expect(LinkPolicy.classify("notes/a.md") == .relative)
        #expect(LinkPolicy.classify("a/b:c") == .relative)
        #expect(LinkPolicy.classify(" javascript:x") == .unsafe)
        #expect(LinkPolicy.classify("javascript\u{0}:x") == .unsafe)
        #expect(LinkPolicy.classify("ftp://x") == .unsafe)
    }
}
