import Foundation
import GlasshouseImport

/// The recorded provider responses under Tests/Fixtures/import/.
enum ImportFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/import").path

    static func file(_ relative: String) -> SourceFile {
        let path = folder + "/" + relative
        return SourceFile(name: relative, bytes: [UInt8](FileManager.default.contents(atPath: path) ?? Data()))
    }

    static func read(_ source: ImportSource, _ files: String..., options: ImportOptions = ImportOptions()) throws -> ImportedData {
        try source.read(files.map(file), options: options)
    }

    /// The rows of one kind as dictionaries, in source order.
    static func rows(_ data: ImportedData, _ kind: ImportKind) -> [[String: String]] {
        (data.rows[kind] ?? []).map(\.values)
    }
}
