import GlasshouseCore

/// What every page's layout shows: titles, the way back up the tree, the site navigation.
public struct Frame: ViewModel {
    public var title: String
    public var siteTitle: String
    /// The prefix from this page back to the site root: `""`, `"../"`, `"../../"`.
    public var root: String
    public var asOf: String
    public var asOfDisplay: String
    /// The DORA benchmark's name, shown on every tier badge.
    public var benchmark: String
    public var generator: String
    public var crumbs: [Crumb]
    public var nav: [NavItem]
}

/// One step of the breadcrumb trail; the last one is the page itself (no link).
public struct Crumb: ViewModel {
    public var name: String
    public var href: String?
}

/// An entry of the site navigation.
public struct NavItem: ViewModel {
    public var name: String
    public var href: String
    public var current: Bool
}

/// A team in a list or table.
public struct TeamRow: ViewModel {
    public var name: String
    public var href: String
    public var description: String?
    public var unitName: String?
    public var unitHref: String?
}

/// A unit in a list.
public struct UnitRow: ViewModel {
    public var name: String
    public var href: String
    public var lead: String?
    public var teamCount: Int
    public var unitCount: Int
}

/// A note or postmortem in a list.
public struct DocumentRow: ViewModel {
    public var title: String
    public var href: String
    public var date: String
    public var dateDisplay: String
    public var author: String?
    public var teamName: String?
    public var teamHref: String?
}

/// A link of team.yaml; `href` is nil when its URL is not http(s) or mailto (shown as text).
public struct LinkRow: ViewModel {
    public var name: String
    public var href: String?
    public var text: String
}

/// A data kind's latest data point and whether it is stale.
public struct FreshnessRow: ViewModel {
    public var kind: String
    public var latest: String
    public var stale: Bool
}

/// A postmortem in the org-wide library.
public struct PostmortemRow: ViewModel {
    public var title: String
    public var href: String
    public var date: String
    public var dateDisplay: String
    public var teamName: String
    public var teamHref: String
    public var incident: String?
    public var severity: String?
}

/// `postmortems/index.html`: every published postmortem, newest first.
public struct PostmortemsPage: ViewModel {
    public var frame: Frame
    public var postmortems: [PostmortemRow]
}

/// `notes/index.html`: org and team notes, newest first.
public struct NotesPage: ViewModel {
    public var frame: Frame
    public var notes: [DocumentRow]
}

/// A note, postmortem or free page.
public struct DocumentPage: ViewModel {
    public var frame: Frame
    /// `Note`, `Postmortem`; nil for free pages.
    public var kind: String?
    public var title: String
    public var date: String?
    public var dateDisplay: String?
    public var author: String?
    public var incident: String?
    public var teamName: String?
    public var teamHref: String?
    public var body: TrustedHTML
}

/// A row of the benchmark table on the methodology page.
public struct BenchmarkRow: ViewModel {
    public var metric: String
    public var elite: String
    public var high: String
    public var medium: String
    public var low: String
}

/// A built-in benchmark as the methodology page lists it: its name and each metric's elite, high and
/// medium thresholds, read from `Benchmark`.
public struct BuiltInBenchmark: ViewModel {
    public var name: String
    public var thresholds: String
}

/// `methodology/index.html`: every definition as applied to this build.
public struct MethodologyPage: ViewModel {
    public var frame: Frame
    public var asOf: String
    public var asOfSource: String
    public var timezone: String
    public var windowDays: Int
    public var windowText: String
    public var historyWeeks: Int
    public var historyMonths: Int
    public var environments: String
    public var benchmark: String
    public var benchmarkRows: [BenchmarkRow]
    public var builtInBenchmarks: [BuiltInBenchmark]
    public var staleAfterDays: Int
    public var sloAtRisk: String
    public var anomalyRatio: String
    public var anomalyMinimum: String
    public var costColumn: String
    public var teamTag: String
    public var currency: String
    public var calmsCrawlBelow: String
    public var calmsWalkBelow: String
    public var calmsStaleDays: Int
    /// The 2025 Quick Check industry means (metrics.md §2.12), as text.
    public var quickCheckMeans: String
}

/// A line of the data-quality page: a subject and what is said of it.
public struct QualityRow: ViewModel {
    public var subject: String
    public var href: String?
    public var detail: String
}

/// Teams lacking one kind of data.
public struct MissingKind: ViewModel {
    public var kind: String
    public var teams: [QualityRow]
}

/// `quality/index.html`: data quality and transparency.
public struct QualityPage: ViewModel {
    public var frame: Frame
    /// Every warning of the build, as `file:line: field: message`.
    public var warnings: [String]
    /// Rows after the as-of day, ignored, per file.
    public var ignored: [QualityRow]
    public var stale: [QualityRow]
    public var missing: [MissingKind]
    /// Withheld sections per team.
    public var withheld: [QualityRow]
}
