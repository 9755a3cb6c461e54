import GlasshouseCore
import Mustache

/// HTML escaping for every value a template prints with `{{ }}`.
///
/// swift-mustache 2.1.1 escapes per `Character` (grapheme cluster): a `"` followed by a combining
/// mark (U+0301) is one cluster that is not equal to `"`, so it went out unescaped and ended the
/// attribute. This escapes per Unicode scalar (Core's `MarkupEscaper`), so no `& < > " '` ever reaches a page unescaped,
/// whatever follows or precedes it. The output is the same as swift-mustache's for other text.
public enum HTMLText {
    /// Replaces `& < > " '` (per scalar) with `&amp; &lt; &gt; &quot; &#39;`.
    public static func escape(_ text: String) -> String { MarkupEscaper.html.escape(text) }

    /// The content type every template is rendered with (see `TemplateSet`): `HTMLText.escape`.
    struct ContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { HTMLText.escape(text) }
    }

    /// The name under which `ContentType` is registered with swift-mustache.
    static let contentTypeName = "GLASSHOUSE_HTML"

    /// Registers the content type once per process; the pragma that selects it is put in front of
    /// every template, because swift-mustache starts each template and partial with its own
    /// (grapheme-based) HTML escaping.
    static let registered: Void = MustacheContentTypes.register(ContentType(), named: contentTypeName)

    /// `{{% CONTENT_TYPE: … }}` on a line of its own, which the template parser removes entirely.
    static var pragma: String { "{{% CONTENT_TYPE: \(contentTypeName) }}\n" }
}
