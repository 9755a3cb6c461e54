/// A unit of the org tree (content.md §3).
public struct OrgUnit: Sendable, Hashable {
    public var id: String
    public var name: String
    public var parent: String?
    public var lead: String?
    /// Markdown.
    public var description: String?
    /// `budget.monthly`: the unit's own monthly budget (metrics.md §4), in the site currency.
    public var budget: Double?
    /// org.yaml `targets` of the unit (metrics.md §7), in file order.
    public var targets: [Target] = []

    public init(id: String, name: String, parent: String? = nil, lead: String? = nil, description: String? = nil, budget: Double? = nil) {
        (self.id, self.name, self.parent, self.lead, self.description, self.budget) = (id, name, parent, lead, description, budget)
    }
}

/// The org: its name and its units in file order. Validated: ids unique, parents known, no cycles.
public struct Org: Sendable {
    public var name: String
    public var units: [OrgUnit]
    /// `budget.monthly`: the org's own monthly budget (metrics.md §4), in the site currency.
    public var budget: Double?
    /// org.yaml `events`: scope `org`, or the unit named by `unit:`; in file order.
    public var events: [DatedEvent]

    public init(name: String, units: [OrgUnit], budget: Double? = nil, events: [DatedEvent] = []) {
        (self.name, self.units, self.budget, self.events) = (name, units, budget, events)
    }
}
