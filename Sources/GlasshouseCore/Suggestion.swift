/// "Did you mean …" for an unknown id: the closest valid ids by edit distance (case and spacing
/// ignored), and the list of valid ids, so that a typo is fixed without opening another file.
public enum Suggestion {
    /// `; did you mean "payments"? Valid ids: a, b, c`, or `; valid ids: a, b, c` when none is
    /// near (the list cut after `limit` ids); empty when there are no valid ids.
    public static func text(for unknown: String, among valid: [String], limit: Int = 12) -> String {
        let sorted = Array(Set(valid)).sorted()
        guard !sorted.isEmpty else { return "" }
        let list = sorted.prefix(limit).joined(separator: ", ") + (sorted.count > limit ? " and \(sorted.count - limit) more" : "")
        if let closest = closest(to: unknown, among: sorted) { return "; did you mean \"\(closest)\"? Valid ids: " + list }
        return "; valid ids: " + list
    }

    /// The valid id nearest to `unknown` when it is near enough to be a typo: at most a third of
    /// its length in edits (at least 1, at most 3); ties go to the first in sorted order.
    public static func closest(to unknown: String, among valid: [String]) -> String? {
        let key = normalized(unknown)
        let allowed = min(3, max(1, key.count / 3))
        var best: (id: String, distance: Int)?
        for id in valid.sorted() {
            let distance = editDistance(key, normalized(id))
            if distance <= allowed, distance < (best?.distance ?? Int.max) { best = (id, distance) }
        }
        return best?.id
    }

    static func normalized(_ text: String) -> [Character] {
        Array(text.lowercased().filter { !$0.isWhitespace && $0 != "_" && $0 != "-" })
    }

    /// Levenshtein distance.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
