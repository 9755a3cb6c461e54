import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Notices edits in the content and theme folders by comparing a fingerprint (every file's path,
/// size, modification time and inode) between polls; `ChangeNotifier` says when a poll may find
/// a change, so that an idle server does not walk the folders. Polling keeps it portable and free of
/// platform file-event APIs; the walk uses `readdir` and `stat` directly, so that a poll of the
/// 1,000-team benchmark org (about 10,000 files) takes milliseconds, not a tenth of a second.
struct SourceWatcher: Sendable {
    let folders: [String]
    /// Says when a walk may find something new (inotify on Linux); every folder walked is watched.
    let notifier = ChangeNotifier()

    init(folders: [String]) { self.folders = folders }

    /// Whether the notifier reports every change (inotify works and watches every folder walked).
    var notifies: Bool { notifier.isComplete }

    /// Whether a walk may find a change since the previous question (always true without inotify).
    func mayHaveChanged() -> Bool { notifier.mayHaveChanged() }

    /// What a poll records of one file.
    struct Stamp: Equatable, Sendable {
        let size: Int64
        let seconds: Int
        let nanoseconds: Int
        let inode: UInt64
    }

    /// A value that changes whenever a file below the folders is added, removed or modified.
    func fingerprint() -> [String: Stamp] {
        var result: [String: Stamp] = [:]
        for folder in folders { walk(folder, into: &result) }
        return result
    }

    /// Records every file below `folder`; symbolic links are followed for files, not for folders.
    private func walk(_ folder: String, into result: inout [String: Stamp]) {
        notifier.watch(folder)
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                walk(path, into: &result)
                continue
            }
            if info.st_mode & S_IFMT == S_IFLNK {
                guard stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { continue }
            }
            #if canImport(Darwin)
            let modified = info.st_mtimespec
            #else
            let modified = info.st_mtim
            #endif
            result[path] = Stamp(size: Int64(info.st_size), seconds: Int(modified.tv_sec), nanoseconds: Int(modified.tv_nsec), inode: UInt64(info.st_ino))
        }
    }
}
