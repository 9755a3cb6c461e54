// Generated from the view-model declarations by `make generate` (Tools/template_fields.py); do not edit.
// TemplateFieldsCoverageTests fails when this file is out of date.

extension DataPage {
    public static let templateFields = TemplateFields<DataPage>(
        .init("frame") { $0.frame },
        .init("teams") { $0.teams },
        .init("units") { $0.units },
        .init("currency") { $0.currency },
        .init("timezone") { $0.timezone }
    )
}

extension Frame {
    public static let templateFields = TemplateFields<Frame>(
        .init("title") { $0.title },
        .init("siteTitle") { $0.siteTitle },
        .init("root") { $0.root },
        .init("asOf") { $0.asOf },
        .init("asOfDisplay") { $0.asOfDisplay },
        .init("benchmark") { $0.benchmark },
        .init("generator") { $0.generator },
        .init("crumbs") { $0.crumbs },
        .init("nav") { $0.nav }
    )
}

extension Crumb {
    public static let templateFields = TemplateFields<Crumb>(
        .init("name") { $0.name },
        .init("href") { $0.href }
    )
}

extension NavItem {
    public static let templateFields = TemplateFields<NavItem>(
        .init("name") { $0.name },
        .init("href") { $0.href },
        .init("current") { $0.current }
    )
}

extension TeamRow {
    public static let templateFields = TemplateFields<TeamRow>(
        .init("name") { $0.name },
        .init("href") { $0.href },
        .init("description") { $0.description },
        .init("unitName") { $0.unitName },
        .init("unitHref") { $0.unitHref }
    )
}

extension UnitRow {
    public static let templateFields = TemplateFields<UnitRow>(
        .init("name") { $0.name },
        .init("href") { $0.href },
        .init("lead") { $0.lead },
        .init("teamCount") { $0.teamCount },
        .init("unitCount") { $0.unitCount }
    )
}

extension DocumentRow {
    public static let templateFields = TemplateFields<DocumentRow>(
        .init("title") { $0.title },
        .init("href") { $0.href },
        .init("date") { $0.date },
        .init("dateDisplay") { $0.dateDisplay },
        .init("author") { $0.author },
        .init("teamName") { $0.teamName },
        .init("teamHref") { $0.teamHref }
    )
}

extension LinkRow {
    public static let templateFields = TemplateFields<LinkRow>(
        .init("name") { $0.name },
        .init("href") { $0.href },
        .init("text") { $0.text }
    )
}

extension FreshnessRow {
    public static let templateFields = TemplateFields<FreshnessRow>(
        .init("kind") { $0.kind },
        .init("latest") { $0.latest },
        .init("stale") { $0.stale }
    )
}

extension PostmortemRow {
    public static let templateFields = TemplateFields<PostmortemRow>(
        .init("title") { $0.title },
        .init("href") { $0.href },
        .init("date") { $0.date },
        .init("dateDisplay") { $0.dateDisplay },
        .init("teamName") { $0.teamName },
        .init("teamHref") { $0.teamHref },
        .init("incident") { $0.incident },
        .init("severity") { $0.severity }
    )
}

extension PostmortemsPage {
    public static let templateFields = TemplateFields<PostmortemsPage>(
        .init("frame") { $0.frame },
        .init("postmortems") { $0.postmortems }
    )
}

extension NotesPage {
    public static let templateFields = TemplateFields<NotesPage>(
        .init("frame") { $0.frame },
        .init("notes") { $0.notes }
    )
}

extension DocumentPage {
    public static let templateFields = TemplateFields<DocumentPage>(
        .init("frame") { $0.frame },
        .init("kind") { $0.kind },
        .init("title") { $0.title },
        .init("date") { $0.date },
        .init("dateDisplay") { $0.dateDisplay },
        .init("author") { $0.author },
        .init("incident") { $0.incident },
        .init("teamName") { $0.teamName },
        .init("teamHref") { $0.teamHref },
        .init("body") { $0.body }
    )
}

