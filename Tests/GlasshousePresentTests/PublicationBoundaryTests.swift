import Foundation
import Testing

/// Present reads teams only through the publication step (issue 12): a presenter that checked
/// `private:` itself, or read a team's raw data or figures, could forget a check and leak a
/// withheld section. This reads the module's own sources and fails on any such access.
@Suite("Present reads teams only from the Publication")
struct PublicationBoundaryTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/GlasshousePresent")

    /// What only the publication may read: the `private:` list, the content's raw teams (values of
    /// Core's `Team` type), the computed figures of single teams, and the snapshot they come from.
    static let forbidden = [
        #"isPrivate"#, #"privateSections"#, #"content\.teams"#, #"figures\.teams"#, #"leadership\.teams"#, #"snapshot"#, #"DORAData"#,
        #"(:|->)\s*\[?(GlasshouseCore\.)?Team\b"#, #"GlasshouseCore\.Team\b"#,
    ]

    @Test("no presenter checks private: or reads raw teams, team figures or the snapshot")
    func boundary() throws {
        let files = (FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
            .filter { $0.pathExtension == "swift" }
        #expect(files.count > 20, "found the module's sources in \(Self.sources.path)")
        let patterns = try Self.forbidden.map { try Regex($0) }
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") else { continue }
                for (pattern, source) in zip(patterns, Self.forbidden) where line.contains(pattern) {
                    Issue.record("\(file.lastPathComponent):\(number + 1) matches \(source); read the team from the Publication instead")
                }
            }
        }
    }
}
