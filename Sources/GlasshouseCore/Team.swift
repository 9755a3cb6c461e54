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
        (self.name, self.url) = (name, url)
    }
}

/// team.yaml `budget:`.
public struct Budget: Sendable, Hashable {
    public var monthly: Double
    public var currency: String
    public init(monthly: Double, currency: String) {
        (self.monthly, self.currency) = (monthly, currency)
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
    /// team.yaml `private:`; read only by `Visibility.of` (GlasshouseCompute), the one privacy rule.
    public var privateSections: Set<Section> = []
    /// team.yaml `dora_since`: the first day its DORA data covers (metrics.md §2.10).
    public var doraSince: Day?
    /// team.yaml `targets` (metrics.md §7), in file order.
    public var targets: [Target] = []
    /// team.yaml `events`, scoped to this team, in file order.
    public var events: [DatedEvent] = []
    /// index.md, when present.
    public var narrative: MarkdownSource?
    public var notes: [MarkdownSource] = []
    public var postmortems: [MarkdownSource] = []
    /// deployments/changes/incidents.csv or dora.csv; nil when the team has none of them.
    public var dora: DORAData?
    /// slos.yaml and openslo/*.yaml with sli.csv; nil when the team has none of them.
    public var slo: SLOData?
    /// costs.csv rows and the FOCUS rows allocated to the team; nil when it has neither.
    public var costs: [CostRow]?
    /// How many of `costs` are FOCUS rows allocated to the team.
    public var focusRows = 0
    /// calms.yaml assessments sorted by date; nil without calms.yaml.
    public var calms: [CALMSAssessment]?
    /// Raw data files offered for download on the team page (name, section, bytes), withheld ones included.
    public var downloads: [DataDownload] = []

    public init(id: String, name: String) {
        (self.id, self.name) = (id, name)
    }
}

/// A team's raw data file as read, for `data/teams/ID/NAME`.
public struct DataDownload: Sendable {
    /// The path below the team folder, like `deployments.csv` or `openslo/checkout.yaml`.
    public var name: String
    /// The section the file belongs to; withheld sections are not copied.
    public var section: Section
    /// The file's bytes; empty when `source` is set.
    public var bytes: [UInt8]
    /// A large data file that is streamed rather than held: the writer copies it from here.
    public var source: OutputFile.Source?

    public init(name: String, section: Section, bytes: [UInt8]) {
        (self.name, self.section, self.bytes) = (name, section, bytes)
    }

    public init(name: String, section: Section, source: OutputFile.Source) {
        (self.name, self.section) = (name, section)
        bytes = []
        self.source = source
    }

    /// The file as a file of the site at `path`.
    public func output(at path: String) -> OutputFile {
        source.map { OutputFile(path: path, copying: $0) } ?? OutputFile(path: path, bytes: bytes)
    }
}
