import Foundation
import GlasshouseCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The rules of site.md §2 "Never destructive": which folder a build may replace. Only a missing
/// folder, an empty one (hidden files such as `.git` allowed; they are kept) or a site Glasshouse
/// wrote — it holds the marker file — is replaced. A regular file, a folder with other files, and
/// the content or theme folders, a folder inside them or a folder around them are refused.
public enum OutputFolder {
    /// The file every site holds; its presence tells a Glasshouse site from any other folder. It
    /// also lists the hidden files the site itself wrote (from `static/`), so that they are not
    /// taken for the owner's files (kept across builds) once a later site no longer has them.
    public static let marker = OutputPaths.marker

    /// The marker's bytes for a site holding `paths` (deterministic).
    public static func markerText(for paths: [String]) -> String {
        let hidden = paths.filter { $0 != marker && isHidden($0) }.sorted()
        return "Written by Glasshouse: every build replaces this folder (its own hidden files excepted).\n"
            + hidden.map { "wrote: \($0)\n" }.joined()
    }

    /// Whether a part of `path` starts with a dot: the path does, or a dot follows a slash
    /// (a byte scan: the marker asks this of every file of the site).
    static func isHidden(_ path: String) -> Bool {
        var previous = UInt8(ascii: "/")
        for byte in path.utf8 {
            if byte == UInt8(ascii: "."), previous == UInt8(ascii: "/") { return true }
            previous = byte
        }
        return false
    }

    /// The hidden files (paths) the site in `folder` wrote itself, read from its marker.
    static func writtenHiddenPaths(in folder: String) -> Set<String> {
        guard let data = POSIXIO.readFile(folder + "/" + marker) else { return [] }
        return Set(
            String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
                line.hasPrefix("wrote: ") ? String(line.dropFirst("wrote: ".count)) : nil
            })
    }

    /// The hidden top-level names the site in `folder` wrote itself (`.nojekyll`, `.well-known`).
    static func writtenHiddenNames(in folder: String) -> Set<String> {
        Set(
            writtenHiddenPaths(in: folder).compactMap { path in
                path.split(separator: "/").first.flatMap { $0.hasPrefix(".") ? String($0) : nil }
            })
    }

    /// Why an output folder was refused (a usage error, exit 2); nothing was touched.
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "--output \(path): \(reason)" }
    }

    /// Checks that `output` may be replaced, and returns its absolute path with symbolic links
    /// resolved (the folder that will actually be replaced). `sources` are the folders the build
    /// reads (content, themes): the output may be none of them, inside none and around none.
    public static func check(_ output: String, sources: [String]) throws(Refusal) -> String {
        guard let resolved = resolve(output) else {
            throw Refusal(path: output, reason: "cannot resolve the path")
        }
        guard resolved != "/", !URL(fileURLWithPath: resolved).lastPathComponent.isEmpty else {
            throw Refusal(path: output, reason: "not a folder Glasshouse can replace")
        }
        for source in sources {
            guard let real = resolve(source) else { continue }
            if resolved == real {
                throw Refusal(path: output, reason: "is the folder the build reads (\(source)); choose a separate output folder")
            }
            if resolved.hasPrefix(real + "/") {
                throw Refusal(path: output, reason: "lies inside \(source), which the build reads; choose a folder outside it")
            }
            if real.hasPrefix(resolved + "/") || resolved == "/" {
                throw Refusal(path: output, reason: "contains \(source), which the build reads; replacing it would delete it")
            }
        }
        var status = stat()
        guard lstat(resolved, &status) == 0 else { return resolved }  // missing: created by the build
        guard status.st_mode & S_IFMT == S_IFDIR else {
            throw Refusal(path: output, reason: "exists and is not a folder; refusing to replace it")
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: resolved) else {
            throw Refusal(path: output, reason: "the folder cannot be read")
        }
        let visible = names.filter { !$0.hasPrefix(".") }
        if !visible.isEmpty, !names.contains(marker), !isEarlierSite(resolved) {
            throw Refusal(
                path: output,
                reason:
                    "the folder holds other files and is not a site Glasshouse wrote (no \(marker)); refusing to replace it — choose an empty or missing folder"
            )
        }
        return resolved
    }

    /// A site written by a Glasshouse from before the marker: its `data/index.json` declares the
    /// Glasshouse index schema. Replaced like a marked site (the next build adds the marker).
    static func isEarlierSite(_ folder: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: folder + "/" + OutputPaths.dataIndex) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 200), as: UTF8.self)
        return head.contains("\"schema\": \"glasshouse/index@")
    }

    /// The absolute path with every existing symbolic link resolved; a missing tail is kept as is.
    static func resolve(_ path: String) -> String? {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var head = absolute
        var tail: [String] = []
        while true {
            if let real = realPath(head) {
                return ([real == "/" ? "" : real] + tail.reversed()).joined(separator: "/").nonEmpty ?? "/"
            }
            let url = URL(fileURLWithPath: head)
            guard head != "/", !head.isEmpty else { return nil }
            tail.append(url.lastPathComponent)
            head = url.deletingLastPathComponent().path
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

extension String {
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
