import GlasshouseCore

/// HTML escaping for every value a template prints with `{{ }}`.
///
/// It escapes per Unicode scalar (Core's `MarkupEscaper`), never per `Character` (grapheme
/// cluster): a `"` followed by a combining mark (U+0301) is one cluster that is not equal to `"`,
/// and escaping per cluster let it out unescaped, ending the attribute. So no `& < > " '` ever
/// reaches a page unescaped, whatever follows or precedes it.
public enum HTMLText {
    /// Replaces `& < > " '` (per scalar) with `&amp; &lt; &gt; &quot; &#39;`.
    public static func escape(_ text: String) -> String { MarkupEscaper.html.escape(text) }
}
