import GlasshouseCore
import GlasshouseLoad
import GlasshouseWrite

/// `glasshouse new team`: checks the unit against org.yaml and writes the scaffold.
public enum TeamScaffolder {
    public static func create(id: String, unit: String?, content: String, today: Day) throws(BuildFailure) {
        guard let folder = SourceFolder(path: content) else {
            throw .io("\(content): the content folder does not exist")
        }
        if let unit {
            var diagnostics = Diagnostics()
            let known = ContentLoader.unitIDs(in: folder, diagnostics: &diagnostics)
            if diagnostics.hasErrors { throw .content(diagnostics.sorted) }
            guard known.contains(unit) else {
                throw .usage("unknown unit \"\(unit)\"; org.yaml defines: \(known.sorted().joined(separator: ", "))")
            }
        }
        do {
            try FolderWriter.create(TeamScaffold.files(id: id, unit: unit, site: site(folder, today: today)), in: content + "/teams/" + id)
        } catch {
            throw .io(error.description)
        }
    }

    /// The site the examples must build in: its currency, its most used cost category (ties: the
    /// first in sorted order) and its as-of day when that is before today. Content that does not
    /// load yet gives the defaults, with site.yaml's settings when that file alone reads.
    static func site(_ folder: SourceFolder, today: Day) -> TeamScaffold.Site {
        var site = TeamScaffold.Site(day: today)
        if let content = try? ContentLoader.load(from: folder) {
            site.currency = content.config.currency
            if let asOf = content.config.asOf, asOf < today { site.day = asOf }
            var counts: [String: Int] = [:]
            for row in content.teams.flatMap({ $0.costs ?? [] }) + content.unallocatedCosts { counts[row.category, default: 0] += 1 }
            if let top = counts.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }).first { site.category = top.key }
        } else {
            var diagnostics = Diagnostics()
            if let text = folder.readText("site.yaml", diagnostics: &diagnostics),
                let config = SiteConfigLoader.load(text, file: "site.yaml", diagnostics: &diagnostics)
            {
                site.currency = config.currency
                if let asOf = config.asOf, asOf < today { site.day = asOf }
            }
        }
        return site
    }
}
