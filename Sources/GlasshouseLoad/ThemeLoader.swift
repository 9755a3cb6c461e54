import Foundation
import GlasshouseCore

/// A theme's files as read: templates by name and assets by path, the chosen theme's files over
/// the default theme's (site.md §3: a theme may override any subset of the default's files).
public struct ThemeFiles: Sendable {
    /// Template name (file name without `.mustache`) → template text.
    public var templates: [String: String] = [:]
    /// Template name → the file it came from, for messages.
    public var templateFiles: [String: String] = [:]
    /// Asset path below `assets/` → bytes, sorted by path when written.
    public var assets: [String: [UInt8]] = [:]

    public init() {}
}

/// Reads a theme in layers, each overriding any subset of the files below it: the default theme
/// built into the binary (`BundledTheme`), then `default/` of each themes folder on disk, then
/// `NAME/` of each themes folder. Themes folders are looked up by `themeFolders`.
public enum ThemeLoader {
    /// How the built-in default theme's files are named in messages.
    public static let bundledDisplay = "(built-in theme)"

    /// The themes folders to use, highest precedence first: `explicit` (`--themes`) alone when
    /// given; otherwise `Themes/` beside the content folder, then `Themes/` in the current folder,
    /// those that exist, each once.
    public static func themeFolders(explicit: String?, content: String) -> [String] {
        if let explicit { return [explicit] }
        let besideContent = URL(fileURLWithPath: content).standardizedFileURL.deletingLastPathComponent().appendingPathComponent("Themes").path
        var seen: Set<String> = []
        var folders: [String] = []
        for candidate in [besideContent, "Themes"] {
            guard let folder = SourceFolder(path: candidate), seen.insert(folder.realRoot).inserted else { continue }
            folders.append(candidate)
        }
        return folders
    }

    /// Whether a theme named `name` exists: `default` always (it is built in), any other as a
    /// folder in one of `folders`.
    public static func exists(_ name: String, in folders: [String]) -> Bool {
        name == "default" || folders.contains { SourceFolder(path: $0 + "/" + name) != nil }
    }

    /// The built-in default theme's files: path below the theme folder → bytes.
    public static func bundledFiles() -> [String: [UInt8]] {
        BundledTheme.files.mapValues { [UInt8](Data(base64Encoded: $0) ?? Data()) }
    }

    /// Loads theme `name` from `folders` (highest precedence first) over the built-in default.
    public static func load(folders: [String], name: String) throws(ContentErrors) -> ThemeFiles {
        var diagnostics = Diagnostics()
        var files = ThemeFiles()
        for (path, bytes) in bundledFiles().sorted(by: { $0.key < $1.key }) {
            add(path, bytes: bytes, display: bundledDisplay + "/" + path, to: &files, diagnostics: &diagnostics)
        }
        let layers = name == "default" ? ["default"] : ["default", name]
        for layer in layers {
            let found = folders.reversed().compactMap { SourceFolder(path: $0 + "/" + layer) }
            if found.isEmpty, layer != "default" {
                diagnostics.error(folders.first.map { $0 + "/" + layer } ?? layer, field: "theme", "theme folder \"\(layer)\" not found")
            }
            for folder in found {
                for path in folder.listFiles(diagnostics: &diagnostics) {
                    do {
                        add(path, bytes: try folder.read(path), display: folder.display(path), to: &files, diagnostics: &diagnostics)
                    } catch {
                        diagnostics.error(error.path, error.reason)
                    }
                }
            }
        }
        if diagnostics.hasErrors { throw ContentErrors(diagnostics.sorted) }
        return files
    }

    /// Adds one theme file (`templates/*.mustache` or `assets/**`), replacing a lower layer's.
    private static func add(_ path: String, bytes: [UInt8], display: String, to files: inout ThemeFiles, diagnostics: inout Diagnostics) {
        if path.hasPrefix("templates/"), path.hasSuffix(".mustache") {
            let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
            guard let text = String(validating: body, as: UTF8.self) else {
                diagnostics.error(display, "the file is not valid UTF-8")
                return
            }
            files.templates[name] = text
            files.templateFiles[name] = display
        } else if path.hasPrefix("assets/") {
            files.assets[String(path.dropFirst("assets/".count))] = bytes
        } else {
            diagnostics.warning(display, "unknown theme file, ignored (themes hold templates/*.mustache and assets/)")
        }
    }
}
