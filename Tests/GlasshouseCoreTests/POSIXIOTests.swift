import Foundation
import GlasshouseCore
import Testing

/// Whole-file reads and full writes through `POSIXIO`.
@Suite("POSIXIO: whole files read, every byte written")
struct POSIXIOTests {
    func scratch() throws -> String {
        let folder = NSTemporaryDirectory() + "glasshouse-posixio-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("an empty file is zero bytes, a folder or a missing file nil")
    func emptyAndMissing() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        FileManager.default.createFile(atPath: folder + "/empty", contents: Data())
        #expect(POSIXIO.readFile(folder + "/empty") == [])
        #expect(POSIXIO.readFile(folder) == nil)
        #expect(POSIXIO.readFile(folder + "/missing") == nil)
    }

    @Test("files of every size around the read chunk come back byte for byte", arguments: [1, 4095, 4096, 4097, (1 << 20) + 3, 3 * (1 << 20)])
    func sizes(count: Int) throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
        let path = folder + "/file"
        let descriptor = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0o644)
        #expect(descriptor >= 0)
        #expect(bytes.withUnsafeBytes { POSIXIO.writeAll(descriptor, $0) })
        close(descriptor)
        let read = POSIXIO.readFile(path)
        #expect(read == bytes)
        // The site holds many whole files: each keeps about its own size, not a doubled buffer
        // (the first version appended one chunk too many and kept twice the room).
        #expect((read?.capacity ?? 0) < count + count / 2 + 64)
    }
}