extension BenchmarkRow {
    public static let templateFields = TemplateFields<BenchmarkRow>(
        .init("metric") { $0.metric },
        .init("elite") { $0.elite },
        .init("high") { $0.high },
        .init("medium") { $0.medium },
        .init("low") { $0.low }
    )
}

extension BuiltInBenchmark {
    public static let templateFields = TemplateFields<BuiltInBenchmark>(
        .init("name") { $0.name },
        .init("thresholds") { $0.thresholds }
    )
}

extension MethodologyPage {
    public static let templateFields = TemplateFields<MethodologyPage>(
        .init("frame") { $0.frame },
        .init("asOf") { $0.asOf },
        .init("asOfSource") { $0.asOfSource },
        .init("timezone") { $0.timezone },
        .init("windowDays") { $0.windowDays },
        .init("windowText") { $0.windowText },
        .init("historyWeeks") { $0.historyWeeks },
        .init("historyMonths") { $0.historyMonths },
        .init("environments") { $0.environments },
        .init("benchmark") { $0.benchmark },
        .init("benchmarkRows") { $0.benchmarkRows },
        .init("builtInBenchmarks") { $0.builtInBenchmarks },
        .init("staleAfterDays") { $0.staleAfterDays },
        .init("sloAtRisk") { $0.sloAtRisk },
        .init("anomalyRatio") { $0.anomalyRatio },
        .init("anomalyMinimum") { $0.anomalyMinimum },
        .init("costColumn") { $0.costColumn },
        .init("teamTag") { $0.teamTag },
        .init("currency") { $0.currency },
        .init("calmsCrawlBelow") { $0.calmsCrawlBelow },
        .init("calmsWalkBelow") { $0.calmsWalkBelow },
        .init("calmsStaleDays") { $0.calmsStaleDays },
        .init("quickCheckMeans") { $0.quickCheckMeans }
    )
}

extension QualityRow {
    public static let templateFields = TemplateFields<QualityRow>(
        .init("subject") { $0.subject },
        .init("href") { $0.href },
        .init("detail") { $0.detail }
    )
}

extension MissingKind {
    public static let templateFields = TemplateFields<MissingKind>(
        .init("kind") { $0.kind },
        .init("teams") { $0.teams }
    )
}

extension QualityPage {
    public static let templateFields = TemplateFields<QualityPage>(
        .init("frame") { $0.frame },
        .init("warnings") { $0.warnings },
        .init("ignored") { $0.ignored },
        .init("stale") { $0.stale },
        .init("missing") { $0.missing },
        .init("withheld") { $0.withheld }
    )
}

extension OrgPage {
    public static let templateFields = TemplateFields<OrgPage>(
        .init("frame") { $0.frame },
        .init("name") { $0.name },
        .init("units") { $0.units },
        .init("teams") { $0.teams },
        .init("notes") { $0.notes },
        .init("teamCount") { $0.teamCount },
        .init("unitCount") { $0.unitCount },
        .init("panels") { $0.panels },
        .init("costMonth") { $0.costMonth },
        .init("costByUnit") { $0.costByUnit },
        .init("costByTeam") { $0.costByTeam },
        .init("targetCounts") { $0.targetCounts },
        .init("targets") { $0.targets }
    )
}

extension ScopePanels {
    public static let templateFields = TemplateFields<ScopePanels>(
        .init("dora") { $0.dora },
        .init("teamsDORA") { $0.teamsDORA },
        .init("slos") { $0.slos },
        .init("costs") { $0.costs },
        .init("calms") { $0.calms },
        .init("banner") { $0.banner },
        .init("changes") { $0.changes }
    )
}

extension UnitPage {
    public static let templateFields = TemplateFields<UnitPage>(
        .init("frame") { $0.frame },
        .init("name") { $0.name },
        .init("lead") { $0.lead },
        .init("description") { $0.description },
        .init("units") { $0.units },
        .init("teams") { $0.teams },
        .init("subtreeTeamCount") { $0.subtreeTeamCount },
        .init("panels") { $0.panels },
        .init("targets") { $0.targets }
    )
}

