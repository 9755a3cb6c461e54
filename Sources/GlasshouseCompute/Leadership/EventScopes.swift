import GlasshouseCore

/// The events drawn on a scope's charts (content.md §3): org-wide events everywhere, a unit's on
/// that unit, its sub-units and their teams, a team's on that team only; none dated after D.
/// Sorted by date; on one date the wider scope first, then file order.
public enum EventScopes {
    /// The org's charts: its org-wide events.
    public static func org(_ content: Content, asOf: Day) -> [DatedEvent] {
        sorted([orgWide(content)], asOf: asOf)
    }

    /// A unit's charts: org-wide events and those of the unit and every unit above it.
    public static func unit(_ id: String, content: Content, tree: OrgTree, asOf: Day) -> [DatedEvent] {
        sorted([orgWide(content)] + chain(id, content: content, tree: tree), asOf: asOf)
    }

    /// A team's charts: those of its unit (as above) and its own.
    public static func team(_ team: Team, content: Content, tree: OrgTree, asOf: Day) -> [DatedEvent] {
        let units = team.unit.map { chain($0, content: content, tree: tree) } ?? []
        return sorted([orgWide(content)] + units + [team.events], asOf: asOf)
    }

    static func orgWide(_ content: Content) -> [DatedEvent] { content.org?.events.filter { $0.scope == "org" } ?? [] }

    /// The events of `id` and its ancestors, outermost unit first.
    static func chain(_ id: String, content: Content, tree: OrgTree) -> [[DatedEvent]] {
        let events = content.org?.events ?? []
        return tree.ancestry(of: id).map { unit in events.filter { $0.scope == unit.id } }
    }

    /// Stable by date: groups come widest first, each in file order.
    static func sorted(_ groups: [[DatedEvent]], asOf: Day) -> [DatedEvent] {
        let all = groups.flatMap { $0 }.enumerated().filter { $0.element.date <= asOf }
        return all.sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }
}
