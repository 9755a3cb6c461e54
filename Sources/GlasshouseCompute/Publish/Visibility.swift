import GlasshouseCore

/// How one section of a team (a `private:` value of team.yaml, content.md §4) reaches the
/// published site. `Visibility.of` is the one privacy rule of the code base: the publication step
/// (`Publication`) and the leadership rollups ask it, nothing else reads `private:`.
public enum Visibility: String, Sendable, Hashable, CaseIterable {
    /// Published: its figures, rows, items and raw files appear on the team's pages, in its JSON,
    /// the feed and the downloads.
    case shown
    /// Listed in `private:`: nothing of it is published, not even whether the team has data of it;
    /// the site only says that it is withheld. Its figures still count in unit and org totals.
    case withheld
    /// Not private, and the team has nothing of it: the site says what is missing.
    case absent

    /// The rule: a private section is withheld whether or not it has data (withholding a section
    /// also withholds whether it exists); any other section is shown when it has data, else absent.
    public init(isPrivate: Bool, hasData: Bool) {
        self = isPrivate ? .withheld : hasData ? .shown : .absent
    }

    /// The visibility of `section` for `team`: its `private:` list and whether it has anything of
    /// the section (data of the kind, before the as-of cut; notes; postmortems).
    public static func of(_ section: Section, _ team: Team) -> Visibility {
        Visibility(isPrivate: team.privateSections.contains(section), hasData: team.hasAnything(of: section))
    }
}

extension Team {
    /// Whether the team has anything of `section`: data of its kind, or notes, or postmortems.
    func hasAnything(of section: Section) -> Bool {
        switch section {
        case .dora: has(DataKind.dora)
        case .incidents: has(DataKind.incidents)
        case .slos: has(DataKind.slos)
        case .costs: has(DataKind.costs)
        case .calms: has(DataKind.calms)
        case .notes: !notes.isEmpty
        case .postmortems: !postmortems.isEmpty
        }
    }
}
