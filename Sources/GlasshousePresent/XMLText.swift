/// XML escaping for what Glasshouse writes as XML by hand: the Atom feed, the sitemap and the
/// SVG charts.
enum XMLText {
    /// Escapes `& < > " '` and drops the control characters XML 1.0 forbids.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // XML 1.0 forbids most control characters, U+FFFE and U+FFFF (loading refuses them;
                // Markdown character references such as `&#xFFFE;` can still make them); drop them.
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" { continue }
                if scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
