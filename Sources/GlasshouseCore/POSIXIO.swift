#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain POSIX reads and writes on a file descriptor, for the loader's CSV chunks and the writer's
/// files: the one place that names the C library's `read` and `write` (from Glibc on Linux, Darwin
/// on macOS), and retries a call a signal interrupted.
public enum POSIXIO {
    /// Reads up to `count` bytes into `buffer`: how many (0 at the end of the file), -1 on an error.
    public static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
        while true {
            #if canImport(Glibc)
            let result = Glibc.read(descriptor, buffer, count)
            #else
            let result = Darwin.read(descriptor, buffer, count)
            #endif
            if result < 0, errno == EINTR { continue }
            return result
        }
    }

    /// The whole file at `path`, read with `open` and `read` to its end; nil when it cannot be
    /// opened or read (a folder, a file without permission). Content files are read with this rather
    /// than `FileManager.contents(atPath:)`, which leaks its 4 KB buffer on an empty file (found by
    /// the content fuzz target under LeakSanitizer).
    public static func readFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        let size = fstat(descriptor, &status) == 0 ? max(0, Int(status.st_size)) : 0
        // The size reported, into an array of just that size (the site holds many of these: no spare
        // capacity), then on in small reads until one returns nothing, so that a file that grew
        // since is still read to its end and one that shrank ends where it ends. At most 1 GiB a
        // call: Darwin's read refuses a count over INT_MAX.
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { read(descriptor, into: $0.baseAddress! + filled, count: min(size - filled, 1 << 30)) }
            guard count >= 0 else { return nil }
            if count == 0 {
                bytes.removeLast(size - filled)
                return bytes
            }
            filled += count
        }
        var more = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = more.withUnsafeMutableBytes { read(descriptor, into: $0.baseAddress!, count: $0.count) }
            guard count >= 0 else { return nil }
            if count == 0 { return bytes }
            bytes.append(contentsOf: more[..<count])
        }
    }

    /// Writes every byte of `bytes`, in as many calls as it takes; false when a write fails.
    public static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }
}
