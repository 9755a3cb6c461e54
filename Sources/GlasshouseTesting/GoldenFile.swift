import Foundation
import Testing

/// Compares output with a golden file under a test target's `Snapshots/` folder, byte for byte.
/// `GLASSHOUSE_RECORD=1 swift test` (re)writes the golden files instead of comparing; a mismatch
/// fails with the first differing line and its neighbours, not a wall of text.
public enum GoldenFile {
    /// Whether this run records golden files instead of comparing with them.
    public static var recording: Bool { ProcessInfo.processInfo.environment["GLASSHOUSE_RECORD"] == "1" }

    /// `name` is a file below the `Snapshots` folder beside the calling test file.
    public static func expectMatches(_ actual: String, _ name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
        let path = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots").appendingPathComponent(name).path
        if recording {
            do {
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
            } catch {
                Issue.record("cannot record \(path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = FileManager.default.contents(atPath: path) else {
            Issue.record("no golden file \(path); run with GLASSHOUSE_RECORD=1 to record it", sourceLocation: sourceLocation)
            return
        }
        if let difference = difference(expected: String(decoding: expected, as: UTF8.self), actual: actual) {
            Issue.record("\(name) differs from its golden file (GLASSHOUSE_RECORD=1 re-records it):\n\(difference)", sourceLocation: sourceLocation)
        }
    }

    /// nil when equal; else the first differing line with two lines of context, `-` expected, `+` actual.
    public static func difference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var first = 0
        while first < old.count, first < new.count, old[first] == new[first] { first += 1 }
        var lines: [String] = []
        for index in max(0, first - 2)..<first { lines.append("  \(index + 1): \(old[index])") }
        if first < old.count { lines.append("- \(first + 1): \(old[first])") }
        if first < new.count { lines.append("+ \(first + 1): \(new[first])") }
        lines.append("  (\(old.count) lines expected, \(new.count) lines actual)")
        return lines.joined(separator: "\n")
    }
}
