import GlasshouseCore

/// One team as the site may show it: who it is (always published), the `Visibility` of each of
/// its sections, and the figures, rows, documents and raw files of its shown sections only — a
/// withheld or absent section's are nil or empty here, so no presenter can show them.
public struct PublishedTeam: Sendable {
    public let id: String
    public let name: String
    public let unit: String?
    public let description: String?
    public let owners: [String]
    public let services: [String]
    public let links: [NamedLink]
    /// index.md: always published (it is not a `private:` section).
    public let narrative: MarkdownSource?
    let visibilities: [Section: Visibility]

    /// nil unless DORA is shown.
    public let dora: TeamDORA?
    /// Every incident opened by D, in file order; nil unless incidents are shown.
    public let incidents: [PublishedIncident]?
    /// nil unless SLOs are shown.
    public let slos: [SLOFigures]?
    /// nil unless costs are shown.
    public let costs: [CostMonth]?
    /// Whether shown costs include FOCUS rows allocated to the team.
    public let costsFromFOCUS: Bool
    /// nil unless CALMS is shown.
    public let calms: CALMSFigures?
    /// The freshness of shown kinds only.
    public let freshness: TeamFreshness
    /// Rows after D of shown kinds' files, sorted by file (content.md §2).
    public let ignoredAfterAsOf: [IgnoredRows]
    /// Empty unless notes are shown.
    public let notes: [MarkdownSource]
    /// Empty unless postmortems are shown.
    public let postmortems: [MarkdownSource]
    /// The raw files of shown sections, for `data/teams/ID/`.
    public let downloads: [DataDownload]
    /// Its events and targets (a target on a withheld section is already left out by `Leadership`).
    public let leadership: ScopeLeadership

    /// `team` is cut at D (the snapshot's); `figures` and `leadership` are its computed ones.
    init(_ team: Team, figures: TeamFigures, leadership: ScopeLeadership, ignored: [IgnoredRows]) {
        var visibilities: [Section: Visibility] = [:]
        for section in Section.allCases { visibilities[section] = Visibility.of(section, team) }
        func shown(_ section: Section) -> Bool { visibilities[section] == .shown }
        id = team.id
        name = team.name
        unit = team.unit
        description = team.description
        owners = team.owners
        services = team.services
        links = team.links
        narrative = team.narrative
        self.visibilities = visibilities
        dora = shown(.dora) ? figures.dora : nil
        incidents = shown(.incidents) ? team.dora.map(PublishedIncident.list) : nil
        slos = shown(.slos) ? figures.slos : nil
        costs = shown(.costs) ? figures.costs : nil
        costsFromFOCUS = shown(.costs) && team.focusRows > 0
        calms = shown(.calms) ? figures.calms : nil
        var freshness = TeamFreshness()
        for kind in DataKind.allCases where shown(kind.section) { freshness[kind] = figures.freshness[kind] }
        self.freshness = freshness
        ignoredAfterAsOf = ignored.filter { shown($0.kind.section) }.sorted { $0.file < $1.file }
        notes = shown(.notes) ? team.notes : []
        postmortems = shown(.postmortems) ? team.postmortems : []
        downloads = team.downloads.filter { shown($0.section) }
        self.leadership = leadership
    }

    /// How `section` of this team is published.
    public func visibility(_ section: Section) -> Visibility { visibilities[section]! }

    /// Whether `section` is shown.
    public func shows(_ section: Section) -> Bool { visibility(section) == .shown }

    /// The withheld sections in `Section` order: what the team page, the quality page and the
    /// JSON's `team.private` name.
    public var withheld: [Section] { Section.allCases.filter { visibility($0) == .withheld } }
}

/// An incident of a published incident list, as it stood at the end of D.
public struct PublishedIncident: Sendable, Hashable {
    public var id: String
    public var openedAt: Instant
    /// nil while it is open at the end of D.
    public var restoredAt: Instant?
    public var service: String?
    public var severity: String?
    /// The id of the deployment that caused it, when that deployment exists by D.
    public var cause: String?
    public var summary: String?

    /// The incidents of `data`, already cut at D, with their causes named.
    static func list(_ data: DORAData) -> [PublishedIncident] {
        data.incidents.map { incident in
            PublishedIncident(
                id: incident.id, openedAt: incident.openedAt, restoredAt: incident.restoredAt, service: incident.service,
                severity: incident.severity, cause: incident.cause.map { data.deployments[$0].id }, summary: incident.summary)
        }
    }
}
