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
