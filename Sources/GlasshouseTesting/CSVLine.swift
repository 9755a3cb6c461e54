/// A CSV line split the plain way, for tests that compute an expectation from a file without the
/// loader's reader: commas outside double quotes separate fields, quotes are dropped (no embedded
/// newlines or escaped quotes, as in the sample and reference files these tests read).
public enum CSVLine {
    public static func fields(_ line: Substring) -> [String] {
        var fields: [String] = [], current = "", quoted = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
            } else if character == ",", !quoted {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        return fields + [current]
    }
}
