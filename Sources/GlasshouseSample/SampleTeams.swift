import Foundation
import Yams

/// How a sample team delivers: what its DORA data look like.
enum DeliveryProfile: String, Sendable, Decodable {
    case elite, high, medium, low
    /// Pre-aggregated weekly summaries (dora.csv) instead of events.
    case summaries
    /// No DORA files at all.
    case none

    /// How it delivers: the chance of deploying on a working day and the most deployments on such
    /// a day, the chance that a production deployment fails, and the median lead and recovery
    /// times in hours. One row per profile, so that the profiles read side by side.
    var traits: (deployChance: Double, mostDeploys: Int, failure: Double, leadHours: Double, recoveryHours: Double) {
        switch self {
        case .elite: (0.98, 6, 0.03, 5, 0.6)
        case .high: (0.45, 2, 0.08, 60, 9)
        case .medium: (0.09, 1, 0.13, 260, 70)
        case .low: (0.025, 1, 0.24, 900, 260)
        case .summaries, .none: (0, 0, 0, 0, 0)
        }
    }
}

/// A team of the sample org.
struct SampleTeam: Sendable, Decodable {
    var id: String
    /// A short prefix for its deployment and incident ids, like `pay`.
    var code: String
    var name: String
    var unit: String
    var profile: DeliveryProfile
    var services: [String]
    /// The fixed UTC offset its tooling writes timestamps in, like `+01:00` or `Z`.
    var offset: String
    var description: String
    /// Incidents the bundled org's postmortems refer to; nil: none.
    var anchors: [AnchorIncident]?
    /// How its SLOs, costs and CALMS look.
    var operations = Operations()
    /// A new team: its DORA data (and team.yaml `dora_since`) starts this many days before the end.
    var doraStartsDaysBeforeEnd: Int?
    /// A stale team: its DORA export stopped this many days before the end.
    var doraStopsDaysBeforeEnd: Int?
}

/// A sample team's SLOs, costs and culture.
struct Operations: Sendable {
    /// The SLO story: how much of the error budget the team burns.
    enum Reliability: String, Sendable, Decodable {
        case healthy, atRisk, exhausted
        /// SLI rows stop 40 days before the end.
        case stale
        /// SLOs defined in OpenSLO, healthy.
        case openSLO
        case none
    }

    /// How costs arrive: `teamFile`, `anomaly`, `none` or `{focus: {tags: …, claimed: …}}`.
    enum Billing: Sendable, Decodable {
        /// Rows in the team's costs.csv.
        case teamFile
        /// FOCUS rows carrying these tags (claimed in team.yaml, or the `team` tag).
        case focus(tags: [String: [String]], claimed: Bool)
        /// A cost spike in the last whole month.
        case anomaly
        case none
    }

    var reliability = Reliability.healthy
    var billing = Billing.teamFile
    /// Typical monthly cost.
    var monthlyCost = 8000.0
    var budget: Double?
    /// CALMS scores of the latest assessment; nil: no calms.yaml. Earlier ones are a little lower.
    var calms: [Double]? = [3.2, 3.5, 2.8, 3.1, 3.0]
    /// The last assessment is more than 183 days old.
    var staleCALMS = false
    var privateSections: [String] = []
}

/// A deployment and the incident it caused, placed exactly (for curated postmortems); times are
/// written as the team's tooling writes them.
struct AnchorIncident: Sendable, Decodable {
    struct Deployment: Sendable, Decodable {
        let id, finishedAt, service: String
    }

    struct Incident: Sendable, Decodable {
        let id, openedAt, restoredAt, severity, summary: String
    }

    let deployment: Deployment
    let incident: Incident
}

extension Operations: Decodable {
    private enum Key: String, CodingKey {
        case reliability, billing, monthlyCost, budget, calms, staleCALMS, privateSections
    }

