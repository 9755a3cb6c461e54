import GlasshouseCore

/// The org as a tree for rollups and navigation: units with their child units and teams,
/// and for each unit every team of its subtree. Built once per build.
public struct OrgTree: Sendable {
    /// Units in org.yaml order.
    public let units: [OrgUnit]
    private let unitIndex: [String: Int]
    /// Unit id (nil for the org root) → child unit ids, in org.yaml order.
    private let childUnits: [String?: [String]]
    /// Unit id (nil for the org root) → ids of teams directly in it, sorted.
    private let directTeams: [String?: [String]]

    public init(content: Content) {
        units = content.org?.units ?? []
        unitIndex = Dictionary(uniqueKeysWithValues: units.enumerated().map { ($0.element.id, $0.offset) })
        var children: [String?: [String]] = [:]
        for unit in units { children[unit.parent, default: []].append(unit.id) }
        childUnits = children
        var teams: [String?: [String]] = [:]
        for team in content.teams { teams[team.unit, default: []].append(team.id) }
        directTeams = teams
    }

    public func unit(_ id: String) -> OrgUnit? { unitIndex[id].map { units[$0] } }

    /// Child units of `unit` (nil: the org root's top-level units).
    public func children(of unit: String?) -> [String] { childUnits[unit] ?? [] }

    /// Teams directly in `unit` (nil: teams with no unit).
    public func teams(in unit: String?) -> [String] { directTeams[unit] ?? [] }

    /// Every team in the subtree of `unit` (nil: the whole org), sorted by id.
    public func subtreeTeams(of unit: String?) -> [String] {
        guard let unit else { return directTeams.values.flatMap { $0 }.sorted() }
        return (teams(in: unit) + children(of: unit).flatMap { subtreeTeams(of: $0) }).sorted()
    }

    /// Every unit of the subtree below `unit` (not including it), in tree order.
    public func subtreeUnits(of unit: String?) -> [String] {
        children(of: unit).flatMap { [$0] + subtreeUnits(of: $0) }
    }

    /// The chain of units from the top of the tree down to `unit`, inclusive.
    public func ancestry(of unit: String) -> [OrgUnit] {
        var chain: [OrgUnit] = []
        var current: String? = unit
        while let id = current, let found = self.unit(id), !chain.contains(where: { $0.id == id }) {
            chain.insert(found, at: 0)
            current = found.parent
        }
        return chain
    }
}
