import Foundation
import GlasshouseCore

#if canImport(Glibc)
import Glibc
#endif

/// Tells the watcher whether anything below the watched folders may have changed since it last
/// asked, so that it walks the folders only then instead of ten times a second (on the
/// 1,000-team benchmark org a walk stats about 10,000 files). On Linux it is an inotify instance
/// with a watch on every folder the walk visits, new folders included; a lost event (queue
/// overflow) is itself an event. Where inotify is missing, or a folder cannot be watched (the
/// watch limit), it answers "maybe" and the watcher polls as before. It does not see a change to
/// the target of a symbolic link outside the folders: the watcher walks at least once a second
/// for that.
final class ChangeNotifier: @unchecked Sendable {
    #if canImport(Glibc)
    private let descriptor: Int32
    /// False once a folder could not be watched: every question is answered "maybe".
    private var complete = true
    private let lock = NSLock()

    init() {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        if descriptor < 0 { complete = false }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Whether every folder walked is watched: false without inotify or past the watch limit.
    var isComplete: Bool { lock.withLock { complete } }

    /// Watches `folder` (not its subfolders); the walk calls this for every folder before reading it.
    func watch(_ folder: String) {
        guard descriptor >= 0 else { return }
        let events = UInt32(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF)
        if inotify_add_watch(descriptor, folder, events) < 0 {
            lock.withLock { complete = false }
        }
    }

    /// Whether anything may have changed since the last call; reads and forgets the events.
    func mayHaveChanged() -> Bool {
        guard isComplete else { return true }
        var changed = false
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = buffer.withUnsafeMutableBytes { POSIXIO.read(descriptor, into: $0.baseAddress!, count: $0.count) }
            if count > 0 {
                changed = true
                continue
            }
            return changed || (count < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
        }
    }
    #else
    init() {}
    var isComplete: Bool { false }
    func watch(_ folder: String) {}
    func mayHaveChanged() -> Bool { true }
    #endif
}
