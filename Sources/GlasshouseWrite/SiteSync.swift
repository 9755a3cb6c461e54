import Foundation
import GlasshouseCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Brings an output folder in line with a freshly rendered site by rewriting only the files whose
/// bytes changed and removing the ones the site no longer has — for `glasshouse serve`, where a
/// rebuild after each edit should touch as little as possible. (`glasshouse build` stays atomic.)
public enum SiteSync {
    /// What a sync did.
    public struct Changes: Sendable, Equatable {
        public var written: [String] = []
        public var removed: [String] = []
        /// What the folder now holds of each file (`signature(of:)`), the marker left out: the
        /// `previous` of the next sync.
        public var signatures: [String: [UInt8]] = [:]
    }

    /// Syncs `files` into `output` under the same rules as `SiteWriter.write`: the folder must pass
    /// `OutputFolder.check` against `sources`, holds the marker afterwards, and is locked meanwhile.
    /// The marker is not reported as a change.
    /// `previous`: the files this process synced into `output` last time (`glasshouse serve`); a
    /// file with the same bytes there is not read back, and only those files are candidates for removal.
    public static func sync(_ files: [OutputFile], to output: String, sources: [String] = [], previous: [String: [UInt8]]? = nil) throws(SiteWriter.Failure)
        -> Changes
    {
        let manager = FileManager.default
        let target = try SiteWriter.checked(output, sources: sources)
        do {
            try manager.createDirectory(atPath: target, withIntermediateDirectories: true)
        } catch {
            throw SiteWriter.Failure(path: output, reason: "cannot create the folder: \(error.localizedDescription)")
        }
        let lock = try OutputLock(output: target, waiting: {})
        defer { lock.release() }
        _ = try SiteWriter.checked(output, sources: sources)
        let site =
            files.filter { $0.path != OutputFolder.marker }
            + [OutputFile(path: OutputFolder.marker, text: OutputFolder.markerText(for: files.map(\.path)))]
        var changes = Changes()
        changes.signatures.reserveCapacity(site.count)
        let wanted = Set(site.map(\.path))
        let previousHidden = OutputFolder.writtenHiddenPaths(in: target)
        do {
            for file in site {
                // A path synced before was checked then.
                let signature = signature(of: file)
                if file.path != OutputFolder.marker { changes.signatures[file.path] = signature }
                if let known = previous?[file.path], sameBytes(known, signature) { continue }
                try SiteWriter.checkRelative(file.path)
                let path = target + "/" + file.path
                guard let bytes = SourceCopy.contents(of: file) else {
                    throw SiteWriter.Failure(path: file.source?.path ?? path, reason: "changed or vanished while the site was built")
                }
                if let existing = manager.contents(atPath: path), existing.elementsEqual(bytes) { continue }
                try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
                if file.path != OutputFolder.marker { changes.written.append(file.path) }
            }
            let stale =
                previous.map { $0.keys.filter { !wanted.contains($0) }.sorted().filter { manager.fileExists(atPath: target + "/" + $0) } }
                ?? existingFiles(in: target) + previousHidden.sorted().filter { manager.fileExists(atPath: target + "/" + $0) }
            for path in stale where !wanted.contains(path) {
                try manager.removeItem(atPath: target + "/" + path)
                changes.removed.append(path)
            }
        } catch let failure as SiteWriter.Failure {
            throw failure
        } catch {
            throw SiteWriter.Failure(path: output, reason: error.localizedDescription)
        }
        return changes
    }

    /// What `previous` holds for a file: its bytes, or for a file copied from the content folder
    /// its source's path, size, modification time and inode (so that it is not read to compare).
    public static func signature(of file: OutputFile) -> [UInt8] {
        guard let source = file.source else { return file.bytes }
        var info = stat()
        guard stat(source.path, &info) == 0 else { return Array("missing \(source.path)".utf8) }
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        return Array("source \(source.path) \(source.size) \(info.st_size) \(modified.tv_sec).\(modified.tv_nsec) \(info.st_ino)".utf8)
    }

    /// Equal bytes; the same storage (a file kept from the previous build) is equal without a comparison.
    static func sameBytes(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        let shared = a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress } }
        return shared || a == b
    }

    /// Visible files below `folder`, relative, hidden ones (and their folders) skipped: those are
    /// the owner's, unless the site's marker says it wrote them.
    static func existingFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            if path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }
}
