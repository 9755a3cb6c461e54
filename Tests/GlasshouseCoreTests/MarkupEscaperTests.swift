import GlasshouseCore
import Testing

/// The one escaper works per Unicode scalar: a special character followed by a combining mark
/// (one grapheme cluster, not equal to the character alone) is still escaped.
@Suite("MarkupEscaper: HTML and XML escaping per Unicode scalar")
struct MarkupEscaperTests {
    /// Each special character followed by U+0301 COMBINING ACUTE ACCENT, then U+20DD COMBINING
    /// ENCLOSING CIRCLE and U+0308 COMBINING DIAERESIS after a second copy.
    static let marked = "&\u{301}<\u{301}>\u{301}\"\u{301}'\u{301}|&\u{20DD}\u{308}<\u{20DD}\u{308}>\u{20DD}\u{308}\"\u{20DD}\u{308}'\u{20DD}\u{308}"

    /// Compared scalar by scalar: `String ==` uses canonical equivalence.
    func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test("HTML: & < > \" ' become &amp; &lt; &gt; &quot; &#39; with combining marks after each")
    func html() {
        #expect(
            scalars(MarkupEscaper.html.escape(Self.marked))
                == scalars(
                    "&amp;\u{301}&lt;\u{301}&gt;\u{301}&quot;\u{301}&#39;\u{301}|"
                        + "&amp;\u{20DD}\u{308}&lt;\u{20DD}\u{308}&gt;\u{20DD}\u{308}&quot;\u{20DD}\u{308}&#39;\u{20DD}\u{308}"))
    }

    @Test("a double-quoted attribute keeps ' and escapes the rest, marks or not")
    func attribute() {
        #expect(
            scalars(MarkupEscaper.doubleQuotedAttribute.escape(Self.marked))
                == scalars(
                    "&amp;\u{301}&lt;\u{301}&gt;\u{301}&quot;\u{301}'\u{301}|"
                        + "&amp;\u{20DD}\u{308}&lt;\u{20DD}\u{308}&gt;\u{20DD}\u{308}&quot;\u{20DD}\u{308}'\u{20DD}\u{308}"))
    }

    @Test("XML: ' becomes &apos;, and what XML 1.0 forbids is dropped")
    func xml() {
        #expect(
            scalars(MarkupEscaper.xml.escape(Self.marked))
                == scalars(
                    "&amp;\u{301}&lt;\u{301}&gt;\u{301}&quot;\u{301}&apos;\u{301}|"
                        + "&amp;\u{20DD}\u{308}&lt;\u{20DD}\u{308}&gt;\u{20DD}\u{308}&quot;\u{20DD}\u{308}&apos;\u{20DD}\u{308}"))
        #expect(MarkupEscaper.xml.escape("a\u{0}b\u{1B}c\u{FFFE}d\u{FFFF}e\t\n\r") == "abcde\t\n\r")
        // Neighbours of the forbidden scalars share their lead bytes and stay.
        #expect(MarkupEscaper.xml.escape("\u{FFFD}\u{FFEF}\u{EFFF}") == "\u{FFFD}\u{FFEF}\u{EFFF}")
        // A drop that exactly offsets a growth in size still happens.
        #expect(MarkupEscaper.xml.escape("\u{1}\u{1}\u{1}\u{1}&") == "&amp;")
        // HTML keeps control characters; escaping them is not its job.
        #expect(MarkupEscaper.html.escape("a\u{1B}b\u{FFFE}") == "a\u{1B}b\u{FFFE}")
    }

    @Test("a mark before the special character, other scripts and empty text")
    func otherText() {
        // U+0600 joins the following character into its cluster.
        #expect(scalars(MarkupEscaper.html.escape("\u{600}\"")) == scalars("\u{600}&quot;"))
        #expect(MarkupEscaper.html.escape("") == "")
        #expect(MarkupEscaper.html.escape("Zürich 👩‍💻 — 東京") == "Zürich 👩‍💻 — 東京")
        #expect(MarkupEscaper.html.escape("👩‍💻<b>") == "👩‍💻&lt;b&gt;")
        // A bridged or substring-backed string escapes the same.
        let tail = "xx<y>"[...].dropFirst(2)
        #expect(MarkupEscaper.html.escape(String(tail)) == "&lt;y&gt;")
    }
}
