import Foundation
import GlasshouseCore
#if canImport(Glibc)
import Glibc
private let posixWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let posixWrite = Darwin.write
#endif

/// Writes a generated site atomically (site.md §2): every file goes into a new folder beside the
/// output folder, which replaces the output folder only once all of it is written. A failure at
/// any point leaves the previous site exactly as it was. Nothing is written outside these folders.
public enum SiteWriter {
    /// A write that could not be done; the previous site is untouched.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// A file every site holds; its presence tells an earlier Glasshouse site from another folder.
    public static let marker = "data/index.json"

    public static func write(_ files: [OutputFile], to output: String) throws(Failure) {
        let manager = FileManager.default
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL
        let parent = outputURL.deletingLastPathComponent().path
        let name = outputURL.lastPathComponent
        guard !name.isEmpty, name != "/", name != "..", outputURL.path != "/" else {
            throw Failure(path: output, reason: "not a folder Glasshouse can replace")
        }
        try refuseForeignFolder(outputURL.path)
        let staging = parent + "/." + name + ".glasshouse-new"
        let retired = parent + "/." + name + ".glasshouse-old"
        try? manager.removeItem(atPath: staging)
        try? manager.removeItem(atPath: retired)
        do {
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            var created: Set<String> = []
            for file in files {
                try checkRelative(file.path)
                let folder = ((staging + "/" + file.path) as NSString).deletingLastPathComponent
                if created.insert(folder).inserted {
                    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
            }
            // Folders exist; the files are independent, so write them on every core.
            let failed = Parallel.map(files) { file in
                let written = if let source = file.source {
                    SourceCopy.copy(source, to: staging + "/" + file.path)
                } else {
                    Self.writeFile(staging + "/" + file.path, file.bytes)
                }
                return written ? nil : file.path
            }
            if let path = failed.compactMap({ $0 }).first {
                throw Failure(path: output + "/" + path, reason: "cannot write the file")
            }
        } catch {
            try? manager.removeItem(atPath: staging)
            if let failure = error as? Failure { throw failure }
            throw Failure(path: output, reason: "cannot write the new site: \(error.localizedDescription)")
        }
        try swap(staging: staging, output: outputURL.path, retired: retired)
    }

    /// Creates (or truncates) a file and writes its bytes with plain POSIX calls: the staging
    /// folder is new, so the temp-file-and-rename that `FileManager` does per file is not needed.
    static func writeFile(_ path: String, _ bytes: [UInt8]) -> Bool {
        let descriptor = open(path, O_CREAT | O_WRONLY | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { posixWrite(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }

    /// Moves the new site into place, carrying over the old folder's hidden files (`.git`,
    /// `.gitignore`): they belong to whoever owns the folder, not to the site.
    private static func swap(staging: String, output: String, retired: String) throws(Failure) {
        let manager = FileManager.default
        let hadOutput = manager.fileExists(atPath: output)
        do {
            if hadOutput { try manager.moveItem(atPath: output, toPath: retired) }
        } catch {
            try? manager.removeItem(atPath: staging)
            throw Failure(path: output, reason: "cannot move the previous site aside: \(error.localizedDescription)")
        }
        do {
            try manager.moveItem(atPath: staging, toPath: output)
        } catch {
            if hadOutput { try? manager.moveItem(atPath: retired, toPath: output) }
            try? manager.removeItem(atPath: staging)
            throw Failure(path: output, reason: "cannot move the new site into place: \(error.localizedDescription)")
        }
        if hadOutput {
            for name in (try? manager.contentsOfDirectory(atPath: retired)) ?? [] where name.hasPrefix(".") {
                try? manager.moveItem(atPath: retired + "/" + name, toPath: output + "/" + name)
            }
            try? manager.removeItem(atPath: retired)
        }
    }

    /// Refuses to replace a folder that holds anything but hidden files and is not a Glasshouse site.
    static func refuseForeignFolder(_ path: String) throws(Failure) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: path) else { return }
        let visible = names.filter { !$0.hasPrefix(".") }
        if !visible.isEmpty, !manager.fileExists(atPath: path + "/" + marker) {
            throw Failure(path: path, reason: "the folder exists and is not a Glasshouse site (no \(marker)); refusing to replace it")
        }
    }

    static func checkRelative(_ path: String) throws(Failure) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
            throw Failure(path: path, reason: "refusing to write outside the output folder")
        }
    }
}
