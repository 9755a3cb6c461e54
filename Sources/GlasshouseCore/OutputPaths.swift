/// Every path the site writes (site.md §3 and §4), relative to the site root: pages, the feed and
/// sitemap, the theme's assets, the JSON export with its schemas and downloads, and the output
/// marker. Nothing else names an output path; `reserved` (the top-level names free pages and
/// static files cannot take) is derived from these.
public enum OutputPaths {
    // MARK: Pages

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

    // MARK: Feed, sitemap, assets

    public static let feed = "feed.xml"
    public static let sitemap = "sitemap.xml"
    /// The folder of the theme's assets.
    public static let assets = "assets"
    /// A file of the theme's `assets/` folder, by its path inside that folder.
    public static func asset(_ name: String) -> String { "\(assets)/\(name)" }

    // MARK: The JSON export (site.md §4)

    /// The folder of the machine-readable export.
    public static let data = "data"
    public static let dataIndex = "data/index.json"
    public static let orgData = "data/org.json"
    public static func teamData(_ id: String) -> String { "data/teams/\(id).json" }
    public static func unitData(_ id: String) -> String { "data/units/\(id).json" }
    /// A team's raw content file offered for download.
    public static func teamDownload(_ team: String, _ name: String) -> String { "data/teams/\(team)/\(name)" }
    /// The JSON Schema of an export document (`index`, `team`, `unit`).
    public static func schema(_ name: String) -> String { "data/schema/\(name).json" }

    /// The file that marks a folder as a site Glasshouse wrote (site.md §2); no static file may
    /// take its name.
    public static let marker = ".glasshouse-site"

    // MARK: Reserved names

    /// Top-level names the generator writes itself (the first component of every path above), and
    /// the stems `index`, `feed`, `sitemap`: a free page cannot take them. Lower-case; compare with
    /// `isReserved`, which ignores case (macOS and Windows file systems do).
    public static let reserved: Set<String> = {
        Set(examples.map { String($0.split(separator: "/")[0]) }).union(["index", "feed", "sitemap"])
    }()

    /// One instance of every kind of path above (ids `u`, `t`, slug `n`, file `f`), in this
    /// order; `reserved` and the tests read it. A free page (`page`) is the content's own name and
    /// reserves nothing.
    public static let examples: [String] = [
        org, unit("u"), team("t"), teamNote("t", "n"), teamPostmortem("t", "n"), orgNote("n"), postmortems, notes, methodology, quality, dataGuide,
        feed, sitemap, asset("f"), dataIndex, orgData, teamData("t"), unitData("u"), teamDownload("t", "f"), schema("team"), marker,
    ]

    /// Whether a top-level name (a free page's slug) is one the generator uses, ignoring case.
    public static func isReserved(_ name: String) -> Bool { reserved.contains(name.lowercased()) }

    // MARK: Static files

    /// The files a site generates (with the marker) and the folders they lie in: the places a
    /// static file of the content (`static/`) cannot take.
    public struct Occupied: Sendable {
        let files: Set<String>
        let folders: Set<String>

        public init(generated: [String]) {
            files = Set(generated + [OutputPaths.marker])
            var folders: Set<String> = []
            for path in files {
                var parts = path.split(separator: "/").dropLast()
                while !parts.isEmpty {
                    folders.insert(parts.joined(separator: "/"))
                    parts = parts.dropLast()
                }
            }
            self.folders = folders
        }

        /// Why a static file at `path` cannot be written beside the generated files; nil when it can:
        /// it would replace a generated file, stand where the site has a folder, or put a folder
        /// where the site has a file.
        public func conflict(_ path: String) -> String? {
            if files.contains(path) { return "the site generates \(path) itself; remove or rename the static file" }
            if folders.contains(path) { return "the site has a folder \(path)/; a static file cannot take its place" }
            let parts = path.split(separator: "/").dropLast()
            if let clash = parts.indices.map({ parts[...$0].joined(separator: "/") }).first(where: files.contains) {
                return "the site generates the file \(clash); a static folder cannot take its place"
            }
            return nil
        }
    }

    // MARK: Links between paths

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
