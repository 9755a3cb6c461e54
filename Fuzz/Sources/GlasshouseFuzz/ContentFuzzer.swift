import Foundation
import GlasshouseCore
import GlasshouseLoad

/// The `content` target: the whole content loader over a small content folder written from the input.
///
/// The input is a tiny archive: a line `>>> PATH` starts a file, the lines after it up to the next
/// such line are its bytes (bytes before the first marker are ignored). Paths are relative; empty,
/// `.` and `..` components are dropped so that nothing is written outside the folder.
enum ContentFuzzer {
    /// A fresh folder per process, on tmpfs when there is one (the target writes on every input).
    static let root: String = {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        return base + "/glasshouse-fuzz-\(ProcessInfo.processInfo.processIdentifier)"
    }()

    static let maxFiles = 24

    static func run(_ bytes: [UInt8]) {
        let manager = FileManager.default
        try? manager.removeItem(atPath: root)
        try? manager.createDirectory(atPath: root, withIntermediateDirectories: true)
        for (path, contents) in files(in: bytes).prefix(maxFiles) {
            let full = root + "/" + path
            let folder = (full as NSString).deletingLastPathComponent
            try? manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            _ = manager.createFile(atPath: full, contents: Data(contents))
        }
        guard let folder = SourceFolder(path: root) else { return }
        do {
            let content = try ContentLoader.load(from: folder)
            for warning in content.warnings { FuzzTargets.blackHole(warning.description) }
        } catch {
            for diagnostic in error.diagnostics { FuzzTargets.blackHole(diagnostic.description) }
        }
    }

    /// The (path, bytes) pairs of the archive.
    static func files(in bytes: [UInt8]) -> [(path: String, bytes: [UInt8])] {
        var result: [(path: String, bytes: [UInt8])] = []
        let marker: [UInt8] = Array(">>> ".utf8)
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init) {
            if line.starts(with: marker) {
                let components = String(decoding: line.dropFirst(marker.count), as: UTF8.self)
                    .split(separator: "/").filter { $0 != "." && $0 != ".." && !$0.contains("\0") }.prefix(5)
                result.append((components.joined(separator: "/"), []))
            } else if !result.isEmpty {
                result[result.count - 1].bytes += line + [UInt8(ascii: "\n")]
            }
        }
        return result.filter { !$0.path.isEmpty }
    }
}
