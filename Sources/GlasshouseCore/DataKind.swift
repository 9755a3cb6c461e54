/// A kind of team data (content.md §1): the one registry the stages read instead of hand lists.
/// Adding a kind means adding a case here and filling in what the compiler then names.
public enum DataKind: String, Sendable, Hashable, CaseIterable, Comparable {
    case dora, incidents, slos, costs, calms

    /// How a kind's freshness is judged (metrics.md §6).
    public enum Staleness: Sendable, Hashable {
        /// Its latest timestamp by D is more than `stale_after_days` before the end of D.
        case latestTimestamp
        /// The last complete month before D's month has no rows.
        case lastCompleteMonth
        /// Its latest assessment by D is older than the kind's own age limit.
        case assessmentAge
    }

    /// The files of a team folder that hold this kind, read by name.
    public var files: [String] {
        switch self {
        case .dora: ["deployments.csv", "changes.csv", "dora.csv"]
        case .incidents: ["incidents.csv"]
        case .slos: ["slos.yaml", "sli.csv"]
        case .costs: ["costs.csv"]
        case .calms: ["calms.yaml"]
        }
    }

    /// A folder of the team folder whose YAML files also hold this kind (`openslo/`), if any.
    public var folder: String? {
        switch self {
        case .slos: "openslo"
        case .dora, .incidents, .costs, .calms: nil
        }
    }

    /// The team.yaml `private:` section that withholds this kind.
    public var section: Section {
        switch self {
        case .dora: .dora
        case .incidents: .incidents
        case .slos: .slos
        case .costs: .costs
        case .calms: .calms
        }
    }

    /// The kind's name for people: `DORA`, `Incidents`, `SLOs`, `Costs`, `CALMS`.
    public var displayName: String {
        switch self {
        case .dora: "DORA"
        case .incidents: "Incidents"
        case .slos: "SLOs"
        case .costs: "Costs"
        case .calms: "CALMS"
        }
    }

    /// What its freshness measures, for people: SLOs are as fresh as their SLIs.
    public var freshnessName: String {
        switch self {
        case .slos: "SLIs"
        case .dora, .incidents, .costs, .calms: displayName
        }
    }

    /// How its freshness is judged.
    public var staleness: Staleness {
        switch self {
        case .dora, .incidents, .slos: .latestTimestamp
        case .costs: .lastCompleteMonth
        case .calms: .assessmentAge
        }
    }

    /// Every data file name a team folder may hold at its top level.
    public static let teamFiles: Set<String> = Set(allCases.flatMap(\.files))

    /// The kind a top-level team file (`costs.csv`) or a file of a kind's folder (`openslo/x.yaml`) holds.
    public init?(file name: String) {
        guard
            let kind = Self.allCases.first(where: { kind in
                kind.files.contains(name) || kind.folder.map { name.hasPrefix($0 + "/") } == true
            })
        else { return nil }
        self = kind
    }

    public static func < (lhs: DataKind, rhs: DataKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

extension Team {
    /// Whether the team has data of `kind` at all (before the as-of cut).
    public func has(_ kind: DataKind) -> Bool {
        switch kind {
        case .dora: dora != nil
        case .incidents: dora.map { !$0.incidentsFile.isEmpty } ?? false
        case .slos: slo != nil
        case .costs: costs != nil
        case .calms: calms != nil
        }
    }
}
