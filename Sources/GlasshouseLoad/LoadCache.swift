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
/// forgets every team: those files shape how teams load. A team folder in which only Markdown
/// files changed (narrative, notes, postmortems) is read again but reported as keeping its data,
/// so that nothing computed from data is redone.
public final class LoadCache: @unchecked Sendable {
    struct Entry {
        let stamps: [String]
        /// The stamps of the files that are not Markdown: the team's data and settings.
        let dataStamps: [String]
        let team: Team?
        let diagnostics: Diagnostics
    }

    /// What changed since the previous build took the changes (`takeChanges`).
    public struct Changes: Sendable, Equatable {
        /// Files outside `teams/` changed (always true the first time): every team was read again.
        public var global: Bool
        /// Teams read again, added or removed.
        public var teams: Set<String>
        /// Those of `teams` whose data or settings changed (not only their Markdown), added or removed.
        public var dataTeams: Set<String>
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var globalStamps: [String] = []
    private var reloadedTeams: Set<String> = []
    private var dataChangedTeams: Set<String> = []
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

    /// What changed since the last call, loads that failed included.
    public func takeChanges() -> Changes {
        lock.lock()
        defer { lock.unlock() }
        let changes = Changes(global: globalChanged, teams: reloadedTeams, dataTeams: dataChangedTeams)
        globalChanged = false
        reloadedTeams = []
        dataChangedTeams = []
        return changes
    }

    /// The team as loaded before, when none of its files changed; otherwise loads it with `load`.
    func team(_ id: String, paths: [String], folder: SourceFolder, load: (inout Diagnostics) -> Team?) -> (team: Team?, diagnostics: Diagnostics) {
        let sorted = paths.sorted()
        let stamps = sorted.map { Self.stamp($0, folder: folder) }
        lock.lock()
        let entry = entries[id]
        lock.unlock()
        if let entry, entry.stamps == stamps { return (entry.team, entry.diagnostics) }
        let dataStamps = zip(sorted, stamps).filter { !$0.0.hasSuffix(".md") }.map(\.1)
        var diagnostics = Diagnostics()
        let team = load(&diagnostics)
        lock.lock()
        entries[id] = Entry(stamps: stamps, dataStamps: dataStamps, team: team, diagnostics: diagnostics)
        reloadedTeams.insert(id)
        if entry?.dataStamps != dataStamps { dataChangedTeams.insert(id) }
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
            dataChangedTeams.insert(id)
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
