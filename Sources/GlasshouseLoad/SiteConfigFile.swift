import GlasshouseCore

/// Reads only the site.yaml of a content folder (content.md §2), for commands that need the site's
/// settings but none of its data (`glasshouse sql`).
public enum SiteConfigFile {
    /// The validated settings, defaults applied; every problem of site.yaml as content errors.
    public static func load(from folder: SourceFolder) throws(ContentErrors) -> SiteConfig {
        var diagnostics = Diagnostics()
        guard let text = folder.readText("site.yaml", diagnostics: &diagnostics),
              let config = SiteConfigLoader.load(text, file: folder.display("site.yaml"), diagnostics: &diagnostics),
              !diagnostics.hasErrors
        else {
            if !diagnostics.hasErrors {
                diagnostics.error(folder.display("site.yaml"), "site.yaml could not be read")
            }
            throw ContentErrors(diagnostics.sorted)
        }
        return config
    }
}
