/// Where each kind of page lives in the output (site.md §3), as paths relative to the site root.
public enum SitePaths {
    public static let feed = "feed.xml"
    public static let sitemap = "sitemap.xml"
    /// The folder of the theme's assets.
    public static let assets = "assets"

    /// Top-level names the generator writes itself (the first component of every path above), and
    /// the stems `index`, `feed`, `sitemap`: a free page cannot take them. Lower-case; compare with
    /// `isReserved`, which ignores case (macOS and Windows file systems do).
    public static let reserved: Set<String> = {
        let generated = [org, feed, sitemap, dataGuide, assets, unit("u"), team("t"), orgNote("n"), postmortems, methodology, quality]
        return Set(generated.map { String($0.split(separator: "/")[0]) }).union(["index", "feed", "sitemap"])
    }()

    /// Whether a top-level name (a free page's slug) is one the generator uses, ignoring case.
    public static func isReserved(_ name: String) -> Bool { reserved.contains(name.lowercased()) }

    public static let org = "index.html"
    public static func unit(_ id: String) -> String { "units/\(id)/index.html" }
    public static func team(_ id: String) -> String { "teams/\(id)/index.html" }
    public static func teamNote(_ team: String, _ slug: String) -> String { "teams/\(team)/notes/\(slug)/index.html" }
    public static func teamPostmortem(_ team: String, _ slug: String) -> String { "teams/\(team)/postmortems/\(slug)/index.html" }
    public static func orgNote(_ slug: String) -> String { "notes/\(slug)/index.html" }
    public static func page(_ slug: String) -> String { "\(slug)/index.html" }
    public static let postmortems = "postmortems/index.html"
    public static let notes = "notes/index.html"
    public static let methodology = "methodology/index.html"
    public static let quality = "quality/index.html"
    /// The guide to the JSON export for dashboard builders.
    public static let dataGuide = "data/index.html"

    /// The output page of a Markdown file of the content folder (by its content-relative path),
    /// nil for Markdown that does not become a page of its own.
    public static func page(forMarkdown path: String) -> String? {
        let parts = path.split(separator: "/").map(String.init)
        guard let file = parts.last, file.hasSuffix(".md") else { return nil }
        let slug = String(file.dropLast(3))
        switch parts.count {
        case 2 where parts[0] == "notes": return orgNote(slug)
        case 2 where parts[0] == "pages": return page(slug)
        case 3 where parts[0] == "teams" && file == "index.md": return team(parts[1])
        case 4 where parts[0] == "teams" && parts[2] == "notes": return teamNote(parts[1], slug)
        case 4 where parts[0] == "teams" && parts[2] == "postmortems": return teamPostmortem(parts[1], slug)
        default: return nil
        }
    }

    /// The relative URL from page `from` to page or file `to`, both site-root-relative paths.
    public static func relative(from: String, to: String) -> String {
        let fromDir = from.split(separator: "/").dropLast()
        let target = to.split(separator: "/", omittingEmptySubsequences: false)
        var common = 0
        while common < fromDir.count, common < target.count - 1, fromDir[fromDir.startIndex + common] == target[common] { common += 1 }
        let ups = String(repeating: "../", count: fromDir.count - common)
        return ups + target[common...].joined(separator: "/")
    }

    /// The prefix that leads from page `path` back to the site root (`""`, `"../"`, `"../../"`).
    public static func root(from path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }
}