extension TeamPage {
    public static let templateFields = TemplateFields<TeamPage>(
        .init("frame") { $0.frame },
        .init("id") { $0.id },
        .init("name") { $0.name },
        .init("description") { $0.description },
        .init("unitName") { $0.unitName },
        .init("unitHref") { $0.unitHref },
        .init("owners") { $0.owners },
        .init("services") { $0.services },
        .init("links") { $0.links },
        .init("narrative") { $0.narrative },
        .init("notes") { $0.notes },
        .init("postmortems") { $0.postmortems },
        .init("withheld") { $0.withheld },
        .init("dora") { $0.dora },
        .init("doraNote") { $0.doraNote },
        .init("incidents") { $0.incidents },
        .init("incidentsNote") { $0.incidentsNote },
        .init("slos") { $0.slos },
        .init("costs") { $0.costs },
        .init("calms") { $0.calms },
        .init("slosNote") { $0.slosNote },
        .init("costsNote") { $0.costsNote },
        .init("calmsNote") { $0.calmsNote },
        .init("downloads") { $0.downloads },
        .init("jsonHref") { $0.jsonHref },
        .init("incidentSources") { $0.incidentSources },
        .init("freshness") { $0.freshness },
        .init("targets") { $0.targets }
    )
}

extension PillarCell {
    public static let templateFields = TemplateFields<PillarCell>(
        .init("pillar") { $0.pillar },
        .init("score") { $0.score },
        .init("band") { $0.band },
        .init("delta") { $0.delta },
        .init("constraint") { $0.constraint },
        .init("level") { $0.level }
    )
}

extension CALMSHeatRow {
    public static let templateFields = TemplateFields<CALMSHeatRow>(
        .init("name") { $0.name },
        .init("href") { $0.href },
        .init("cells") { $0.cells },
        .init("overall") { $0.overall },
        .init("note") { $0.note }
    )
}

extension CALMSPanel {
    public static let templateFields = TemplateFields<CALMSPanel>(
        .init("headline") { $0.headline },
        .init("date") { $0.date },
        .init("respondents") { $0.respondents },
        .init("overall") { $0.overall },
        .init("stale") { $0.stale },
        .init("chart") { $0.chart },
        .init("pillars") { $0.pillars },
        .init("notes") { $0.notes },
        .init("n") { $0.n },
        .init("heatmap") { $0.heatmap },
        .init("sources") { $0.sources }
    )
}

extension CostRowView {
    public static let templateFields = TemplateFields<CostRowView>(
        .init("month") { $0.month },
        .init("total") { $0.total },
        .init("budget") { $0.budget },
        .init("budgetCost") { $0.budgetCost },
        .init("variance") { $0.variance },
        .init("overBudget") { $0.overBudget },
        .init("forecast") { $0.forecast },
        .init("waste") { $0.waste },
        .init("perDeployment") { $0.perDeployment },
        .init("change") { $0.change },
        .init("unallocated") { $0.unallocated },
        .init("anomaly") { $0.anomaly }
    )
}

extension LegendItem {
    public static let templateFields = TemplateFields<LegendItem>(
        .init("name") { $0.name },
        .init("index") { $0.index }
    )
}

extension CostPanel {
    public static let templateFields = TemplateFields<CostPanel>(
        .init("currency") { $0.currency },
        .init("chart") { $0.chart },
        .init("legend") { $0.legend },
        .init("months") { $0.months },
        .init("latestTotal") { $0.latestTotal },
        .init("latestPerDeployment") { $0.latestPerDeployment },
        .init("anomalies") { $0.anomalies },
        .init("hasForecast") { $0.hasForecast },
        .init("budgetLine") { $0.budgetLine },
        .init("hasUnallocated") { $0.hasUnallocated },
        .init("columns") { $0.columns },
        .init("budgetNote") { $0.budgetNote },
        .init("sources") { $0.sources },
        .init("fromFOCUS") { $0.fromFOCUS }
    )
}

