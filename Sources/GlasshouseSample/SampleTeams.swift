import Foundation

/// How a sample team delivers: what its DORA data look like.
enum DeliveryProfile: String, Sendable {
    case elite, high, medium, low
    /// Pre-aggregated weekly summaries (dora.csv) instead of events.
    case summaries
    /// No DORA files at all.
    case none

    /// Chance of deploying on a working day, and the most deployments on such a day.
    var deployDay: (chance: Double, most: Int) {
        switch self {
        case .elite: (0.98, 6)
        case .high: (0.45, 2)
        case .medium: (0.09, 1)
        case .low: (0.025, 1)
        case .summaries, .none: (0, 0)
        }
    }

    /// Chance that a production deployment fails.
    var failure: Double {
        switch self {
        case .elite: 0.03
        case .high: 0.08
        case .medium: 0.13
        case .low: 0.24
        case .summaries, .none: 0
        }
    }

    /// Median lead time and median recovery time, in hours.
    var medians: (lead: Double, recovery: Double) {
        switch self {
        case .elite: (5, 0.6)
        case .high: (60, 9)
        case .medium: (260, 70)
        case .low: (900, 260)
        case .summaries, .none: (0, 0)
        }
    }
}

/// A team of the sample org.
struct SampleTeam: Sendable {
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
    /// Incidents the bundled org's postmortems refer to.
    var anchors: [AnchorIncident] = []
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
    enum Reliability: Sendable {
        case healthy, atRisk, exhausted
        /// SLI rows stop 40 days before the end.
        case stale
        /// SLOs defined in OpenSLO, healthy.
        case openSLO
        case none
    }

    /// How costs arrive.
    enum Billing: Sendable {
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

/// A deployment and the incident it caused, placed exactly (for curated postmortems).
struct AnchorIncident: Sendable {
    var deployment: String
    var deployedAt: String
    var service: String
    var incident: String
    var openedAt: String
    var restoredAt: String
    var severity: String
    var summary: String
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

