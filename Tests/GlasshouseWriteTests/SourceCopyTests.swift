import Foundation
import GlasshouseCore
import GlasshouseTesting
import GlasshouseWrite
import Testing

/// Large data files are copied into the site from the content folder rather than held in memory
/// (`OutputFile(path:copying:)`); a file that changed since the build read it is refused.
@Suite("Copying data files into the site from their source")
struct SourceCopyTests {
    @Test("build and serve copy the source's bytes; a source whose size changed fails and leaves the old site")
    func copy() throws {
        let bytes = (0..<(3 << 20) + 17).map { UInt8(truncatingIfNeeded: $0 &* 31) }  // more than one chunk
        let folder = try TestFolder(["in/deployments.csv": ""])
        defer { folder.delete() }
        let source = folder.path + "/in/deployments.csv"
        try Data(bytes).write(to: URL(fileURLWithPath: source))
        let file = OutputFile(path: "data/teams/pay/deployments.csv", copying: .init(path: source, size: bytes.count))
        let marker = OutputFile(path: "data/index.json", text: "{}\n")

        try SiteWriter.write([marker, file], to: folder.path + "/site")
        #expect(FileManager.default.contents(atPath: folder.path + "/site/data/teams/pay/deployments.csv") == Data(bytes))
        _ = try SiteSync.sync([marker, file], to: folder.path + "/served")
        #expect(FileManager.default.contents(atPath: folder.path + "/served/data/teams/pay/deployments.csv") == Data(bytes))

        let changed = OutputFile(path: "data/teams/pay/deployments.csv", copying: .init(path: source, size: bytes.count - 1))
        #expect(throws: SiteWriter.Failure.self) { try SiteWriter.write([marker, changed], to: folder.path + "/site") }
        #expect(throws: SiteWriter.Failure.self) { try SiteSync.sync([marker, changed], to: folder.path + "/served") }
        #expect(FileManager.default.contents(atPath: folder.path + "/site/data/teams/pay/deployments.csv") == Data(bytes))
    }
}