extension CostColumns {
    public static let templateFields = TemplateFields<CostColumns>(
        .init("unallocated") { $0.unallocated },
        .init("change") { $0.change },
        .init("forecast") { $0.forecast },
        .init("budget") { $0.budget },
        .init("variance") { $0.variance },
        .init("waste") { $0.waste },
        .init("perDeployment") { $0.perDeployment },
        .init("budgetCost") { $0.budgetCost },
        .init("anomaly") { $0.anomaly }
    )
}

extension CostShareRow {
    public static let templateFields = TemplateFields<CostShareRow>(
        .init("name") { $0.name },
        .init("href") { $0.href },
        .init("total") { $0.total },
        .init("sort") { $0.sort },
        .init("change") { $0.change },
        .init("changeSort") { $0.changeSort },
        .init("variance") { $0.variance },
        .init("over") { $0.over }
    )
}

extension MetricCard {
    public static let templateFields = TemplateFields<MetricCard>(
        .init("name") { $0.name },
        .init("value") { $0.value },
        .init("unit") { $0.unit },
        .init("detail") { $0.detail },
        .init("tier") { $0.tier },
        .init("tierName") { $0.tierName },
        .init("definition") { $0.definition },
        .init("anchor") { $0.anchor },
        .init("metric") { $0.metric },
        .init("previous") { $0.previous },
        .init("notable") { $0.notable },
        .init("staleTier") { $0.staleTier }
    )
}

extension FigureRow {
    public static let templateFields = TemplateFields<FigureRow>(
        .init("label") { $0.label },
        .init("cells") { $0.cells }
    )
}

extension FigureCell {
    public static let templateFields = TemplateFields<FigureCell>(
        .init("text") { $0.text },
        .init("tier") { $0.tier },
        .init("tierName") { $0.tierName },
        .init("label") { $0.label },
        .init("sort") { $0.sort },
        .init("notable") { $0.notable },
        .init("previous") { $0.previous }
    )
}

extension NotableArrow {
    public static let templateFields = TemplateFields<NotableArrow>(
        .init("arrow") { $0.arrow },
        .init("direction") { $0.direction }
    )
}

extension DORAPanel {
    public static let templateFields = TemplateFields<DORAPanel>(
        .init("windowText") { $0.windowText },
        .init("approx") { $0.approx },
        .init("benchmark") { $0.benchmark },
        .init("cards") { $0.cards },
        .init("weeklyChart") { $0.weeklyChart },
        .init("leadChart") { $0.leadChart },
        .init("recoveryChart") { $0.recoveryChart },
        .init("weeks") { $0.weeks },
        .init("months") { $0.months },
        .init("tierCharts") { $0.tierCharts },
        .init("teamsReporting") { $0.teamsReporting },
        .init("sources") { $0.sources },
        .init("previousText") { $0.previousText },
        .init("staleNote") { $0.staleNote },
        .init("quickCheck") { $0.quickCheck },
        .init("events") { $0.events }
    )
}

extension EventRow {
    public static let templateFields = TemplateFields<EventRow>(
        .init("number") { $0.number },
        .init("day") { $0.day },
        .init("date") { $0.date },
        .init("title") { $0.title }
    )
}

extension TierChart {
    public static let templateFields = TemplateFields<TierChart>(
        .init("metric") { $0.metric },
        .init("chart") { $0.chart },
        .init("counts") { $0.counts }
    )
}

extension TeamDORARow {
    public static let templateFields = TemplateFields<TeamDORARow>(
        .init("name") { $0.name },
        .init("href") { $0.href },
        .init("unitName") { $0.unitName },
        .init("cells") { $0.cells },
        .init("note") { $0.note },
        .init("trend") { $0.trend }
    )
}

