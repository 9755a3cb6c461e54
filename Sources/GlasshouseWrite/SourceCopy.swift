import GlasshouseCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Copies the source file of an `OutputFile` a chunk at a time, so that a large data file offered
/// for download is never held in memory whole. A source whose size differs from the size it had
/// when the build read it has changed since, and is refused: the site shows the data it was built from.
enum SourceCopy {
    static let chunkSize = 1 << 20

    /// Copies `source` to a new file at `path`; false when it cannot be read or written or has changed.
    static func copy(_ source: OutputFile.Source, to path: String) -> Bool {
        let input = open(source.path, O_RDONLY)
        guard input >= 0 else { return false }
        defer { close(input) }
        let output = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0o644)
        guard output >= 0 else { return false }
        defer { close(output) }
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        var total = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { POSIXIO.read(input, into: $0.baseAddress!, count: chunkSize) }
            guard count >= 0 else { return false }
            if count == 0 { break }
            total += count
            guard total <= source.size else { return false }
            guard buffer.withUnsafeBytes({ POSIXIO.writeAll(output, UnsafeRawBufferPointer(rebasing: $0.prefix(count))) }) else { return false }
        }
        return total == source.size
    }

    /// The file's bytes: `bytes`, or its source read whole (nil when unreadable or changed); for the
    /// writers that compare or scaffold small files.
    static func contents(of file: OutputFile) -> [UInt8]? {
        guard let source = file.source else { return file.bytes }
        guard let bytes = POSIXIO.readFile(source.path), bytes.count == source.size else { return nil }
        return bytes
    }
}