    static let curated: [SampleTeam] = [
        SampleTeam(
            id: "developer-experience", code: "dx", name: "Developer Experience", unit: "platform", profile: .elite, services: ["ci-runners", "portal"],
            offset: "+01:00",
            description: "CI runners, the developer portal and golden-path templates.",
            operations: Operations(reliability: .healthy, billing: .teamFile, monthlyCost: 9000, calms: [4.1, 4.6, 3.6, 4.0, 4.3])),
        SampleTeam(
            id: "cloud-infrastructure", code: "infra", name: "Cloud Infrastructure", unit: "platform", profile: .high,
            services: ["k8s-platform", "edge-gateway"], offset: "Z",
            description: "Kubernetes clusters, networking and the edge.",
            anchors: [
                AnchorIncident(
                    deployment: "infra-0917", deployedAt: "2026-09-17T10:05:00Z", service: "k8s-platform", incident: "INC-2140",
                    openedAt: "2026-09-17T10:12:00Z", restoredAt: "2026-09-17T10:34:00Z", severity: "sev2",
                    summary: "Internal DNS outage after a resolver upgrade")
            ],
            operations: Operations(reliability: .healthy, billing: .teamFile, monthlyCost: 31000, calms: [3.6, 4.4, 3.1, 3.8, 3.2])),
        SampleTeam(
            id: "observability", code: "obs", name: "Observability", unit: "platform", profile: .high, services: ["telemetry-pipeline", "alerting"],
            offset: "+01:00",
            description: "Metrics, logs, traces and the alerting that wakes people up.",
            operations: Operations(reliability: .healthy, billing: .teamFile, monthlyCost: 14000, calms: [3.4, 3.9, 3.0, 4.5, 3.6])),
        SampleTeam(
            id: "storefront", code: "shop", name: "Storefront", unit: "commerce", profile: .elite, services: ["web-shop", "mobile-bff"], offset: "+01:00",
            description: "The web shop and the backend for the mobile apps.",
            operations: Operations(
                reliability: .openSLO, billing: .focus(tags: ["team": ["storefront"]], claimed: false), monthlyCost: 61000, budget: 65000,
                calms: [4.0, 4.3, 3.7, 3.9, 4.2])),
        SampleTeam(
            id: "search", code: "search", name: "Search", unit: "commerce", profile: .medium, services: ["search-api", "indexer"], offset: "-05:00",
            description: "Product search and the indexing pipeline.",
            operations: Operations(reliability: .atRisk, billing: .teamFile, monthlyCost: 12000, calms: [3.1, 2.9, 2.6, 3.3, 3.0]),
            doraStartsDaysBeforeEnd: 18),
        SampleTeam(
            id: "catalog", code: "cat", name: "Catalog", unit: "commerce", profile: .low, services: ["catalog-api", "pricing"], offset: "+05:30",
            description: "Products, prices and availability.",
            operations: Operations(reliability: .exhausted, billing: .teamFile, monthlyCost: 7000, calms: [2.6, 2.2, 2.4, 2.3, 2.9]),
            doraStopsDaysBeforeEnd: 65),
        SampleTeam(
            id: "payments-api", code: "pay", name: "Payments API", unit: "payments", profile: .high, services: ["checkout", "refunds"], offset: "+01:00",
            description: "Card payments, wallets and refunds.",
            anchors: [
                AnchorIncident(
                    deployment: "pay-1432", deployedAt: "2026-10-13T19:02:00+02:00", service: "checkout", incident: "INC-2211",
                    openedAt: "2026-10-13T19:09:00+02:00", restoredAt: "2026-10-13T19:49:00+02:00", severity: "sev1",
                    summary: "Checkout timeouts after the connection-pool change")
            ],
            operations: Operations(
                reliability: .healthy, billing: .focus(tags: ["application": ["PaymentsApi", "Refunds"]], claimed: true), monthlyCost: 38000, budget: 42000,
                calms: [3.8, 3.9, 2.9, 3.6, 3.4])),
        SampleTeam(
            id: "fraud-detection", code: "fraud", name: "Fraud Detection", unit: "payments", profile: .medium, services: ["risk-scoring"], offset: "+01:00",
            description: "Scores every payment for fraud risk in real time.",
            operations: Operations(reliability: .healthy, billing: .teamFile, monthlyCost: 11000, calms: [3.3, 3.0, 3.1, 3.6, 2.7], privateSections: ["costs"])),
        SampleTeam(
            id: "billing", code: "bill", name: "Billing", unit: "payments", profile: .low, services: ["ledger", "invoicing"], offset: "Z",
            description: "Invoices, the ledger and the monthly close.",
            operations: Operations(reliability: .stale, billing: .teamFile, monthlyCost: 5000, calms: [2.9, 2.4, 2.7, 2.5, 2.6], staleCALMS: true)),
        SampleTeam(
            id: "data-platform", code: "data", name: "Data Platform", unit: "data", profile: .high, services: ["event-bus", "lakehouse"], offset: "Z",
            description: "The event bus and the lakehouse every report reads from.",
            operations: Operations(reliability: .healthy, billing: .anomaly, monthlyCost: 24000, calms: [3.5, 4.0, 3.3, 3.4, 3.9])),
        SampleTeam(
            id: "analytics", code: "bi", name: "Analytics", unit: "data", profile: .summaries, services: ["bi-portal"], offset: "+01:00",
            description: "Dashboards and the BI portal; reports DORA as weekly summaries.",
            operations: Operations(reliability: .none, billing: .teamFile, monthlyCost: 4000, calms: nil)),
        SampleTeam(
            id: "recommendations", code: "reco", name: "Recommendations", unit: "data", profile: .none, services: ["reco-serving", "reco-training"],
            offset: "+01:00",
            description: "Product recommendations: model training and serving.",
            operations: Operations(reliability: .healthy, billing: .teamFile, monthlyCost: 18000, calms: [3.7, 3.2, 3.4, 3.0, 3.3])),
    ]

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
