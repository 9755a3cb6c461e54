import Foundation
import GlasshouseCore

/// The content's published Markdown files, each rendered once for the page it becomes, with
/// relative links between Markdown files rewritten to those pages (content.md §9).
public struct MarkdownCatalog: Sendable {
    /// Content path of each published Markdown file → its page path.
    let pages: [String: String]
    /// Content path → rendered HTML and first heading.
    let rendered: [String: MarkdownRenderer.Rendered]
    let renderer: MarkdownRenderer
    /// Content path → the Markdown text it was rendered from, for reuse by the next build.
    let bodies: [String: String]
    /// Content paths whose HTML or first heading differs from the `reusing` catalog's, or that it
    /// did not have (every path without one): the pages showing them must be rendered again.
    public let changed: Set<String>

    /// `reusing`: an earlier build's catalog; a file whose text is unchanged keeps its HTML when
    /// the set of published files is the same (links between them resolve alike).
    public init(sources: [MarkdownSource], unsafeHTML: Bool, reusing previous: MarkdownCatalog? = nil) {
        let pages = Dictionary(
            uniqueKeysWithValues: sources.compactMap { source in
                OutputPaths.page(forMarkdown: source.path).map { (source.path, $0) }
            })
        let renderer = MarkdownRenderer(unsafeHTML: unsafeHTML)
        var rendered: [String: MarkdownRenderer.Rendered] = [:]
        var bodies: [String: String] = [:]
        var changed: Set<String> = []
        let reusable = previous.flatMap { $0.pages == pages && $0.renderer.unsafeHTML == unsafeHTML ? $0 : nil }
        for source in sources {
            guard let pagePath = pages[source.path] else { continue }
            bodies[source.path] = source.body
            if let reusable, reusable.bodies[source.path] == source.body, let html = reusable.rendered[source.path] {
                rendered[source.path] = html
                continue
            }
            let html = renderer.render(source.body) { url in
                guard let target = Self.resolve(url, against: source.path), let page = pages[target.path] else { return nil }
                return OutputPaths.relative(from: pagePath, to: page) + target.suffix
            }
            rendered[source.path] = html
            if previous?.rendered[source.path] != html { changed.insert(source.path) }
        }
        self.pages = pages
        self.rendered = rendered
        self.renderer = renderer
        self.bodies = bodies
        self.changed = changed
    }

    /// The HTML of a published Markdown file.
    public func html(_ source: MarkdownSource) -> String { MarkdownRenderer.labelTaskItems(rendered[source.path]?.html ?? "") }

    /// Front matter title, else the first heading, else the file name (content.md §9).
    public func title(_ source: MarkdownSource) -> String {
        if let title = source.frontMatter.title { return title }
        if let heading = rendered[source.path]?.firstHeading, !heading.isEmpty { return heading }
        return source.slug
    }

    /// Renders Markdown that is not a file of its own (a unit's description).
    public func render(fragment markdown: String) -> MarkdownRenderer.Rendered {
        var result = renderer.render(markdown)
        result.html = MarkdownRenderer.labelTaskItems(result.html)
        return result
    }

    /// Resolves a relative URL found in the file at `base` to a content-relative path plus its
    /// `?query#fragment` suffix; nil for fragments alone, absolute paths or paths leaving the folder.
    static func resolve(_ url: String, against base: String) -> (path: String, suffix: String)? {
        let cut = url.firstIndex(where: { $0 == "#" || $0 == "?" }) ?? url.endIndex
        let path = url[..<cut]
        guard !path.isEmpty, !path.hasPrefix("/") else { return nil }
        var parts = base.split(separator: "/").dropLast().map(String.init)
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part).removingPercentEncoding ?? String(part))
            }
        }
        return (parts.joined(separator: "/"), String(url[cut...]))
    }
}
