import GlasshouseCore

/// The publication step, between compute and present (issue 12): what of each team the site may
/// show, decided once. Every section of every team gets its `Visibility` (shown, withheld or
/// absent) from the one rule `Visibility.of`, and only the figures, incident lists, notes,
/// postmortems and raw files of shown sections are carried over. HTML pages, the JSON export,
/// the feed, the downloads and the notes and postmortem indexes read teams only from here, so a
/// withheld section cannot leak through a forgotten check: it is not in the publication.
/// Unit and org rollups are not here: they count withheld figures by design (content.md §4).
/// Modelled on Hugo's per-page build options (`resources/page/pagemeta`), decided once per page.
public struct Publication: Sendable {
    /// Every team, in content order (by id).
    public let teams: [PublishedTeam]
    let index: [String: Int]
    /// The build's warnings (loading and computing) with content-relative paths, sorted, except
    /// those about a file of a withheld section: the site shows no trace of it (the command line
    /// still prints them to the author).
    public let warnings: [Diagnostic]

    /// `contentRoot`: how the content folder was named in diagnostics (`--content` as typed).
    public init(figures: SiteFigures, contentRoot: String? = nil) {
        let content = figures.snapshot.content
        teams = content.teams.map { team in
            PublishedTeam(
                team, figures: figures.teams[team.id]!, leadership: figures.leadership.teams[team.id]!,
                ignored: figures.snapshot.ignored[team.id] ?? [])
        }
        index = Dictionary(uniqueKeysWithValues: teams.enumerated().map { ($0.element.id, $0.offset) })
        var warnings: [Diagnostic] = []
        for warning in content.warnings + figures.warnings {
            var relative = warning
            relative.file = Self.contentRelative(warning.file, root: contentRoot)
            warnings.append(relative)
        }
        let teams = teams, index = index
        self.warnings = warnings.filter { warning in
            guard let owner = Self.teamSection(ofFile: warning.file), let team = index[owner.team].map({ teams[$0] }) else { return true }
            return team.visibility(owner.section) != .withheld
        }.sorted()
    }

    /// The team with this id.
    public func team(_ id: String) -> PublishedTeam? { index[id].map { teams[$0] } }

    /// The ids of the teams that withhold `section`: rollups that name teams leave them out.
    public func withholding(_ section: Section) -> Set<String> {
        Set(teams.filter { $0.visibility(section) == .withheld }.map(\.id))
    }

    /// The team and section a content-relative file belongs to: `teams/ID/costs.csv`,
    /// `teams/ID/openslo/x.yaml`, `teams/ID/notes/x.md`; nil for any other file.
    static func teamSection(ofFile path: String) -> (team: String, section: Section)? {
        let parts = path.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "teams" else { return nil }
        let rest = String(parts[2])
        if let kind = DataKind(file: rest) { return (String(parts[1]), kind.section) }
        for section in [Section.notes, .postmortems] where rest.hasPrefix(section.rawValue + "/") {
            return (String(parts[1]), section)
        }
        return nil
    }

    /// `path` relative to the content folder `root` (unchanged when it lies elsewhere).
    public static func contentRelative(_ path: String, root: String?) -> String {
        guard let root, !root.isEmpty else { return path }
        if path == root { return "." }
        return path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }
}
