import Foundation
import GlasshouseCore

/// `feed.xml` (Atom, RFC 4287) of org and team notes and postmortems, newest first, and
/// `sitemap.xml` when `base_url` is set. Hand-written XML: a few elements, every value escaped.
enum FeedExport {
    /// One document of the feed.
    struct Entry {
        var title: String
        /// The page's path in the site, like `teams/pay/notes/q3/index.html`.
        var path: String
        var date: Day
        var author: String?
        var kind: String
        var teamName: String?
    }

    static func feed(title: String, orgName: String, baseURL: String?, entries: [Entry]) -> OutputFile {
        let sorted = entries.sorted { ($0.date, $1.path) > ($1.date, $0.path) }
        let updated = sorted.first.map { stamp($0.date) } ?? "1970-01-01T00:00:00Z"
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        xml += "  <title>\(XMLText.escape(title)): notes and postmortems</title>\n"
        xml += "  <id>\(XMLText.escape(id(for: OutputPaths.feed, baseURL: baseURL)))</id>\n"
        xml += "  <updated>\(updated)</updated>\n"
        xml += "  <author><name>\(XMLText.escape(orgName))</name></author>\n"
        xml += "  <generator>Glasshouse</generator>\n"
        if let baseURL {
            xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(XMLText.escape(baseURL + OutputPaths.feed))\"/>\n"
            xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(baseURL))\"/>\n"
        } else {
            xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"index.html\"/>\n"
        }
        for entry in sorted {
            let href = (baseURL ?? "") + entry.path
            xml += "  <entry>\n"
            xml += "    <title>\(XMLText.escape(entry.title))</title>\n"
            xml += "    <id>\(XMLText.escape(id(for: entry.path, baseURL: baseURL)))</id>\n"
            xml += "    <updated>\(stamp(entry.date))</updated>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(href))\"/>\n"
            if let author = entry.author { xml += "    <author><name>\(XMLText.escape(author))</name></author>\n" }
            xml += "    <summary>\(XMLText.escape(entry.kind + (entry.teamName.map { " by " + $0 } ?? "") + " of " + entry.date.display))</summary>\n"
            xml += "  </entry>\n"
        }
        return OutputFile(path: OutputPaths.feed, text: xml + "</feed>\n")
    }

    /// Every page, absolute; only written when `base_url` is set.
    static func sitemap(baseURL: String, pages: [String]) -> OutputFile {
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() {
            let path = page == OutputPaths.org ? "" : page.hasSuffix("/index.html") ? String(page.dropLast("index.html".count)) : page
            xml += "  <url><loc>\(XMLText.escape(baseURL + path))</loc></url>\n"
        }
        return OutputFile(path: OutputPaths.sitemap, text: xml + "</urlset>\n")
    }

    static func stamp(_ day: Day) -> String { "\(day)T00:00:00Z" }

    /// A stable id: the absolute URL with `base_url`, else a name-based UUID URN of the path.
    static func id(for path: String, baseURL: String?) -> String {
        if let baseURL { return baseURL + path }
        return "urn:uuid:" + uuid(path)
    }

    /// A deterministic UUID (version 8, name-based) from two FNV-1a 64-bit hashes of the path.
    static func uuid(_ name: String) -> String {
        func fnv(_ seed: UInt64) -> UInt64 {
            var hash = seed
            for byte in name.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            return hash
        }
        var high = fnv(0xcbf2_9ce4_8422_2325), low = fnv(0x84222325_cbf29ce4)
        high = (high & ~0xF000) | 0x8000  // version 8
        low = (low & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000  // RFC 4122 variant
        let hex = String(format: "%016llx%016llx", high, low)
        let characters = Array(hex)
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }.joined(separator: "-")
    }
}
