/// How a deployment ended (content.md §5.1), after its synonyms are resolved.
public enum DeploymentStatus: String, Sendable, Hashable {
    /// Reached production.
    case success
    /// Reached production and needed immediate remediation (`failed`, `failure`, `rollback`, `rolled_back`).
    case failed
    /// Never reached production (`aborted`, `cancelled`, `canceled`, `skipped`); ignored by every metric.
    case aborted
}

/// A row of deployments.csv. Laid out in 48 bytes (a 32-bit line): a large file holds millions.
public struct Deployment: Sendable, Hashable {
    public var id: String
    public var finishedAt: Instant
    public var service: String
    private var storedLine: UInt32
    /// True when the environment is one of `dora.production_environments`.
    public var production: Bool
    public var status: DeploymentStatus
    public var rework: Bool

    /// The row's line in its file, for diagnostics.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    public init(
        id: String, finishedAt: Instant, service: String, production: Bool = true, status: DeploymentStatus = .success, rework: Bool = false, line: Int = 0
    ) {
        (self.id, self.finishedAt, self.service, self.production, self.status, self.rework) = (id, finishedAt, service, production, status, rework)
        storedLine = UInt32(clamping: line)
    }

    /// A production deployment in the sense of metrics.md §2: a production environment, not aborted.
    public var countsForDORA: Bool { production && status != .aborted }
}

/// A row of changes.csv. Laid out in 16 bytes (a 32-bit deployment position and line): a large
/// file holds millions. The id is not kept: it only has to be unique within the file, which the
/// loader checks while reading.
public struct Change: Sendable, Hashable {
    public var committedAt: Instant
    /// -1: not deployed yet.
    private var storedDeployment: Int32
    private var storedLine: UInt32

    /// Index into the team's deployments of the deployment that first shipped the change; nil: not deployed yet.
    public var deployment: Int? {
        get { storedDeployment < 0 ? nil : Int(storedDeployment) }
        set { storedDeployment = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1 }
    }

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    public init(committedAt: Instant, deployment: Int?, line: Int = 0) {
        self.committedAt = committedAt
        storedDeployment = deployment.map { Int32(truncatingIfNeeded: $0) } ?? -1
        storedLine = UInt32(clamping: line)
    }
}

/// A row of incidents.csv.
public struct Incident: Sendable, Hashable {
    public var id: String
    public var openedAt: Instant
    /// nil while the incident is open.
    public var restoredAt: Instant?
    public var service: String?
    public var severity: String?
    /// Index into the team's deployments of the deployment that caused the incident.
    public var cause: Int?
    public var summary: String?
    public var line: Int

    public init(
        id: String, openedAt: Instant, restoredAt: Instant? = nil, service: String? = nil, severity: String? = nil, cause: Int? = nil, summary: String? = nil,
        line: Int = 0
    ) {
        (self.id, self.openedAt, self.restoredAt, self.service, self.severity, self.cause) = (id, openedAt, restoredAt, service, severity, cause)
        (self.summary, self.line) = (summary, line)
    }
}

/// The period a row of dora.csv summarises: an ISO week or a calendar month.
public enum SummaryPeriod: Sendable, Hashable, CustomStringConvertible {
    case week(ISOWeek)
    case month(Month)

    public var firstDay: Day {
        switch self {
        case .week(let week): week.monday
        case .month(let month): month.firstDay
        }
    }

    /// The number of days the period spans in full.
    public var days: Int {
        switch self {
        case .week: 7
        case .month(let month): month.days
        }
    }

    public var description: String {
        switch self {
        case .week(let week): week.description
        case .month(let month): month.description
        }
    }
}

/// A row of dora.csv: pre-aggregated DORA figures of one week or month (content.md §5.4).
public struct DORASummary: Sendable, Hashable {
    public var period: SummaryPeriod
    public var deployments: Int
    public var failedDeployments: Int?
    public var deployDays: Int?
    public var leadTimeP50Hours: Double?
    public var changes: Int?
    public var recoveryP50Hours: Double?
    public var recoveries: Int?
    public var reworkDeployments: Int?
    public var line: Int

    public init(
        period: SummaryPeriod, deployments: Int, failedDeployments: Int? = nil, deployDays: Int? = nil, leadTimeP50Hours: Double? = nil, changes: Int? = nil,
        recoveryP50Hours: Double? = nil, recoveries: Int? = nil, reworkDeployments: Int? = nil, line: Int = 0
    ) {
        (self.period, self.deployments, self.failedDeployments, self.deployDays) = (period, deployments, failedDeployments, deployDays)
        (self.leadTimeP50Hours, self.changes, self.recoveryP50Hours, self.recoveries) = (leadTimeP50Hours, changes, recoveryP50Hours, recoveries)
        (self.reworkDeployments, self.line) = (reworkDeployments, line)
    }
}

/// A team's DORA input: raw events (deployments, changes, incidents) or summaries, never both.
/// Incidents may accompany summaries: they feed `incidents` and `restore_hours`.
public struct DORAData: Sendable {
    /// Where the deployment figures come from.
    public enum Source: String, Sendable {
        case events, summaries
    }

    public var source: Source
    public var deployments: [Deployment] = []
    public var changes: [Change] = []
    public var incidents: [Incident] = []
    public var summaries: [DORASummary] = []
    /// Content-relative paths of the files the data came from, for diagnostics raised while computing.
    public var deploymentsFile = ""
    public var changesFile = ""
    public var incidentsFile = ""
    public var summariesFile = ""

    public init(source: Source) { self.source = source }
}
