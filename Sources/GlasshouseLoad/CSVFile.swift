import GlasshouseCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open file that `CSVReader` reads a chunk at a time; closed when the reader lets go of it.
final class CSVFile {
    private let descriptor: Int32
    let chunkSize: Int
    /// How many bytes have been read so far.
    private(set) var offset = 0

    init?(path: String, chunkSize: Int) {
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        self.chunkSize = max(chunkSize, 1)
    }

    deinit { close(descriptor) }

    /// Appends up to `chunkSize` bytes to `bytes`; returns how many (0 at the end), nil on a read error.
    func read(appendingTo bytes: inout [UInt8]) -> Int? {
        // Read into an uninitialised chunk and append it with one copy: appending `chunkSize` zeros
        // element by element first made every small file cost a million iterations.
        var count = 0
        let chunk = [UInt8](unsafeUninitializedCapacity: chunkSize) { buffer, initialized in
            count = POSIXIO.read(descriptor, into: buffer.baseAddress!, count: chunkSize)
            initialized = max(count, 0)
        }
        guard count >= 0 else { return nil }
        bytes.append(contentsOf: chunk)
        offset += count
        return count
    }
}
