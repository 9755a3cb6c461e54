#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on one output folder, held from the check of the folder to the end of the
/// swap: two builds into one output never interleave, the second waits for the first. It is an
/// advisory `flock` on `.NAME.glasshouse-lock` beside the output (a file never deleted, so that
/// every build locks the same inode); the kernel drops it when the process ends, even on a crash.
final class OutputLock {
    private var descriptor: Int32

    /// Takes the lock for the output folder `output` (absolute); calls `waiting` once before
    /// blocking when another build holds it. Fails when the lock file cannot be created.
    init(output: String, waiting: () -> Void) throws(SiteWriter.Failure) {
        let path = Self.path(for: output)
        let descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw SiteWriter.Failure(path: path, reason: "cannot create the lock file: \(String(cString: strerror(errno)))")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting()
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    let reason = String(cString: strerror(errno))
                    close(descriptor)
                    throw SiteWriter.Failure(path: path, reason: "cannot lock: \(reason)")
                }
            }
        }
        self.descriptor = descriptor
    }

    /// Releases the lock (closing the lock file); later calls do nothing.
    func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }

    /// `/parent/.NAME.glasshouse-lock` for `/parent/NAME`.
    static func path(for output: String) -> String {
        let slash = output.lastIndex(of: "/")!
        return String(output[..<slash]) + "/." + String(output[output.index(after: slash)...]) + ".glasshouse-lock"
    }
}
