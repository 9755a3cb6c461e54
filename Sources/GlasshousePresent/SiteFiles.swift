import GlasshouseCompute
import GlasshouseCore

/// The present stage as one call: the whole site as files, no I/O. In this order: the pages with
/// the sitemap and feed (when there is a theme), the theme's assets, the JSON export with its
/// schemas and the teams' raw files for download, then the content's static files.
public struct SiteFiles: Sendable {
    /// What an earlier build rendered that this one may reuse (`glasshouse serve`, `BuildCache`).
    public struct Reuse: Sendable {
        public var catalog: MarkdownCatalog?
        /// Pages of teams whose inputs did not change, by team id.
        public var teamPages: [String: [OutputFile]]
        /// JSON files of teams whose inputs did not change, by team id.
        public var teamExports: [String: OutputFile]
        /// Site-wide pages and JSON files whose inputs did not change, by path.
        public var other: [String: OutputFile]
        /// The theme's templates as the last build compiled them, while they are unchanged.
        public var templates: TemplateSet?

        public init(
            catalog: MarkdownCatalog? = nil, teamPages: [String: [OutputFile]] = [:], teamExports: [String: OutputFile] = [:],
            other: [String: OutputFile] = [:], templates: TemplateSet? = nil
        ) {
            (self.templates, self.catalog, self.teamPages, self.teamExports, self.other) = (templates, catalog, teamPages, teamExports, other)
        }
    }

    /// Every file of the site; when a sink wrote them (`glasshouse build`), their paths only.
    public let files: [OutputFile]
    /// How many of `files` are pages (the sitemap and feed included).
    public let pages: Int
    /// What the next build may reuse: the Markdown rendered (nil without a theme) and each team's pages.
    public let catalog: MarkdownCatalog?
    public let teamPages: [String: [OutputFile]]
    /// The compiled templates the pages were rendered with (nil without a theme).
    public let templates: TemplateSet?

    /// Presents the site. `content` is the content as it stood at the end of the as-of day (site
    /// settings, org notes, pages, static files); teams come from `publication` only; `theme` nil (validating a content repository whose theme lives elsewhere) renders no pages
    /// and no assets. `staticFolder` names the content's `static/` folder in messages.
    /// Throws every content error at once: a template that does not parse or render, a static
    /// file that would replace or enclose a generated one.
    /// Hands the files to `sink` as they are produced, group by group, and keeps what it returns.
    public init(
        content: Content, publication: Publication, figures: SiteFigures, asOf: AsOf, theme: (any ThemeSource)?, assets: [String: [UInt8]],
        generator: String, staticFolder: String, reusing reuse: Reuse = Reuse(), into sink: any OutputSink = InMemorySink()
    ) throws(ContentErrors) {
        var files: [OutputFile] = []
        var teamPages: [String: [OutputFile]] = [:]
        var catalog: MarkdownCatalog?
        var templates: TemplateSet?
        var pages = 0
        if let theme {
            let compiled: TemplateSet
            if let kept = reuse.templates { compiled = kept } else { compiled = try TemplateSet(theme: theme) }
            templates = compiled
            let presenter = SitePresenter(
                content: content, publication: publication, figures: figures, asOf: asOf, templates: compiled,
                generator: generator, previousCatalog: reuse.catalog)
            do {
                (files, teamPages) = try presenter.pages(reusing: reuse.teamPages, other: reuse.other, into: sink)
            } catch {
                throw ContentErrors([Diagnostic(.error, file: error.file, field: "template", message: error.message)])
            }
            catalog = presenter.catalog
            pages = files.count
            files += sink.take(assets.keys.sorted().map { OutputFile(path: OutputPaths.asset($0), bytes: assets[$0]!) })
        }
        self.pages = pages
        files += DataExport.files(
            content: content, publication: publication, figures: figures, reusing: reuse.teamExports, other: reuse.other, into: sink)
        files += sink.take(try Self.checked(content.staticFiles, besides: files, folder: staticFolder))
        self.files = files
        self.catalog = catalog
        self.teamPages = teamPages
        self.templates = templates
    }

    /// The files of `static/`, refused when one would replace a generated file (or the output
    /// marker), stand where the site has a folder, or put a folder where the site has a file.
    static func checked(_ files: [OutputFile], besides generated: [OutputFile], folder: String) throws(ContentErrors) -> [OutputFile] {
        guard !files.isEmpty else { return [] }
        let occupied = OutputPaths.Occupied(generated: generated.map(\.path))
        var diagnostics = Diagnostics()
        for file in files {
            if let conflict = occupied.conflict(file.path) { diagnostics.error(folder + "/" + file.path, conflict) }
        }
        if diagnostics.hasErrors { throw ContentErrors(diagnostics.sorted) }
        return files
    }
}
