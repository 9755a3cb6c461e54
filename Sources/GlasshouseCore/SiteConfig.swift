/// The validated settings of `site.yaml` (content.md §2), with the contract's defaults applied.
public struct SiteConfig: Sendable {
    public var title: String
    public var baseURL: String?
    public var timezone: SiteZone
    public var asOf: Day?
    public var windowDays: Int = 90
    public var historyWeeks: Int = 26
    public var historyMonths: Int = 18
    public var staleAfterDays: Int = 14
    public var theme: String = "default"
    public var currency: String = "USD"
    public var dora = DORASettings()
    public var finops = FinOpsSettings()
    public var unsafeHTML: Bool = false

    public init(title: String, timezone: SiteZone = .utc) {
        (self.title, self.timezone) = (title, timezone)
    }
}

/// `dora:` settings of site.yaml.
public struct DORASettings: Sendable {
    /// Lower-cased names of the environments that count as production.
    public var productionEnvironments: [String] = ["production", "prod"]
    /// A built-in benchmark name (`dora-2023`, `dora-2021`) or a path to a benchmark YAML file.
    public var benchmark: String = "dora-2023"
    /// The line of `dora.benchmark` in site.yaml, for messages about the benchmark file.
    public var benchmarkLine: Int?
    public init() {}
}

/// `finops:` settings of site.yaml.
public struct FinOpsSettings: Sendable {
    public var costColumn: String = "EffectiveCost"
    public var teamTag: String = "team"
    public var anomalyRatio: Double = 0.2
    public var anomalyMinAmount: Double = 100
    public init() {}
}
