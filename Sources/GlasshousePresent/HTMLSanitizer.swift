import GlasshouseCore

/// An allow-list HTML sanitiser for Markdown rendered with `markdown.unsafe_html: true`
/// (site.md §2: no content file can inject script into a page).
///
/// Hand-written: the approved package list has no maintained Swift HTML sanitiser (SwiftSoup is not
/// available), so this is a small tokenizer after the HTML5 tokenizer's rules for tags, attributes,
/// comments and raw-text elements. It never passes markup through: every tag it keeps is written
/// anew from what it parsed, with only allowed attributes and their values re-escaped, so the
/// browser parses exactly what was checked.
///
/// - Tags not on the allow-list are dropped (their text stays); `<script>`, `<style>`, `<iframe>`,
///   `<textarea>` and the other raw-text and embedding elements are dropped with their content.
/// - Attributes not on the allow-list are dropped: every event handler (`on…`), `style`, `srcdoc`,
///   `formaction`, `xlink:href` and the like.
/// - URL attributes (`href`, `src`, `cite`) are decoded (character references) and kept only when
///   `LinkPolicy` allows them (http, https, mailto, relative): `javascript:`, `data:`, `vbscript:`
///   are dropped however they are spelt (case, entities, embedded whitespace or controls).
/// - Comments, doctypes, processing instructions and CDATA are dropped; a `<` that starts no tag
///   is written as `&lt;`.
enum HTMLSanitizer {
    /// Elements kept (with their allowed attributes); everything cmark-gfm writes is among them.
    static let allowedElements: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del",
        "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
        "img", "input", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section",
        "small", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
        "time", "tr", "u", "ul", "var", "wbr",
    ]

    /// Elements dropped together with everything up to their end tag.
    static let droppedWithContent: Set<String> = [
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "noembed", "noframes",
        "xmp", "textarea", "title", "template", "svg", "math", "select", "plaintext",
    ]

    /// Elements without an end tag.
    static let voidElements: Set<String> = ["br", "col", "hr", "img", "input", "wbr"]

    /// Attributes allowed on every kept element.
    static let globalAttributes: Set<String> = [
        "id", "class", "title", "lang", "dir", "align", "aria-label", "aria-hidden", "role",
        "data-footnotes", "data-footnote-ref", "data-footnote-backref", "data-footnote-backref-idx",
    ]

    /// Attributes allowed on particular elements.
    static let elementAttributes: [String: Set<String>] = [
        "a": ["href", "name"],
        "img": ["src", "alt", "width", "height"],
        "input": ["type", "checked", "disabled"],
        "td": ["colspan", "rowspan"],
        "th": ["colspan", "rowspan", "scope"],
        "ol": ["start", "reversed", "type"],
        "li": ["value"],
        "time": ["datetime"],
        "q": ["cite"], "blockquote": ["cite"], "del": ["cite", "datetime"], "ins": ["cite", "datetime"],
        "details": ["open"],
        "col": ["span"], "colgroup": ["span"],
    ]

    /// Attributes whose value is a URL, checked with `LinkPolicy`.
    static let urlAttributes: Set<String> = ["href", "src", "cite"]

    /// The sanitised form of `html`.
    static func sanitize(_ html: String) -> String {
        var tokenizer = Tokenizer(Array(html.utf8))
        var out: [UInt8] = []
        out.reserveCapacity(tokenizer.bytes.count)
        while let token = tokenizer.next() {
            switch token {
            case .text(let range):
                out += tokenizer.bytes[range]
            case .lessThan:
                out += Array("&lt;".utf8)
            case .startTag(let name, let attributes):
                if droppedWithContent.contains(name) {
                    tokenizer.skipContent(of: name)
                } else if allowedElements.contains(name) {
                    write(start: name, attributes: attributes, to: &out)
                }
            case .endTag(let name):
                if allowedElements.contains(name), !voidElements.contains(name) { out += Array("</\(name)>".utf8) }
            case .dropped:
                continue
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func write(start name: String, attributes: [(name: String, value: String?)], to out: inout [UInt8]) {
        let allowed = elementAttributes[name] ?? []
        var kept: [(String, String)] = []
        for (attribute, value) in attributes where globalAttributes.contains(attribute) || allowed.contains(attribute) {
            if kept.contains(where: { $0.0 == attribute }) { continue }  // browsers keep the first
            let decoded = value.map(CharacterReferences.decode) ?? ""
            if urlAttributes.contains(attribute), LinkPolicy.classify(decoded) == .unsafe { continue }
            kept.append((attribute, decoded))
        }
        // Only checkboxes (GFM task lists) of all form controls.
        if name == "input", !kept.contains(where: { $0.0 == "type" && $0.1.lowercased() == "checkbox" }) { return }
        var tag = "<" + name
        // `& < > "` per scalar, as cmark-gfm writes attributes (a `'` cannot end a double-quoted
        // value), so that cmark-gfm's own tags come out unchanged.
        for (attribute, value) in kept { tag += " \(attribute)=\"\(MarkupEscaper.doubleQuotedAttribute.escape(value))\"" }
        tag += voidElements.contains(name) ? " />" : ">"
        out += Array(tag.utf8)
    }
}
