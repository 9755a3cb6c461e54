/// What a Markdown file's YAML front matter says (content.md §9).
public struct FrontMatter: Sendable, Hashable {
    public var title: String?
    public var date: Day?
    public var incident: String?
    public var author: String?
    public init(title: String? = nil, date: Day? = nil, incident: String? = nil, author: String? = nil) {
        (self.title, self.date, self.incident, self.author) = (title, date, incident, author)
    }
}

/// A Markdown file as loaded: where it lives, its front matter and its body (not yet rendered).
public struct MarkdownSource: Sendable, Hashable {
    /// Path relative to the content folder, e.g. `teams/payments/notes/q3-review.md`.
    public var path: String
    /// The file name without `.md`; the last part of its page's path.
    public var slug: String
    public var frontMatter: FrontMatter
    public var body: String

    public init(path: String, slug: String, frontMatter: FrontMatter, body: String) {
        (self.path, self.slug, self.frontMatter, self.body) = (path, slug, frontMatter, body)
    }
}
