import Foundation
import GlasshouseCore
import GlasshousePipeline
import Testing

/// A whole content folder declared inline and built in memory with the repository's own themes,
/// the way Hugo's `hugolib.Test(t, files)` builds a site: `try TestSite(files).build()`.
/// Paths are content-relative (`site.yaml`, `teams/a/team.yaml`). For tests only.
public struct TestSite: Sendable {
    public var files: [String: String]
    /// `--as-of`; nil leaves it to site.yaml `as_of` (else the epoch day, never the clock).
    public var asOf: Day?

    public init(_ files: [String: String], asOf: Day? = nil) {
        (self.files, self.asOf) = (files, asOf)
    }

    /// The repository's `Themes/` folder, found from this file's own path.
    public static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Themes").path

    /// Loads, computes and presents the site (nothing is written); content errors are thrown.
    public func build() throws -> BuiltSite {
        let folder = try TestFolder(Dictionary(uniqueKeysWithValues: files.map { ("C/" + $0.key, $0.value) }))
        defer { folder.delete() }
        var options = BuildOptions(now: Instant(seconds: 0))
        options.content = folder.path + "/C"
        options.themes = Self.themes
        options.asOf = asOf
        let (files, report) = try SiteBuilder.render(options)
        return BuiltSite(files: Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.bytes) }), report: report)
    }
}

extension TestSite {
    /// Options that build `folder`'s `C/` into `folder`'s `output` with the repository's themes,
    /// for tests that write whole sites with `SiteBuilder.build`.
    public static func options(_ folder: TestFolder, output: String = "S") -> BuildOptions {
        var options = BuildOptions(now: Instant(seconds: 0))
        options.content = folder.path + "/C"
        options.output = folder.path + "/" + output
        options.themes = themes
        return options
    }
}

/// A site built by `TestSite`: every output file by its path below the site root.
public struct BuiltSite: Sendable {
    public let files: [String: [UInt8]]
    public let report: BuildReport

    /// Every output path, sorted.
    public var paths: [String] { files.keys.sorted() }

    /// The file as text; nil when the site has no such file.
    public func file(_ path: String) -> String? {
        files[path].map { String(decoding: $0, as: UTF8.self) }
    }

    /// The file parsed as a JSON object; nil when absent or not an object.
    public func json(_ path: String) -> [String: Any]? {
        guard let bytes = files[path] else { return nil }
        return (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any]
    }

    /// Expects the file to exist and to contain `text`, failing at the caller's line otherwise.
    public func expectContains(_ path: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let content = file(path) else {
            Issue.record("the site has no \(path)", sourceLocation: sourceLocation)
            return
        }
        #expect(content.contains(text), "\(path) does not contain \(text)", sourceLocation: sourceLocation)
    }
}
