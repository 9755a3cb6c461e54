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

extension HTMLSanitizer {
    /// One piece of HTML as the HTML5 tokenizer sees it.
    enum Token {
        case text(Range<Int>)
        /// A `<` that starts no markup.
        case lessThan
        case startTag(String, [(name: String, value: String?)])
        case endTag(String)
        /// A comment, doctype, processing instruction, CDATA section or tag cut off by the end.
        case dropped
    }

    /// Splits HTML bytes into tokens; names are lower-cased, values still hold character references.
    struct Tokenizer {
        let bytes: [UInt8]
        private var position = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        private static let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/"), eq = UInt8(ascii: "=")

        private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D }
        private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

        mutating func next() -> Token? {
            guard position < bytes.count else { return nil }
            guard bytes[position] == Self.lt else {
                let start = position
                while position < bytes.count, bytes[position] != Self.lt { position += 1 }
                return .text(start..<position)
            }
            let following = position + 1 < bytes.count ? bytes[position + 1] : 0
            if following == UInt8(ascii: "!") {
                if bytes[position...].starts(with: Array("<!--".utf8)) {
                    skip(past: Array("-->".utf8), from: position + 4)
                } else {
                    skip(past: [Self.gt], from: position + 2)
                }
                return .dropped
            }
            if following == UInt8(ascii: "?") {
                skip(past: [Self.gt], from: position + 2)
                return .dropped
            }
            if following == Self.slash, position + 2 < bytes.count, Self.isLetter(bytes[position + 2]) {
                position += 2
                let name = readName()
                guard readAttributes() != nil else { return .dropped }
                return .endTag(name)
            }
            if Self.isLetter(following) {
                position += 1
                let name = readName()
                guard let attributes = readAttributes() else { return .dropped }
                return .startTag(name, attributes)
            }
            position += 1
            return .lessThan
        }

        /// Moves past the first `terminator` at or after `start`, or to the end.
        private mutating func skip(past terminator: [UInt8], from start: Int) {
            var index = start
            while index < bytes.count {
                if bytes[index...].starts(with: terminator) {
                    position = index + terminator.count
                    return
                }
                index += 1
            }
            position = bytes.count
        }

        /// Drops everything up to and including `</name…>` (case-insensitive), or to the end.
        mutating func skipContent(of name: String) {
            let closing = Array("</\(name)".utf8)
            var index = position
            while index + closing.count <= bytes.count {
                if zip(bytes[index..<(index + closing.count)], closing).allSatisfy({ $0 | ($1 >= 0x61 ? 0x20 : 0) == $1 }) {
                    let after = index + closing.count
                    if after == bytes.count || Self.isSpace(bytes[after]) || bytes[after] == Self.slash || bytes[after] == Self.gt {
                        position = after
                        _ = readAttributes()
                        return
                    }
                }
                index += 1
            }
            position = bytes.count
        }

        private mutating func readName() -> String {
            let start = position
            while position < bytes.count, !Self.isSpace(bytes[position]), bytes[position] != Self.slash, bytes[position] != Self.gt {
                position += 1
            }
            return String(decoding: bytes[start..<position], as: UTF8.self).lowercased()
        }

        /// Attributes up to and including the closing `>`; nil when the input ends first (browsers
        /// drop such a tag).
        private mutating func readAttributes() -> [(name: String, value: String?)]? {
            var attributes: [(name: String, value: String?)] = []
            while true {
                while position < bytes.count, Self.isSpace(bytes[position]) || bytes[position] == Self.slash { position += 1 }
                guard position < bytes.count else { return nil }
                if bytes[position] == Self.gt {
                    position += 1
                    return attributes
                }
                // A name runs to a space, `/`, `>` or `=` (an `=` first is part of the name).
                let start = position
                position += 1
                while position < bytes.count, !Self.isSpace(bytes[position]), bytes[position] != Self.slash,
                      bytes[position] != Self.gt, bytes[position] != Self.eq {
                    position += 1
                }
                let name = String(decoding: bytes[start..<position], as: UTF8.self).lowercased()
                while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
                guard position < bytes.count, bytes[position] == Self.eq else {
                    attributes.append((name, nil))
                    continue
                }
                position += 1
                while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
                guard position < bytes.count else { return nil }
                let quote = bytes[position]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    position += 1
                    let valueStart = position
                    while position < bytes.count, bytes[position] != quote { position += 1 }
                    guard position < bytes.count else { return nil }
                    attributes.append((name, String(decoding: bytes[valueStart..<position], as: UTF8.self)))
                    position += 1
                } else {
                    let valueStart = position
                    while position < bytes.count, !Self.isSpace(bytes[position]), bytes[position] != Self.gt { position += 1 }
                    attributes.append((name, String(decoding: bytes[valueStart..<position], as: UTF8.self)))
                }
            }
        }
    }
}

/// Character references in attribute values: numeric ones and the few named ones that matter for
/// URLs and common text. A reference left undecoded is harmless: the sanitiser re-escapes `&`, so
/// the browser shows it literally instead of decoding it into something that was not checked.
enum CharacterReferences {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "colon": ":", "tab": "\t", "newline": "\n", "sol": "/", "lpar": "(", "rpar": ")", "period": ".",
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var scalars = Substring(text).unicodeScalars[...]
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            guard scalar == "&", let end = scalars.prefix(40).firstIndex(of: ";") else {
                out.unicodeScalars.append(scalar)
                continue
            }
            let body = String(String.UnicodeScalarView(scalars[..<end]))
            if let value = reference(body) {
                out += value
                scalars = scalars[scalars.index(after: end)...]
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func reference(_ body: String) -> String? {
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value else { return nil }
            // Browsers turn NUL, surrogates and out-of-range values into U+FFFD.
            guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
            return String(Character(scalar))
        }
        return named[body.lowercased()]
    }
}
