import Foundation
import GlasshouseCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Team folders loaded by an earlier build, kept by `glasshouse serve` so that a rebuild reads
/// only the team folders whose files changed (by path, size and modification time). A change to
/// any file outside `teams/` (site.yaml, org.yaml, notes, pages, FOCUS exports, static files)
/// forgets every team: those files shape how teams load.
public final class LoadCache: @unchecked Sendable {
    struct Entry {
        let stamps: [String]
        let team: Team?
        let diagnostics: Diagnostics
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var globalStamps: [String] = []
    private var reloadedTeams: Set<String> = []
    private var globalChanged = true

    public init() {}

    /// Starts a load: compares the files outside `teams/` with the previous load's.
    func begin(files: [String], folder: SourceFolder) {
        let stamps = files.filter { !$0.hasPrefix("teams/") }.map { Self.stamp($0, folder: folder) }
        lock.lock()
        defer { lock.unlock() }
        if stamps != globalStamps || entries.isEmpty {
            globalChanged = true
            entries = [:]
        }
        globalStamps = stamps
    }

    /// What changed since the last call (loads that failed included): whether files outside
    /// `teams/` changed (always true the first time), and the teams read again, added or removed.
    public func takeChanges() -> (global: Bool, teams: Set<String>) {
        lock.lock()
        defer { lock.unlock() }
        let changes = (globalChanged, reloadedTeams)
        globalChanged = false
        reloadedTeams = []
        return changes
    }

    /// The team as loaded before, when none of its files changed; otherwise loads it with `load`.
    func team(_ id: String, paths: [String], folder: SourceFolder, load: (inout Diagnostics) -> Team?) -> (team: Team?, diagnostics: Diagnostics) {
        let stamps = paths.sorted().map { Self.stamp($0, folder: folder) }
        lock.lock()
        let entry = entries[id]
        lock.unlock()
        if let entry, entry.stamps == stamps { return (entry.team, entry.diagnostics) }
        var diagnostics = Diagnostics()
        let team = load(&diagnostics)
        lock.lock()
        entries[id] = Entry(stamps: stamps, team: team, diagnostics: diagnostics)
        reloadedTeams.insert(id)
        lock.unlock()
        return (team, diagnostics)
    }

    /// Forgets the teams that are no longer in the content.
    func keep(_ ids: [String]) {
        let kept = Set(ids)
        lock.lock()
        defer { lock.unlock() }
        for id in entries.keys where !kept.contains(id) {
            entries[id] = nil
            reloadedTeams.insert(id)
        }
    }

    /// A file's path, size and modification time (nanoseconds), or its path alone when it cannot be read.
    static func stamp(_ path: String, folder: SourceFolder) -> String {
        var info = stat()
        guard stat(folder.realRoot + "/" + path, &info) == 0 else { return path }
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        return "\(path) \(info.st_size) \(modified.tv_sec).\(modified.tv_nsec) \(info.st_ino)"
    }
}