    /// What a team of CuratedTeams.yaml gives; the rest keeps the defaults above.
    init(from decoder: any Decoder) throws {
        let given = try decoder.container(keyedBy: Key.self)
        self.init()
        reliability = try given.decodeIfPresent(Reliability.self, forKey: .reliability) ?? reliability
        billing = try given.decodeIfPresent(Billing.self, forKey: .billing) ?? billing
        monthlyCost = try given.decodeIfPresent(Double.self, forKey: .monthlyCost) ?? monthlyCost
        budget = try given.decodeIfPresent(Double.self, forKey: .budget)
        // `calms: null` (no calms.yaml) differs from leaving the default scores.
        if given.contains(.calms) { calms = try given.decodeIfPresent([Double].self, forKey: .calms) }
        staleCALMS = try given.decodeIfPresent(Bool.self, forKey: .staleCALMS) ?? staleCALMS
        privateSections = try given.decodeIfPresent([String].self, forKey: .privateSections) ?? privateSections
    }
}

extension Operations.Billing {
    private enum Key: String, CodingKey { case focus, tags, claimed }

    init(from decoder: any Decoder) throws {
        if let name = try? decoder.singleValueContainer().decode(String.self) {
            switch name {
            case "teamFile": self = .teamFile
            case "anomaly": self = .anomaly
            case "none": self = .none
            default: throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown billing \(name)"))
            }
            return
        }
        let focus = try decoder.container(keyedBy: Key.self).nestedContainer(keyedBy: Key.self, forKey: .focus)
        self = .focus(tags: try focus.decode([String: [String]].self, forKey: .tags), claimed: try focus.decode(Bool.self, forKey: .claimed))
    }
}

/// The sample org: Northwind Retail's units and teams, then more teams if asked for more.
enum SampleOrg {
    static let name = "Northwind Retail"

    /// (id, name, parent, lead, description)
    static let units: [(id: String, name: String, parent: String?, lead: String, description: String)] = [
        ("platform", "Platform Engineering", nil, "Priya Raman", "Paved roads for every team — CI/CD, cloud foundations and observability."),
        ("commerce", "Commerce", nil, "Jonas Becker", "Everything a shopper sees, from the first search to the order confirmation."),
        ("payments", "Payments", "commerce", "Amara Okafor", "Money in, money out. **PCI scope** lives here."),
        ("data", "Data & Insights", nil, "Lena Fischer", "The data platform, analytics and the recommendation models."),
    ]

    /// The curated teams, from CuratedTeams.yaml (embedded in the binary); SampleTests checks what it reads.
    static let curated: [SampleTeam] = {
        do {
            return try YAMLDecoder().decode([SampleTeam].self, from: String(decoding: PackageResources.CuratedTeams_yaml, as: UTF8.self))
        } catch {
            fatalError("CuratedTeams.yaml: \(error)")
        }
    }()

    static let extraNames = [
        "Identity", "Notifications", "Mobile Apps", "Inventory", "Shipping", "Returns",
        "Loyalty", "Support Tools", "Marketing Tech", "Partner API", "Warehouse Systems", "Pricing Engine",
    ]

    /// `count` teams: the curated ones first, then generated ones cycling through units and profiles.
    static func teams(count: Int) -> [SampleTeam] {
        // Mostly fast teams, so that a large org has the volume of a real one (the L: ~1.5 M deployments).
        let profiles: [DeliveryProfile] = [.elite, .elite, .high, .elite, .medium, .low]
        return (0..<count).map { index in
            if index < curated.count { return curated[index] }
            let extra = index - curated.count
            let name = extra < extraNames.count ? extraNames[extra] : "Team \(index + 1)"
            let id = name.lowercased().replacingOccurrences(of: " ", with: "-")
            let code = name.split(separator: " ").map { String($0.prefix(1)) }.joined().lowercased() + "\(index + 1)"
            return SampleTeam(
                id: id, code: code, name: name, unit: units[extra % units.count].id, profile: profiles[extra % profiles.count],
                services: [id + "-api", id + "-worker"], offset: ["Z", "+01:00", "-08:00", "+09:00"][extra % 4],
                description: "The \(name) team.",
                operations: Operations(reliability: extra % 5 == 1 ? .atRisk : .healthy, monthlyCost: Double(5000 + extra * 1500)))
        }
    }
}
