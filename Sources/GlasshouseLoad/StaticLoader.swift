import Foundation
import GlasshouseCore

/// Reads `static/` (content.md §1): every file below it, hidden ones included (`.nojekyll`,
/// `.well-known/`), to be copied as is to the site root. A symbolic link that leads out of the
/// content folder is refused as everywhere else; one to a folder inside is not followed (a warning).
public enum StaticLoader {
    /// The folder below the content folder.
    public static let folder = "static"

    /// The files, with paths relative to the site root, sorted by path.
    static func load(from content: SourceFolder, diagnostics: inout Diagnostics) -> [OutputFile] {
        let manager = FileManager.default
        var files: [OutputFile] = []
        var pending = [folder]
        while let relative = pending.popLast() {
            guard let names = try? manager.contentsOfDirectory(atPath: content.realRoot + "/" + relative) else { continue }
            for name in names {
                let path = relative + "/" + name
                let full = content.realRoot + "/" + path
                guard let attributes = try? manager.attributesOfItem(atPath: full) else { continue }
                var isDirectory = attributes[.type] as? FileAttributeType == .typeDirectory
                if attributes[.type] as? FileAttributeType == .typeSymbolicLink {
                    // Links with no hidden part are reported by `SourceFolder.listFiles` already.
                    let reported = !path.split(separator: "/").contains { $0.hasPrefix(".") }
                    guard let target = realPath(full), target.hasPrefix(content.realRoot + "/") else {
                        if !reported { diagnostics.error(content.display(path), "symbolic link leads outside \(content.displayRoot); refused") }
                        continue
                    }
                    var targetIsDirectory: ObjCBool = false
                    _ = manager.fileExists(atPath: target, isDirectory: &targetIsDirectory)
                    if targetIsDirectory.boolValue {
                        if !reported { diagnostics.warning(content.display(path), "symbolic link to a folder is not followed") }
                        continue
                    }
                    isDirectory = false
                }
                if isDirectory {
                    pending.append(path)
                    continue
                }
                do {
                    files.append(OutputFile(path: String(path.dropFirst(folder.count + 1)), bytes: try content.read(path)))
                } catch {
                    diagnostics.error(error.path, error.reason)
                }
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
