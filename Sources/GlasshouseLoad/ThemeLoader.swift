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

/// Reads `Themes/NAME/templates/*.mustache` and `Themes/NAME/assets/**` with fallback to `default`.
public enum ThemeLoader {
    public static func load(themesRoot: String, name: String) throws(ContentErrors) -> ThemeFiles {
        var diagnostics = Diagnostics()
        var files = ThemeFiles()
        let layers = name == "default" ? ["default"] : ["default", name]
        for layer in layers {
            guard let folder = SourceFolder(path: themesRoot + "/" + layer) else {
                diagnostics.error(themesRoot + "/" + layer, field: "theme", "theme folder \"\(layer)\" not found")
                continue
            }
            for path in folder.listFiles(diagnostics: &diagnostics) {
                if path.hasPrefix("templates/"), path.hasSuffix(".mustache") {
                    let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
                    guard let text = folder.readText(path, diagnostics: &diagnostics) else { continue }
                    files.templates[name] = text
                    files.templateFiles[name] = folder.display(path)
                } else if path.hasPrefix("assets/") {
                    do {
                        files.assets[String(path.dropFirst("assets/".count))] = try folder.read(path)
                    } catch {
                        diagnostics.error(error.path, error.reason)
                    }
                } else {
                    diagnostics.warning(folder.display(path), "unknown theme file, ignored (themes hold templates/*.mustache and assets/)")
                }
            }
        }
        if diagnostics.hasErrors { throw ContentErrors(diagnostics.sorted) }
        return files
    }
}
