import Foundation
import GlasshouseCore
import Yams

/// Splits a Markdown file into YAML front matter and body (content.md §9) and reads the front matter.
enum MarkdownLoader {
    /// Where a Markdown file sits decides which front-matter fields it needs.
    enum Kind {
        case narrative, page, note, postmortem
        var requiresDate: Bool { self == .note || self == .postmortem }
    }

    static func load(_ text: String, path: String, file: String, kind: Kind, zone: SiteZone, diagnostics: inout Diagnostics) -> MarkdownSource? {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        let slug = String(fileName.dropLast(3))
        if kind != .narrative, !Identifier.isValidSlug(slug) {
            diagnostics.error(
                file,
                Identifier.isWindowsReserved(slug)
                    ? "\"\(fileName)\": Windows reserves the name \(slug), so the content could not be checked out there; rename the file"
                    : "\"\(fileName)\": a page's file name may hold only letters, digits, -, _ and . (not first or last)")
            return nil
        }
        var frontMatter = FrontMatter()
        let text = text.contains("\r\n") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        var body = text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let first = lines.first, first == "---" {
            guard let close = lines.dropFirst().firstIndex(where: { $0 == "---" || $0 == "..." }) else {
                diagnostics.error(file, line: 1, "front matter starts with --- but is never closed by a --- line")
                return nil
            }
            let yamlText = lines[1..<close].joined(separator: "\n")
            body = lines[(close + 1)...].joined(separator: "\n")
            var yaml = YAMLReader(file: file, lineOffset: 1)
            if let root = yaml.parse(yamlText), let pairs = yaml.mapping(root, field: "front matter") {
                var known: Set<String> = ["title", "date", "author"]
                if kind == .postmortem { known.insert("incident") }
                yaml.warnUnknownKeys(pairs, known: known)
                let map = YAMLReader.byKey(pairs)
                frontMatter.title = yaml.string(map["title"], field: "title")
                frontMatter.author = yaml.string(map["author"], field: "author")
                frontMatter.date = date(map["date"], yaml: &yaml, zone: zone)
                if kind == .postmortem { frontMatter.incident = yaml.string(map["incident"], field: "incident") }
            }
            diagnostics.append(contentsOf: yaml.diagnostics)
            if yaml.diagnostics.hasErrors { return nil }
        }
        if kind.requiresDate, frontMatter.date == nil {
            diagnostics.error(file, line: 1, field: "date", "a date (YYYY-MM-DD) is required in the front matter of notes and postmortems")
            return nil
        }
        return MarkdownSource(path: path, slug: slug, frontMatter: frontMatter, body: body)
    }

    /// `YYYY-MM-DD`, or a full timestamp taken as its day in the site time zone.
    private static func date(_ node: Node?, yaml: inout YAMLReader, zone: SiteZone) -> Day? {
        guard let text = yaml.string(node, field: "date") else { return nil }
        if let day = Timestamps.date(text) { return day }
        if case .instant(let instant) = Timestamps.parse(text) { return zone.day(of: instant) }
        yaml.error(node, field: "date", "\"\(text)\" is not a date (YYYY-MM-DD)")
        return nil
    }
}
