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
