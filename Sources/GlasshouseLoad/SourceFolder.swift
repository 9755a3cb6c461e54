import Foundation
import GlasshouseCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder Glasshouse reads from (the content folder, a theme): the only place the load stage
/// touches the file system. Every path it hands out is relative to the folder, and nothing outside
/// the folder is read: a symbolic link that leads out is refused.
public struct SourceFolder: Sendable {
    /// The folder as the user named it, used in messages (`Content/teams/payments/team.yaml`).
    public let displayRoot: String
    /// The folder's real absolute path, symbolic links resolved.
    public let realRoot: String

    /// Fails when the folder does not exist or is not a folder.
    public init?(path: String) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
            let real = Self.realPath(path)
        else { return nil }
        displayRoot = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        realRoot = real
    }

    /// The same folder shown to the user under another name (tests, relative display paths).
    public init(displayRoot: String, of folder: SourceFolder) {
        self.displayRoot = displayRoot
        realRoot = folder.realRoot
    }

    /// The path to show the user for `relative`.
    public func display(_ relative: String) -> String {
        relative.isEmpty ? displayRoot : displayRoot + "/" + relative
    }

    /// Every regular file below the folder, relative and sorted. Hidden files and folders
    /// (`.git`, `.DS_Store`) are skipped. A symbolic link that leads out of the folder is an error;
    /// one to a folder inside is not followed (a warning), one to a file inside is listed.
    /// The walk reads folders with `readdir` and asks `lstat` only when the entry's type is not
    /// given: `glasshouse serve` lists a 1,000-team folder (10,000 files) on every rebuild.
    public func listFiles(under relative: String = "", diagnostics: inout Diagnostics) -> [String] {
        var files: [String] = []
        var pending = [relative]
        while let folder = pending.popLast() {
            guard let directory = opendir(absolute(folder)) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                if name.hasPrefix(".") { continue }
                let path = folder.isEmpty ? name : folder + "/" + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    var info = stat()
                    guard lstat(absolute(path), &info) == 0 else { continue }
                    type = info.st_mode & S_IFMT == S_IFDIR ? Int32(DT_DIR) : info.st_mode & S_IFMT == S_IFLNK ? Int32(DT_LNK) : Int32(DT_REG)
                }
                if type == Int32(DT_LNK) {
                    let full = absolute(path)
                    guard let target = Self.realPath(full), contains(real: target) else {
                        diagnostics.error(display(path), "symbolic link leads outside \(displayRoot); refused")
                        continue
                    }
                    var info = stat()
                    if stat(target, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
                        diagnostics.warning(display(path), "symbolic link to a folder is not followed")
                        continue
                    }
                    files.append(path)
                } else if type == Int32(DT_DIR) {
                    pending.append(path)
                } else {
                    files.append(path)
                }
            }
        }
        return files.sorted()
    }

    /// The hidden folders (`.name`) directly inside the folder at `relative`, sorted: `listFiles`
    /// skips them, and where a folder name is meaningful (team folders) the loader warns.
    public func hiddenFolders(in relative: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: absolute(relative)) else { return [] }
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return name.hasPrefix(".") && FileManager.default.fileExists(atPath: absolute(relative + "/" + name), isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
    }

    /// The bytes of the file at `relative`; refuses paths that resolve outside the folder.
    public func read(_ relative: String) throws(ReadFailure) -> [UInt8] {
        let real = try source(relative).path
        guard let bytes = POSIXIO.readFile(real) else {
            throw ReadFailure(path: display(relative), reason: "the file cannot be read")
        }
        return bytes
    }

    /// The real path and size of the file at `relative`, for reading it in chunks rather than
    /// whole; refuses paths that resolve outside the folder.
    public func source(_ relative: String) throws(ReadFailure) -> OutputFile.Source {
        guard let real = Self.realPath(absolute(relative)), contains(real: real) else {
            throw ReadFailure(path: display(relative), reason: "the path leads outside \(displayRoot)")
        }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: real), let size = (attributes[.size] as? NSNumber)?.intValue else {
            throw ReadFailure(path: display(relative), reason: "the file cannot be read")
        }
        return OutputFile.Source(path: real, size: size)
    }

    /// The file as UTF-8 text, BOM removed; reports unreadable or non-UTF-8 files.
    public func readText(_ relative: String, diagnostics: inout Diagnostics) -> String? {
        guard let bytes = read(relative, diagnostics: &diagnostics) else { return nil }
        return text(of: bytes, at: relative, diagnostics: &diagnostics)
    }

    /// The file's bytes; nil with a diagnostic when it cannot be read.
    public func read(_ relative: String, diagnostics: inout Diagnostics) -> [UInt8]? {
        do {
            return try read(relative)
        } catch {
            diagnostics.error(error.path, error.reason)
            return nil
        }
    }

    /// The bytes read from `relative` as UTF-8 text, BOM removed; reports (`TextCheck`) bytes that
    /// are not UTF-8 and characters XML forbids, with their line.
    public func text(of bytes: [UInt8], at relative: String, diagnostics: inout Diagnostics) -> String? {
        guard isText(bytes, at: relative, diagnostics: &diagnostics) else { return nil }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        return String(decoding: body, as: UTF8.self)
    }

    /// The bytes of the content text file at `relative` (a CSV read as bytes), checked like `text(of:)`;
    /// nil with a diagnostic when it cannot be read or fails the check.
    public func readCheckedText(_ relative: String, diagnostics: inout Diagnostics) -> [UInt8]? {
        guard let bytes = read(relative, diagnostics: &diagnostics) else { return nil }
        return isText(bytes, at: relative, diagnostics: &diagnostics) ? bytes : nil
    }

    /// The real path and size of the content text file at `relative`, checked like `text(of:)` a
    /// chunk at a time (for large data files that are streamed, never held whole); nil with a
    /// diagnostic when it cannot be read or fails the check.
    public func checkedSource(_ relative: String, diagnostics: inout Diagnostics) -> OutputFile.Source? {
        source(relative, diagnostics: &diagnostics).flatMap { checked($0, relative, diagnostics: &diagnostics) }
    }

    /// `source(_:)`, with its failure as a diagnostic.
    private func source(_ relative: String, diagnostics: inout Diagnostics) -> OutputFile.Source? {
        do {
            return try source(relative)
        } catch {
            diagnostics.error(error.path, error.reason)
            return nil
        }
    }

    /// `checkedSource`, and the file's bytes when it has at most `limit` of them: a small file is
    /// read once, whole, and parsed from memory (one read instead of one to check, one to count
    /// lines and one to parse, each with its own buffer); a larger one is streamed as before.
    public func checkedData(_ relative: String, wholeUpTo limit: Int, diagnostics: inout Diagnostics) -> (source: OutputFile.Source, bytes: [UInt8]?)? {
        guard let source = source(relative, diagnostics: &diagnostics) else { return nil }
        guard source.size <= limit else { return checked(source, relative, diagnostics: &diagnostics).map { ($0, nil) } }
        guard let bytes = POSIXIO.readFile(source.path) else {
            diagnostics.error(display(relative), "the file cannot be read")
            return nil
        }
        return isText(bytes, at: relative, diagnostics: &diagnostics) ? (source, bytes) : nil
    }

    /// `source` checked a chunk at a time.
    private func checked(_ source: OutputFile.Source, _ relative: String, diagnostics: inout Diagnostics) -> OutputFile.Source? {
        guard let file = CSVFile(path: source.path, chunkSize: 1 << 20) else {
            diagnostics.error(display(relative), "the file cannot be read")
            return nil
        }
        var check = StreamedTextCheck()
        var chunk: [UInt8] = []
        chunk.reserveCapacity(1 << 20)
        while true {
            guard let count = file.read(appendingTo: &chunk) else {
                diagnostics.error(display(relative), "the file cannot be read")
                return nil
            }
            if count == 0 { break }
            check.feed(chunk[...])
            chunk.removeAll(keepingCapacity: true)
        }
        check.finish()
        if let problem = check.problem {
            diagnostics.error(display(relative), line: problem.line, problem.message)
            return nil
        }
        return source
    }

    private func isText(_ bytes: [UInt8], at relative: String, diagnostics: inout Diagnostics) -> Bool {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        guard let problem = TextCheck.problem(in: body) else { return true }
        diagnostics.error(display(relative), line: problem.line, problem.message)
        return false
    }

    private func absolute(_ relative: String) -> String {
        relative.isEmpty ? realRoot : realRoot + "/" + relative
    }

    private func contains(real path: String) -> Bool {
        path == realRoot || path.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/")
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// A file that could not be read.
public struct ReadFailure: Error, Sendable {
    public let path: String
    public let reason: String
}
