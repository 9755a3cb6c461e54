import Foundation
import GlasshouseCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A new site being written beside the output folder (site.md §2), under the output's lock: the
/// build hands it files as it produces them (`take`, as an `OutputSink`), then `commit` writes the
/// output marker and swaps the folder into the output's place. `discard`, a failed write, or
/// dropping it uncommitted removes the staging folder and leaves the previous site as it was.
public final class SiteStaging: OutputSink, @unchecked Sendable {
    /// The output folder as the caller named it (for messages) and as an absolute path.
    private let output: String
    private let target: String
    private let folder: String
    private let lock: OutputLock
    /// Guards `created`, `failure` and `finished` (`take` runs on several threads; each file is
    /// written by one).
    private let state = NSLock()
    private var created: Set<String> = []
    private var failure: SiteWriter.Failure?
    private var finished = false

    /// Checks `output` (`OutputFolder.check`, with the folders the build reads as `sources`), takes
    /// its lock (calling `waiting` when another build holds it), removes what a killed build left
    /// and creates the staging folder.
    public init(output: String, sources: [String] = [], waiting: () -> Void = {}) throws(SiteWriter.Failure) {
        let target = try SiteWriter.checked(output, sources: sources)
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw SiteWriter.Failure(path: output, reason: "cannot create the folder around it: \(error.localizedDescription)")
        }
        let lock = try OutputLock(output: target, waiting: waiting)
        // Another build may have finished while this one waited: check again under the lock.
        _ = try SiteWriter.checked(output, sources: sources)
        SiteWriter.removeLeftovers(of: name, in: parent)
        folder = try SiteWriter.temporaryFolder(parent + "/." + name + ".glasshouse-new-", for: output)
        // mkdtemp makes the folder private (0700); a site is for reading by a web server.
        chmod(folder, 0o755)
        self.output = output
        self.target = target
        self.lock = lock
    }

    deinit { discard() }

    /// Writes `files` into the staging folder (the output marker excepted: `commit` writes it) and
    /// returns their paths without bytes. After a failure nothing more is written; `commit` throws it.
    public func take(_ files: [OutputFile]) -> [OutputFile] {
        for file in files where file.path != OutputFolder.marker {
            if let failure = write(file) {
                state.withLock { self.failure = self.failure ?? failure }
                break
            }
        }
        return files.map { OutputFile(path: $0.path, bytes: []) }
    }

    /// Writes the output marker (naming the hidden files among `paths`, every file of the site)
    /// and puts the staging folder in place of the output; throws the first failure of `take`.
    public func commit(paths: [String]) throws(SiteWriter.Failure) {
        if let failure = state.withLock({ self.failure }) {
            discard()
            throw failure
        }
        let marker = OutputFile(path: OutputFolder.marker, text: OutputFolder.markerText(for: paths))
        guard SiteWriter.writeFile(folder + "/" + marker.path, marker.bytes) else {
            discard()
            throw SiteWriter.Failure(path: output + "/" + marker.path, reason: "cannot write the file")
        }
        state.withLock { finished = true }
        defer { lock.release() }
        try SiteWriter.swap(staging: folder, output: target, display: output)
    }

    /// Removes the staging folder and releases the lock; the previous site stays as it was. Does
    /// nothing after `commit`.
    public func discard() {
        let done = state.withLock {
            defer { finished = true }
            return finished
        }
        guard !done else { return }
        try? FileManager.default.removeItem(atPath: folder)
        lock.release()
    }

    /// Writes one file (creating its folder the first time), or says why it could not.
    private func write(_ file: OutputFile) -> SiteWriter.Failure? {
        do {
            try SiteWriter.checkRelative(file.path)
        } catch {
            return error
        }
        let path = folder + "/" + file.path
        let parent = (path as NSString).deletingLastPathComponent
        let madeFolder: Bool = state.withLock {
            guard created.insert(parent).inserted else { return true }
            do {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
                return true
            } catch {
                created.remove(parent)
                return false
            }
        }
        guard madeFolder else { return SiteWriter.Failure(path: output, reason: "cannot write the new site: cannot create the folder of \(file.path)") }
        let written = if let source = file.source { SourceCopy.copy(source, to: path) } else { SiteWriter.writeFile(path, file.bytes) }
        return written ? nil : SiteWriter.Failure(path: output + "/" + file.path, reason: "cannot write the file")
    }
}
