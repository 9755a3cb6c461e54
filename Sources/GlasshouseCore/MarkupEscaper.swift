/// The one HTML/XML escaper: templates (`HTMLText`), sanitised Markdown attributes, the preview's
/// 404 page and hand-written XML (`XMLText`: feed, sitemap, SVG) all escape through it.
///
/// It escapes per Unicode scalar, never per grapheme cluster: a `"` followed by a combining mark is
/// one `Character` that is not equal to `"`, but its quote is still replaced. It works on the UTF-8
/// bytes (the special characters are ASCII, and an ASCII byte in UTF-8 is always that scalar), in
/// two passes: one that measures, one that writes into a string of the exact size. Text with
/// nothing to escape is returned as it is, without a copy.
public struct MarkupEscaper: Sendable {
    /// What `'` becomes; `nil` keeps it (inside a double-quoted attribute it cannot end the value).
    public let apostrophe: StaticString?
    /// Whether the scalars XML 1.0 forbids (controls other than tab, line feed and carriage return;
    /// U+FFFE and U+FFFF) are dropped.
    public let dropsXMLForbidden: Bool

    /// HTML text and attributes: `& < > " '` as `&amp; &lt; &gt; &quot; &#39;`.
    public static let html = MarkupEscaper(apostrophe: "&#39;", dropsXMLForbidden: false)
    /// A double-quoted HTML attribute as cmark-gfm writes it: `& < > "`; `'` stays.
    public static let doubleQuotedAttribute = MarkupEscaper(apostrophe: nil, dropsXMLForbidden: false)
    /// XML: `& < > " '` as `&amp; &lt; &gt; &quot; &apos;`, without what XML 1.0 forbids.
    public static let xml = MarkupEscaper(apostrophe: "&apos;", dropsXMLForbidden: true)

    /// `text` escaped.
    public func escape(_ text: String) -> String {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            let (size, changed) = measure(bytes)
            guard changed else { return nil }
            return String(unsafeUninitializedCapacity: size) { out in write(bytes, into: out) }
        }.flatMap { $0 } ?? text
    }

    /// How many bytes of `bytes` a dropped scalar starting at `index` covers (0: not dropped).
    private func droppedLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        guard dropsXMLForbidden else { return 0 }
        let byte = bytes[index]
        if byte < 0x20 { return byte == 0x09 || byte == 0x0A || byte == 0x0D ? 0 : 1 }
        // U+FFFE and U+FFFF are `EF BF BE` and `EF BF BF`.
        if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] & 0xFE == 0xBE { return 3 }
        return 0
    }

    /// The replacement for an ASCII byte, or `nil` when it stays.
    private func replacement(_ byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): apostrophe
        default: nil
        }
    }

    /// The size in bytes of the escaped text, and whether anything is replaced or dropped.
    private func measure(_ bytes: UnsafeBufferPointer<UInt8>) -> (size: Int, changed: Bool) {
        var size = 0, index = 0, changed = false
        while index < bytes.count {
            let dropped = droppedLength(bytes, at: index)
            if dropped > 0 {
                index += dropped
                changed = true
                continue
            }
            if let replacement = replacement(bytes[index]) {
                size += replacement.utf8CodeUnitCount
                changed = true
            } else {
                size += 1
            }
            index += 1
        }
        return (size, changed)
    }

    /// Writes the escaped text into `out` (exactly the measured size) and returns its size.
    private func write(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var written = 0, index = 0
        while index < bytes.count {
            let dropped = droppedLength(bytes, at: index)
            if dropped > 0 { index += dropped; continue }
            if let replacement = replacement(bytes[index]) {
                replacement.withUTF8Buffer { piece in
                    for byte in piece { out[written] = byte; written += 1 }
                }
            } else {
                out[written] = bytes[index]
                written += 1
            }
            index += 1
        }
        return written
    }
}
