import CCmarkGFM
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// GitHub-flavoured Markdown to HTML through the system cmark-gfm library (content.md §9).
///
/// Extensions: table, strikethrough, autolink, tasklist and tagfilter, plus footnotes. Raw HTML is
/// omitted unless `unsafeHTML`, and then passes `HTMLSanitizer`; links and images whose scheme is not http, https or mailto are not
/// emitted (their text stays); relative links go through a caller-supplied rewriter.
///
/// Debian's cmark-gfm keeps extension state in globals and is not safe to parse on two threads at
/// once: extensions are registered once, and parsing and rendering are serialized by one lock.
public struct MarkdownRenderer: Sendable {
    /// The HTML of a document and the text of its first heading (the default title, content.md §9).
    public struct Rendered: Sendable, Equatable {
        public var html: String
        public var firstHeading: String?
    }

    public let unsafeHTML: Bool

    public init(unsafeHTML: Bool) {
        self.unsafeHTML = unsafeHTML
    }

    private static let lock = Mutex<Void>(())
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
    private static let register: Void = cmark_gfm_core_extensions_ensure_registered()

    /// Renders `markdown`. `rewriteRelative` receives each relative link or image URL and returns
    /// the URL to emit instead (or nil to keep it).
    public func render(_ markdown: String, rewriteRelative: (String) -> String? = { _ in nil }) -> Rendered {
        Self.lock.withLock { _ in
            _ = Self.register
            let options = CMARK_OPT_FOOTNOTES | (unsafeHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT)
            guard let parser = cmark_parser_new(options) else { return Rendered(html: "", firstHeading: nil) }
            defer { cmark_parser_free(parser) }
            for name in Self.extensionNames {
                if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
            }
            var utf8 = Array(markdown.utf8)
            utf8.withUnsafeMutableBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
                }
            }
            guard let document = cmark_parser_finish(parser) else { return Rendered(html: "", firstHeading: nil) }
            defer { cmark_node_free(document) }
            let heading = Self.applyLinkPolicy(document, rewriteRelative: rewriteRelative)
            guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
                return Rendered(html: "", firstHeading: heading)
            }
            defer { free(html) }
            let rendered = String(cString: html)
            // Raw HTML is kept only through the allow-list sanitiser (site.md §2: no script from content).
            return Rendered(html: unsafeHTML ? HTMLSanitizer.sanitize(rendered) : rendered, firstHeading: heading)
        }
    }

    /// cmark-gfm renders task-list items as bare disabled checkboxes; pages give each an accessible
    /// name (axe's "form elements must have labels"). The renderer itself stays spec-exact.
    static func labelTaskItems(_ html: String) -> String {
        guard html.contains("type=\"checkbox\"") else { return html }
        return
            html
            .replacingOccurrences(
                of: "<input type=\"checkbox\" checked=\"\" disabled=\"\" />", with: "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"done\" />"
            )
            .replacingOccurrences(of: "<input type=\"checkbox\" disabled=\"\" />", with: "<input type=\"checkbox\" disabled=\"\" aria-label=\"not done\" />")
    }

    /// Drops unsafe links and images (keeping their text), rewrites relative URLs and returns the
    /// plain text of the first heading.
    private static func applyLinkPolicy(_ document: OpaquePointer, rewriteRelative: (String) -> String?) -> String? {
        var links: [OpaquePointer] = []
        var firstHeading: OpaquePointer?
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE { links.append(node) }
            if type == CMARK_NODE_HEADING, firstHeading == nil { firstHeading = node }
        }
        let heading = firstHeading.map(plainText)
        for node in links {
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            switch LinkPolicy.classify(url) {
            case .external:
                continue
            case .relative:
                if let rewritten = rewriteRelative(url) { _ = cmark_node_set_url(node, rewritten) }
            case .unsafe:
                while let child = cmark_node_first_child(node) { _ = cmark_node_insert_before(node, child) }
                cmark_node_unlink(node)
                cmark_node_free(node)
            }
        }
        return heading
    }

    /// The concatenated literal text below `node`.
    private static func plainText(_ node: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(child) {
                text += String(cString: literal)
            }
        }
        return text
    }
}

/// Which URLs Markdown may emit (content.md §9): http, https and mailto links, relative links and
/// fragments. Everything else (`javascript:`, `data:`, `file:`, `vbscript:` …) is unsafe.
public enum LinkPolicy {
    /// How a URL found in content is treated.
    public enum Kind: Equatable, Sendable {
        case external, relative, unsafe
    }

    public static func classify(_ url: String) -> Kind {
        // Browsers ignore ASCII whitespace and control characters inside a scheme; so do we.
        // Per scalar: as a `Character`, a ":" followed by a combining mark is not ":".
        let compact = url.unicodeScalars.filter { $0.value > 0x20 }
        guard let colon = compact.firstIndex(of: ":") else { return .relative }
        let scheme = compact[..<colon]
        if scheme.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return .relative }
        switch String(String.UnicodeScalarView(scheme)).lowercased() {
        case "http", "https", "mailto": return .external
        default: return .unsafe
        }
    }
}
