/// Everything loaded from the content folder, validated: the input of the compute stage.
public struct Content: Sendable {
    public var config: SiteConfig
    /// The DORA benchmark named by `dora.benchmark`, built in or loaded from its file.
    public var benchmark: Benchmark
    /// nil without org.yaml: every team then sits directly under the org, named by the site title.
    public var org: Org?
    /// Sorted by id.
    public var teams: [Team]
    /// `notes/*.md`, sorted by path.
    public var orgNotes: [MarkdownSource]
    /// `pages/*.md`, sorted by path.
    public var pages: [MarkdownSource]
    /// FOCUS rows that no team claims (content.md §7.2), shown as their own line.
    public var unallocatedCosts: [CostRow] = []
    /// `static/**`, hidden files included, with paths relative to the site root; copied as is.
    public var staticFiles: [OutputFile] = []
    /// Warnings found while loading (errors stop the build before a Content exists).
    public var warnings: [Diagnostic]

    public init(
        config: SiteConfig, benchmark: Benchmark = .dora2023, org: Org?, teams: [Team], orgNotes: [MarkdownSource], pages: [MarkdownSource],
        warnings: [Diagnostic]
    ) {
        (self.config, self.benchmark, self.org, self.teams, self.orgNotes, self.pages) = (config, benchmark, org, teams, orgNotes, pages)
        self.warnings = warnings
    }

    /// The org's display name: org.yaml `name`, else the site title.
    public var orgName: String { org?.name ?? config.title }
}
