import GlasshouseCore
import GlasshouseLoad
import GlasshouseTesting
import Testing

/// Loads a content folder declared inline, shown in messages as `C/…`: the shared harness of
/// the loader suites.
protocol ContentFolderLoading {}

extension ContentFolderLoading {
    /// Loads `files` as a content folder named `C`; returns the content or every diagnostic.
    func load(_ files: [String: String]) throws -> Result<Content, ContentErrors> {
        let folder = try TestFolder(files.reduce(into: [:]) { $0["C/" + $1.key] = $1.value })
        defer { folder.delete() }
        let source = try #require(SourceFolder(path: folder.path + "/C"))
        do { return .success(try ContentLoader.load(from: SourceFolder(displayRoot: "C", of: source))) } catch { return .failure(error) }
    }

    /// The errors of loading `files`, as printed; records an issue when loading succeeds.
    func errors(_ files: [String: String]) throws -> [String] {
        guard case .failure(let failure) = try load(files) else { Issue.record("expected errors"); return [] }
        return failure.errors.map(\.description)
    }
}