extension IncidentRow {
    public static let templateFields = TemplateFields<IncidentRow>(
        .init("id") { $0.id },
        .init("opened") { $0.opened },
        .init("openedDisplay") { $0.openedDisplay },
        .init("severity") { $0.severity },
        .init("service") { $0.service },
        .init("summary") { $0.summary },
        .init("open") { $0.open },
        .init("duration") { $0.duration },
        .init("causedBy") { $0.causedBy },
        .init("postmortemHref") { $0.postmortemHref }
    )
}

extension ChangeRow {
    public static let templateFields = TemplateFields<ChangeRow>(
        .init("teamName") { $0.teamName },
        .init("teamHref") { $0.teamHref },
        .init("metric") { $0.metric },
        .init("direction") { $0.direction },
        .init("arrow") { $0.arrow },
        .init("previous") { $0.previous },
        .init("current") { $0.current },
        .init("tierFrom") { $0.tierFrom },
        .init("tierFromName") { $0.tierFromName },
        .init("tierTo") { $0.tierTo },
        .init("tierToName") { $0.tierToName }
    )
}

extension TargetRow {
    public static let templateFields = TemplateFields<TargetRow>(
        .init("scopeName") { $0.scopeName },
        .init("scopeHref") { $0.scopeHref },
        .init("metric") { $0.metric },
        .init("value") { $0.value },
        .init("by") { $0.by },
        .init("baseline") { $0.baseline },
        .init("current") { $0.current },
        .init("expected") { $0.expected },
        .init("status") { $0.status },
        .init("statusName") { $0.statusName },
        .init("note") { $0.note }
    )
}

extension TargetCount {
    public static let templateFields = TemplateFields<TargetCount>(
        .init("status") { $0.status },
        .init("statusName") { $0.statusName },
        .init("count") { $0.count }
    )
}

extension QuickCheckRow {
    public static let templateFields = TemplateFields<QuickCheckRow>(
        .init("name") { $0.name },
        .init("score") { $0.score },
        .init("width") { $0.width },
        .init("mean") { $0.mean },
        .init("spread") { $0.spread }
    )
}

extension AlertRow {
    public static let templateFields = TemplateFields<AlertRow>(
        .init("name") { $0.name },
        .init("href") { $0.href },
        .init("detail") { $0.detail }
    )
}

extension ChangesPanel {
    public static let templateFields = TemplateFields<ChangesPanel>(
        .init("changes") { $0.changes },
        .init("total") { $0.total },
        .init("exhausted") { $0.exhausted },
        .init("anomalies") { $0.anomalies },
        .init("stale") { $0.stale },
        .init("comparison") { $0.comparison }
    )
}

extension SLORow {
    public static let templateFields = TemplateFields<SLORow>(
        .init("name") { $0.name },
        .init("id") { $0.id },
        .init("teamName") { $0.teamName },
        .init("teamHref") { $0.teamHref },
        .init("service") { $0.service },
        .init("description") { $0.description },
        .init("objective") { $0.objective },
        .init("windowDays") { $0.windowDays },
        .init("attainment") { $0.attainment },
        .init("status") { $0.status },
        .init("statusName") { $0.statusName },
        .init("budgetWidth") { $0.budgetWidth },
        .init("budgetText") { $0.budgetText },
        .init("burn1d") { $0.burn1d },
        .init("burn7d") { $0.burn7d },
        .init("forecast") { $0.forecast },
        .init("policy") { $0.policy },
        .init("shortHistory") { $0.shortHistory },
        .init("monthToDate") { $0.monthToDate },
        .init("history") { $0.history }
    )
}

extension SLOPanel {
    public static let templateFields = TemplateFields<SLOPanel>(
        .init("rows") { $0.rows },
        .init("showTeam") { $0.showTeam },
        .init("counts") { $0.counts },
        .init("total") { $0.total },
        .init("met") { $0.met },
        .init("sources") { $0.sources }
    )
}
