/// A section of a team's data that team.yaml may withhold from the published site (content.md §4).
public enum Section: String, Sendable, Hashable, CaseIterable, Comparable {
    case dora, incidents, slos, costs, calms, notes, postmortems

    public static func < (lhs: Section, rhs: Section) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A named link of team.yaml `links:`, in file order.
public struct NamedLink: Sendable, Hashable {
    public var name: String
    public var url: String
    public init(name: String, url: String) {
        self.name = name
        self.url = url
    }
}

/// team.yaml `budget:`.
public struct Budget: Sendable, Hashable {
    public var monthly: Double
    public var currency: String
    public init(monthly: Double, currency: String) {
        self.monthly = monthly
        self.currency = currency
    }
}

/// A team: its folder's team.yaml (content.md §4) and its Markdown.
public struct Team: Sendable {
    /// The folder name.
    public var id: String
    public var name: String
    public var unit: String?
    public var description: String?
    public var owners: [String] = []
    public var services: [String] = []
    public var links: [NamedLink] = []
    public var budget: Budget?
    /// Tag key → claimed values, keys in file order.
    public var costTags: [(key: String, values: [String])] = []
    public var privateSections: Set<Section> = []
    /// index.md, when present.
    public var narrative: MarkdownSource?
    public var notes: [MarkdownSource] = []
    public var postmortems: [MarkdownSource] = []
    /// deployments/changes/incidents.csv or dora.csv; nil when the team has none of them.
    public var dora: DORAData?
    /// Every file of the team folder the build read, relative to the content folder, sorted.
    public var files: [String] = []

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }

    public func isPrivate(_ section: Section) -> Bool { privateSections.contains(section) }
}
