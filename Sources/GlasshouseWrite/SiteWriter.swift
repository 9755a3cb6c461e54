import Foundation
import GlasshouseCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a generated site atomically (site.md §2): every file goes into a new folder beside the
/// output folder (`SiteStaging`), which takes the output's place only once all of it is written,
/// in one exchange (`FolderSwap`). A failure at any point leaves the previous site exactly as it was; builds into
/// one output are serialised by `OutputLock`; the folder must pass `OutputFolder.check`. Nothing
/// is written outside the output folder, its staging and old copies, and its lock file.
public enum SiteWriter {
    /// A write that could not be done; the previous site is untouched.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let path: String
        public let reason: String
        /// The output folder was refused (`OutputFolder.check`): a usage error, nothing touched.
        public let refused: Bool
        public var description: String { refused ? "--output \(path): \(reason)" : "\(path): \(reason)" }

        public init(path: String, reason: String, refused: Bool = false) {
            (self.path, self.reason, self.refused) = (path, reason, refused)
        }
    }

    /// Writes `files` as the site in `output`. `sources` are the folders the build reads (never
    /// replaced, never an output around or inside them); `waiting` is called when another build
    /// holds the output and this one waits for it.
    public static func write(_ files: [OutputFile], to output: String, sources: [String] = [], waiting: () -> Void = {}) throws(Failure) {
        let staging = try SiteStaging(output: output, sources: sources, waiting: waiting)
        // The files are independent, so write them on every core.
        _ = Parallel.map(files) { staging.take([$0]) }
        try staging.commit(paths: files.map(\.path))
    }

    /// `OutputFolder.check`, its refusal as a `Failure`.
    static func checked(_ output: String, sources: [String]) throws(Failure) -> String {
        do {
            return try OutputFolder.check(output, sources: sources)
        } catch {
            throw Failure(path: error.path, reason: error.reason, refused: true)
        }
    }

    /// Creates (or truncates) a file and writes its bytes with plain POSIX calls: the staging
    /// folder is new, so the temp-file-and-rename that `FileManager` does per file is not needed.
    static func writeFile(_ path: String, _ bytes: [UInt8]) -> Bool {
        let descriptor = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return bytes.withUnsafeBytes { POSIXIO.writeAll(descriptor, $0) }
    }

    /// Puts the new site in place of the output in one step, then carries over the old folder's
    /// hidden files (`.git`, `.gitignore`: they belong to whoever owns the folder, not to the site)
    /// and removes the old copy. Where the file system cannot exchange two folders, two renames do
    /// it, with a moment in which the output path is missing.
    static func swap(staging: String, output: String, display: String) throws(Failure) {
        let manager = FileManager.default
        var status = stat()
        guard lstat(output, &status) == 0 else {
            guard rename(staging, output) == 0 else {
                let reason = String(cString: strerror(errno))
                try? manager.removeItem(atPath: staging)
                throw Failure(path: display, reason: "cannot move the new site into place: \(reason)")
            }
            return
        }
        let old: String
        if FolderSwap.exchange(staging, output) {
            old = staging
        } else {
            let parent = (output as NSString).deletingLastPathComponent, name = (output as NSString).lastPathComponent
            do {
                old = try temporaryFolder(parent + "/." + name + ".glasshouse-old-", for: display)
            } catch {
                try? manager.removeItem(atPath: staging)
                throw error
            }
            guard rename(output, old) == 0 else {
                let reason = String(cString: strerror(errno))
                try? manager.removeItem(atPath: staging)
                try? manager.removeItem(atPath: old)
                throw Failure(path: display, reason: "cannot move the previous site aside: \(reason)")
            }
            guard rename(staging, output) == 0 else {
                let reason = String(cString: strerror(errno))
                _ = rename(old, output)
                try? manager.removeItem(atPath: staging)
                throw Failure(path: display, reason: "cannot move the new site into place: \(reason)")
            }
        }
        let written = OutputFolder.writtenHiddenNames(in: old)
        for name in (try? manager.contentsOfDirectory(atPath: old)) ?? []
        where name.hasPrefix(".") && name != OutputFolder.marker && !written.contains(name) {
            try? manager.moveItem(atPath: old + "/" + name, toPath: output + "/" + name)
        }
        try? manager.removeItem(atPath: old)
    }

    /// A new folder with a unique name starting with `prefix` (`mkdtemp`).
    static func temporaryFolder(_ prefix: String, for display: String) throws(Failure) -> String {
        var template = Array((prefix + "XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw Failure(path: display, reason: "cannot create a folder beside it: \(String(cString: strerror(errno)))")
        }
        return String(cString: made)
    }

    /// Removes the staging and old folders a killed build left beside the output (the caller
    /// holds the lock, so no running build owns them).
    static func removeLeftovers(of name: String, in parent: String) {
        let prefixes = ["." + name + ".glasshouse-new", "." + name + ".glasshouse-old"]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        where prefixes.contains(where: { entry == $0 || entry.hasPrefix($0 + "-") }) {
            try? FileManager.default.removeItem(atPath: parent + "/" + entry)
        }
    }

    static func checkRelative(_ path: String) throws(Failure) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
            throw Failure(path: path, reason: "refusing to write outside the output folder")
        }
    }
}
