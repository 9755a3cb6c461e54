import GlasshouseCore

/// XML escaping for what Glasshouse writes as XML by hand: the Atom feed, the sitemap and the
/// SVG charts.
enum XMLText {
    /// Escapes `& < > " '` per scalar (`&apos;` for `'`) and drops the control characters, U+FFFE
    /// and U+FFFF that XML 1.0 forbids (loading refuses them; Markdown character references such
    /// as `&#xFFFE;` can still make them): Core's `MarkupEscaper.xml`.
    static func escape(_ text: String) -> String { MarkupEscaper.xml.escape(text) }
}
