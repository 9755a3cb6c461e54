import GlasshouseCompute
import GlasshouseCore
import Foundation

/// Turns the content and computed figures into the site's files: HTML pages from the theme's
/// templates, the theme's assets and the machine-readable index.
public struct SitePresenter: Sendable {
    public let content: Content
    public let figures: SiteFigures
    var tree: OrgTree { figures.tree }
    public let asOf: AsOf
    public let templates: TemplateSet
    public let generator: String
    public let catalog: MarkdownCatalog
    let dora: DORAPresenter
    let other: OtherPresenter
    /// Teams by id: unit and org pages look up every team of their subtree.
    let teamsByID: [String: Team]

    /// Every warning of the build (loading and computing), for the data-quality page, with
    /// content-relative paths.
    public let warnings: [Diagnostic]
    /// How the loader named the content folder in messages (`Content`, or the build machine's
    /// absolute path): pages show paths relative to it, never the machine's.
    let contentRoot: String?

    /// `previousCatalog` (`glasshouse serve`): the Markdown rendered by the previous build, reused
    /// for files whose text is unchanged.
    public init(content: Content, figures: SiteFigures, asOf: AsOf, templates: TemplateSet, generator: String, contentRoot: String? = nil, previousCatalog: MarkdownCatalog? = nil) {
        self.contentRoot = contentRoot
        warnings = (content.warnings + figures.warnings).map { warning in
            var relative = warning
            relative.file = SitePresenter.relative(warning.file, to: contentRoot)
            return relative
        }.sorted()
        teamsByID = Dictionary(uniqueKeysWithValues: content.teams.map { ($0.id, $0) })
        self.content = content
        self.figures = figures
        dora = DORAPresenter(benchmark: figures.benchmark, zone: content.config.timezone, asOf: asOf.day)
        other = OtherPresenter(currency: content.config.currency)
        self.asOf = asOf
        self.templates = templates
        self.generator = generator
        let published = content.teams.flatMap { team in
            [team.narrative].compactMap { $0 }
                + (team.isPrivate(.notes) ? [] : team.notes)
                + (team.isPrivate(.postmortems) ? [] : team.postmortems)
        }
        catalog = MarkdownCatalog(sources: published + content.orgNotes + content.pages, unsafeHTML: content.config.unsafeHTML, reusing: previousCatalog)
    }

    /// Every page of the site, in a stable order.
    public func pages() throws(TemplateSet.Failure) -> [OutputFile] {
        try pages(reusing: [:]).files
    }

    /// Every page, with each team's pages taken from `teamPages` when it has them (`glasshouse
    /// serve` passes the pages of teams whose inputs did not change); also returns each team's pages.
    public func pages(reusing teamPages: [String: [OutputFile]]) throws(TemplateSet.Failure) -> (files: [OutputFile], teamPages: [String: [OutputFile]]) {
        var files: [OutputFile] = []
        files.append(OutputFile(path: SitePaths.org, text: try templates.render("org", orgPage())))
        files.append(OutputFile(path: SitePaths.postmortems, text: try templates.render("postmortems", postmortemsPage())))
        files.append(OutputFile(path: SitePaths.notes, text: try templates.render("notes", notesPage())))
        files.append(OutputFile(path: SitePaths.methodology, text: try templates.render("methodology", methodologyPage())))
        files.append(OutputFile(path: SitePaths.quality, text: try templates.render("quality", qualityPage())))
        files.append(OutputFile(path: SitePaths.dataGuide, text: try templates.render("data", dataPage())))
        for unit in tree.units {
            files.append(OutputFile(path: SitePaths.unit(unit.id), text: try templates.render("unit", unitPage(unit))))
        }
        // A team's pages (its page, notes and postmortems) are independent of other teams': render
        // them on every core and keep them in team order.
        let teamFiles = Parallel.map(content.teams) { team in
            Result { () throws(TemplateSet.Failure) -> [OutputFile] in
                if let reused = teamPages[team.id] { return reused }
                return try self.teamPages(team)
            }
        }
        var rendered: [String: [OutputFile]] = [:]
        for (team, result) in zip(content.teams, teamFiles) {
            let pages = try result.get()
            rendered[team.id] = pages
            files += pages
        }
        for note in content.orgNotes {
            let path = SitePaths.orgNote(note.slug)
            files.append(OutputFile(path: path, text: try templates.render("note", documentPage(note, kind: "Note", path: path, team: nil))))
        }
        for page in content.pages {
            let path = SitePaths.page(page.slug)
            files.append(OutputFile(path: path, text: try templates.render("page", documentPage(page, kind: nil, path: path, team: nil))))
        }
        let baseURL = content.config.baseURL
        if let baseURL { files.append(FeedExport.sitemap(baseURL: baseURL, pages: files.map(\.path))) }
        files.append(FeedExport.feed(title: content.config.title, orgName: content.orgName, baseURL: baseURL, entries: feedEntries()))
        return (files, rendered)
    }

    /// Org notes, and team notes and postmortems that are published.
    func feedEntries() -> [FeedExport.Entry] {
        var entries: [FeedExport.Entry] = []
        func add(_ source: MarkdownSource, path: String, kind: String, team: Team?) {
            guard let date = source.frontMatter.date else { return }
            entries.append(FeedExport.Entry(title: catalog.title(source), path: path, date: date, author: source.frontMatter.author, kind: kind, teamName: team?.name))
        }
        for note in content.orgNotes { add(note, path: SitePaths.orgNote(note.slug), kind: "Note", team: nil) }
        for team in content.teams {
            if !team.isPrivate(.notes) { for note in team.notes { add(note, path: SitePaths.teamNote(team.id, note.slug), kind: "Note", team: team) } }
            if !team.isPrivate(.postmortems) {
                for postmortem in team.postmortems { add(postmortem, path: SitePaths.teamPostmortem(team.id, postmortem.slug), kind: "Postmortem", team: team) }
            }
        }
        return entries
    }

    // MARK: Pages

    /// A team's page, then its published notes and postmortems.
    func teamPages(_ team: Team) throws(TemplateSet.Failure) -> [OutputFile] {
        var files = [OutputFile(path: SitePaths.team(team.id), text: try templates.render("team", teamPage(team)))]
        if !team.isPrivate(.notes) {
            for note in team.notes {
                let path = SitePaths.teamNote(team.id, note.slug)
                files.append(OutputFile(path: path, text: try templates.render("note", documentPage(note, kind: "Note", path: path, team: team))))
            }
        }
        if !team.isPrivate(.postmortems) {
            for postmortem in team.postmortems {
                let path = SitePaths.teamPostmortem(team.id, postmortem.slug)
                files.append(OutputFile(path: path, text: try templates.render("postmortem", documentPage(postmortem, kind: "Postmortem", path: path, team: team))))
            }
        }
        return files
    }

    func orgPage() -> OrgPage {
        let path = SitePaths.org
        let notes = content.orgNotes.map { documentRow($0, page: SitePaths.orgNote($0.slug), from: path, team: nil) }
        return OrgPage(
            frame: frame(title: content.orgName, path: path, crumbs: []),
            name: content.orgName,
            units: tree.children(of: nil).compactMap(tree.unit).map { unitRow($0, from: path) },
            teams: content.teams.map { teamRow($0, from: path) },
            notes: Self.newestFirst(notes),
            teamCount: content.teams.count,
            unitCount: tree.units.count,
            dora: figures.org.dora.map { dora.panel($0, id: "org") },
            teamsDORA: teamsDORA(content.teams, from: path),
            slos: unitSLOs(content.teams, rollup: figures.org, from: path),
            costs: figures.org.costs.map { other.unitCosts($0, budget: figures.org.budget, id: "org") },
            calms: other.unitCALMS(figures.org.calms, heatmap: heatmap(content.teams, from: path))
        )
    }

    func unitPage(_ unit: OrgUnit) -> UnitPage {
        let path = SitePaths.unit(unit.id)
        let crumbs = tree.ancestry(of: unit.id).dropLast().map { Crumb(name: $0.name, href: SitePaths.relative(from: path, to: SitePaths.unit($0.id))) }
        let subtree = tree.subtreeTeams(of: unit.id).compactMap(team)
        return UnitPage(
            frame: frame(title: unit.name, path: path, crumbs: crumbs + [Crumb(name: unit.name, href: nil)]),
            name: unit.name,
            lead: unit.lead,
            description: unit.description.map { TrustedHTML(catalog.render(fragment: $0).html) },
            units: tree.children(of: unit.id).compactMap(tree.unit).map { unitRow($0, from: path) },
            teams: tree.teams(in: unit.id).compactMap(team).map { teamRow($0, from: path) },
            subtreeTeamCount: subtree.count,
            dora: figures.units[unit.id]?.dora.map { dora.panel($0, id: "unit") },
            teamsDORA: teamsDORA(subtree, from: path),
            slos: unitSLOs(subtree, rollup: figures.units[unit.id]!, from: path),
            costs: figures.units[unit.id]?.costs.map { other.unitCosts($0, budget: figures.units[unit.id]!.budget, id: "unit") },
            calms: other.unitCALMS(figures.units[unit.id]?.calms, heatmap: heatmap(subtree, from: path))
        )
    }

    func teamPage(_ team: Team) -> TeamPage {
        let path = SitePaths.team(team.id)
        let result = figures.teams[team.id]!
        let unit = team.unit.flatMap(tree.unit)
        let notes = team.isPrivate(.notes) ? [] : team.notes.map { documentRow($0, page: SitePaths.teamNote(team.id, $0.slug), from: path, team: nil) }
        let postmortems = team.isPrivate(.postmortems) ? [] : team.postmortems.map { documentRow($0, page: SitePaths.teamPostmortem(team.id, $0.slug), from: path, team: nil) }
        return TeamPage(
            frame: frame(title: team.name, path: path, crumbs: unitCrumbs(team.unit, from: path) + [Crumb(name: team.name, href: nil)]),
            id: team.id,
            name: team.name,
            description: team.description,
            unitName: unit?.name,
            unitHref: unit.map { SitePaths.relative(from: path, to: SitePaths.unit($0.id)) },
            owners: team.owners,
            services: team.services,
            links: team.links.map { link in
                LinkRow(name: link.name, href: LinkPolicy.classify(link.url) == .external ? link.url : nil, text: link.url)
            },
            narrative: team.narrative.map { TrustedHTML(Self.droppingTitle(catalog.html($0), title: catalog.title($0), name: team.name)) },
            notes: Self.newestFirst(notes),
            postmortems: Self.newestFirst(postmortems),
            withheld: team.privateSections.sorted().map(\.rawValue),
            dora: team.isPrivate(.dora) ? nil : figures.teams[team.id]?.dora.map { result in
                var panel = dora.panel(result.report, id: "team")
                panel.sources = sources(team, .dora, from: path)
                return panel
            },
            doraNote: team.isPrivate(.dora) ? "This team withholds its DORA figures; they still count in its unit's and the org's figures."
                : figures.teams[team.id]?.dora == nil ? "No DORA data yet: add deployments.csv, changes.csv and incidents.csv, or dora.csv." : nil,
            incidents: team.isPrivate(.incidents) ? [] : team.dora.map { dora.incidents($0, postmortems: postmortemLinks(team, from: path)) } ?? [],
            incidentsNote: team.isPrivate(.incidents) ? "This team withholds its incident list." : nil,
            slos: team.isPrivate(.slos) ? nil : result.slos.map { slos in
                SLOPanel(rows: slos.map { other.sloRow($0, team: nil) }, counts: [], total: slos.count, met: slos.filter { $0.met == true }.count,
                         sources: sources(team, .slos, from: path))
            },
            costs: team.isPrivate(.costs) ? nil : result.costs.map { months in
                var panel = other.costs(months, id: "team")
                panel.sources = sources(team, .costs, from: path)
                panel.fromFOCUS = team.focusRows > 0
                return panel
            },
            calms: team.isPrivate(.calms) ? nil : result.calms.map { calms in
                var panel = other.calms(calms, notes: calms.latest?.notes.map { TrustedHTML(catalog.render(fragment: $0).html) }, id: "team")
                panel.sources = sources(team, .calms, from: path)
                return panel
            },
            slosNote: note(team, .slos, hasData: result.slos != nil, missing: "No SLOs yet: add slos.yaml (or OpenSLO files) and sli.csv."),
            costsNote: note(team, .costs, hasData: result.costs != nil, missing: "No cost data: add costs.csv, or claim FOCUS tags with cost_tags in team.yaml."),
            calmsNote: note(team, .calms, hasData: result.calms?.latest != nil, missing: "No CALMS assessment dated on or before the as-of day."),
            downloads: Section.allCases.flatMap { sources(team, $0, from: path) },
            jsonHref: SitePaths.relative(from: path, to: "data/teams/\(team.id).json"),
            incidentSources: sources(team, .incidents, from: path),
            freshness: freshnessRows(team, result.freshness)
        )
    }

    /// Links to the downloadable raw files of one section of a team.
    func sources(_ team: Team, _ section: Section, from path: String) -> [LinkRow] {
        guard !team.isPrivate(section) else { return [] }
        return team.downloads.filter { $0.section == section }.map { download in
            LinkRow(name: download.name, href: SitePaths.relative(from: path, to: "data/teams/\(team.id)/\(download.name)"), text: download.name)
        }
    }

    func note(_ team: Team, _ section: Section, hasData: Bool, missing: String) -> String? {
        if team.isPrivate(section) { return "This team withholds this section; its figures still count in its unit's and the org's totals." }
        return hasData ? nil : missing
    }

    func freshnessRows(_ team: Team, _ freshness: TeamFreshness) -> [FreshnessRow] {
        let kinds: [(String, Section, Freshness?)] = [
            ("DORA", .dora, freshness.dora), ("Incidents", .incidents, freshness.incidents), ("SLIs", .slos, freshness.slos),
            ("Costs", .costs, freshness.costs), ("CALMS", .calms, freshness.calms),
        ]
        return kinds.compactMap { name, section, value in
            guard let value, !team.isPrivate(section) else { return nil }
            return FreshnessRow(kind: name, latest: value.latest ?? "nothing by the as-of day", stale: value.stale)
        }
    }

    func unitSLOs(_ teams: [Team], rollup: UnitFigures, from path: String) -> SLOPanel {
        // Withheld SLOs count, but only published ones are named among the worst.
        var named: [(figures: SLOFigures, team: (name: String, href: String)?)] = []
        for team in teams where !team.isPrivate(.slos) {
            for slo in figures.teams[team.id]?.slos ?? [] {
                named.append((slo, (team.name, SitePaths.relative(from: path, to: SitePaths.team(team.id)))))
            }
        }
        var panel = other.unitSLOs(named)
        let counts = SLOCounts(rollup.slos)
        panel.counts = SLOStatus.allCases.map { FigureCell(text: String(counts[$0]), tier: $0.rawValue, tierName: OtherPresenter.statusNames[$0]) }
        panel.total = counts.total
        panel.met = counts.met
        return panel
    }

    func heatmap(_ teams: [Team], from path: String) -> [CALMSHeatRow] {
        teams.map { team in
            let href = SitePaths.relative(from: path, to: SitePaths.team(team.id))
            if team.isPrivate(.calms) {
                return CALMSHeatRow(name: team.name, href: href, cells: [], overall: "—", note: "withheld")
            }
            return other.heatRow(name: team.name, href: href, figures: figures.teams[team.id]?.calms)
        }
    }

    func postmortemsPage() -> PostmortemsPage {
        let path = SitePaths.postmortems
        var rows: [PostmortemRow] = []
        for team in content.teams where !team.isPrivate(.postmortems) {
            let severities = Dictionary(team.dora?.incidents.map { ($0.id, $0.severity) } ?? [], uniquingKeysWith: { first, _ in first })
            for source in team.postmortems {
                rows.append(PostmortemRow(
                    title: catalog.title(source),
                    href: SitePaths.relative(from: path, to: SitePaths.teamPostmortem(team.id, source.slug)),
                    date: source.frontMatter.date?.description ?? "",
                    dateDisplay: source.frontMatter.date?.display ?? "",
                    teamName: team.name,
                    teamHref: SitePaths.relative(from: path, to: SitePaths.team(team.id)),
                    incident: source.frontMatter.incident,
                    severity: team.isPrivate(.incidents) ? nil : source.frontMatter.incident.flatMap { severities[$0] ?? nil }
                ))
            }
        }
        rows.sort { ($0.date, $1.title, $1.teamName) > ($1.date, $0.title, $0.teamName) }
        return PostmortemsPage(frame: frame(title: "Postmortems", path: path, crumbs: [Crumb(name: "Postmortems", href: nil)]), postmortems: rows)
    }

    /// `notes/index.html`: org notes and every team's published notes, newest first.
    func notesPage() -> NotesPage {
        let path = SitePaths.notes
        var rows = content.orgNotes.map { documentRow($0, page: SitePaths.orgNote($0.slug), from: path, team: nil) }
        for team in content.teams where !team.isPrivate(.notes) {
            rows += team.notes.map { documentRow($0, page: SitePaths.teamNote(team.id, $0.slug), from: path, team: team) }
        }
        rows.sort { ($0.date, $1.title, $1.href) > ($1.date, $0.title, $0.href) }
        return NotesPage(frame: frame(title: "Notes", path: path, crumbs: [Crumb(name: "Notes", href: nil)]), notes: rows)
    }

    /// `path` relative to the content folder `root` (unchanged when it lies elsewhere).
    static func relative(_ path: String, to root: String?) -> String {
        guard let root, !root.isEmpty else { return path }
        if path == root { return "." }
        return path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }

    func qualityPage() -> QualityPage {
        let path = SitePaths.quality
        func href(_ team: Team) -> String { SitePaths.relative(from: path, to: SitePaths.team(team.id)) }
        var ignored: [QualityRow] = []
        var stale: [QualityRow] = []
        var missing: [(String, [QualityRow])] = [("DORA", []), ("Incidents", []), ("SLOs", []), ("Costs", []), ("CALMS", [])]
        for team in content.teams {
            let result = figures.teams[team.id]!
            for (file, count) in result.ignoredAfterAsOf.sorted(by: { $0.key < $1.key }) {
                ignored.append(QualityRow(subject: team.name, href: href(team), detail: "\(count) row\(count == 1 ? "" : "s") of \(Self.relative(file, to: contentRoot)) after \(asOf.day.display)"))
            }
            let kinds: [(String, Freshness?)] = [("DORA", result.freshness.dora), ("Incidents", result.freshness.incidents), ("SLIs", result.freshness.slos),
                                                 ("Costs", result.freshness.costs), ("CALMS", result.freshness.calms)]
            for (kind, freshness) in kinds {
                guard let freshness, freshness.stale else { continue }
                stale.append(QualityRow(subject: team.name, href: href(team), detail: "\(kind): latest \(freshness.latest ?? "none by the as-of day")"))
            }
            let has = [team.dora != nil, team.dora.map { !$0.incidentsFile.isEmpty } ?? false, team.slo != nil, team.costs != nil, team.calms != nil]
            for index in has.indices where !has[index] { missing[index].1.append(QualityRow(subject: team.name, href: href(team), detail: "")) }
        }
        return QualityPage(
            frame: frame(title: "Data quality", path: path, crumbs: [Crumb(name: "Data quality", href: nil)]),
            warnings: warnings.map(\.description),
            ignored: ignored, stale: stale,
            missing: missing.map { MissingKind(kind: $0.0, teams: $0.1) },
            withheld: content.teams.filter { !$0.privateSections.isEmpty }.map { team in
                QualityRow(subject: team.name, href: href(team), detail: team.privateSections.sorted().map(\.rawValue).joined(separator: ", "))
            }
        )
    }

    func methodologyPage() -> MethodologyPage {
        let path = SitePaths.methodology
        let config = content.config
        let b = figures.benchmark
        func perWeek(_ value: Double) -> String { "≥ \(Format.number(value)) deploy days/week" }
        func below(_ value: Double) -> String { "< \(Format.hours(value))" }
        func atMost(_ value: Double) -> String { "≤ \(Format.percent(value))" }
        let window = figures.series.window
        return MethodologyPage(
            frame: frame(title: "Methodology", path: path, crumbs: [Crumb(name: "Methodology", href: nil)]),
            asOf: asOf.day.display,
            asOfSource: asOf.source.rawValue,
            timezone: config.timezone.identifier,
            windowDays: config.windowDays,
            windowText: "\(window.start.display) – \(window.end.display)",
            historyWeeks: config.historyWeeks,
            historyMonths: config.historyMonths,
            environments: config.dora.productionEnvironments.joined(separator: ", "),
            benchmark: b.name,
            benchmarkRows: [
                BenchmarkRow(metric: "Deployment frequency", elite: perWeek(b.deployDaysPerWeek.elite), high: perWeek(b.deployDaysPerWeek.high),
                             medium: perWeek(b.deployDaysPerWeek.medium), low: "otherwise"),
                BenchmarkRow(metric: "Lead time (p50)", elite: below(b.leadTimeHours.elite), high: below(b.leadTimeHours.high),
                             medium: below(b.leadTimeHours.medium), low: "≥ \(Format.hours(b.leadTimeHours.medium))"),
                BenchmarkRow(metric: "Change failure rate", elite: atMost(b.changeFailureRate.elite), high: atMost(b.changeFailureRate.high),
                             medium: atMost(b.changeFailureRate.medium), low: "otherwise"),
                BenchmarkRow(metric: "Recovery time (p50)", elite: below(b.recoveryHours.elite), high: below(b.recoveryHours.high),
                             medium: below(b.recoveryHours.medium), low: "≥ \(Format.hours(b.recoveryHours.medium))"),
            ],
            staleAfterDays: config.staleAfterDays,
            sloAtRisk: Format.percent(SLOEngine.atRiskRemaining),
            anomalyRatio: Format.percent(config.finops.anomalyRatio),
            anomalyMinimum: Format.money(config.finops.anomalyMinAmount, config.currency),
            costColumn: config.finops.costColumn,
            teamTag: config.finops.teamTag,
            currency: config.currency,
            calmsCrawlBelow: Format.number(CALMSBand.crawlBelow),
            calmsWalkBelow: Format.number(CALMSBand.walkBelow),
            calmsStaleDays: CALMSEngine.staleAfterDays,
            quickCheckMeans: DORAChangeText.quickCheckMeans
        )
    }

    /// Incident id → the page of its postmortem, when postmortems are published.
    func postmortemLinks(_ team: Team, from path: String) -> [String: String] {
        guard !team.isPrivate(.postmortems) else { return [:] }
        var links: [String: String] = [:]
        for source in team.postmortems {
            if let incident = source.frontMatter.incident, links[incident] == nil {
                links[incident] = SitePaths.relative(from: path, to: SitePaths.teamPostmortem(team.id, source.slug))
            }
        }
        return links
    }

    func teamsDORA(_ teams: [Team], from path: String) -> [TeamDORARow] {
        teams.map { team in
            let unit = team.unit.flatMap(tree.unit)
            let report = team.isPrivate(.dora) ? nil : figures.teams[team.id]?.dora?.report
            return TeamDORARow(
                name: team.name, href: SitePaths.relative(from: path, to: SitePaths.team(team.id)), unitName: unit?.name,
                cells: report.map(dora.teamCells) ?? [],
                note: team.isPrivate(.dora) ? "withheld" : report == nil ? "no DORA data" : nil
            )
        }
    }

    func documentPage(_ source: MarkdownSource, kind: String?, path: String, team: Team?) -> DocumentPage {
        let title = catalog.title(source)
        var crumbs = [Crumb]()
        if let team {
            crumbs = unitCrumbs(team.unit, from: path) + [Crumb(name: team.name, href: SitePaths.relative(from: path, to: SitePaths.team(team.id)))]
        }
        return DocumentPage(
            frame: frame(title: title, path: path, crumbs: crumbs + [Crumb(name: title, href: nil)]),
            kind: kind,
            title: title,
            date: source.frontMatter.date?.description,
            dateDisplay: source.frontMatter.date?.display,
            author: source.frontMatter.author,
            incident: source.frontMatter.incident,
            teamName: team?.name,
            teamHref: team.map { SitePaths.relative(from: path, to: SitePaths.team($0.id)) },
            body: TrustedHTML(catalog.html(source))
        )
    }

    // MARK: Parts

    func frame(title: String, path: String, crumbs: [Crumb]) -> Frame {
        let home = Crumb(name: content.orgName, href: crumbs.isEmpty ? nil : SitePaths.relative(from: path, to: SitePaths.org))
        var nav = [NavItem(name: "Overview", href: SitePaths.relative(from: path, to: SitePaths.org), current: path == SitePaths.org)]
        nav.append(NavItem(name: "Methodology", href: SitePaths.relative(from: path, to: SitePaths.methodology), current: path == SitePaths.methodology))
        nav.append(NavItem(name: "Data quality", href: SitePaths.relative(from: path, to: SitePaths.quality), current: path == SitePaths.quality))
        nav.append(NavItem(name: "Postmortems", href: SitePaths.relative(from: path, to: SitePaths.postmortems), current: path == SitePaths.postmortems))
        nav.append(NavItem(name: "Notes", href: SitePaths.relative(from: path, to: SitePaths.notes), current: path == SitePaths.notes))
        for page in content.pages {
            let target = SitePaths.page(page.slug)
            nav.append(NavItem(name: catalog.title(page), href: SitePaths.relative(from: path, to: target), current: path == target))
        }
        return Frame(
            title: title,
            siteTitle: content.config.title,
            root: SitePaths.root(from: path),
            asOf: asOf.day.description,
            asOfDisplay: asOf.day.display,
            benchmark: figures.benchmark.name,
            generator: generator,
            crumbs: [home] + crumbs,
            nav: nav
        )
    }

    func unitCrumbs(_ unit: String?, from path: String) -> [Crumb] {
        guard let unit else { return [] }
        return tree.ancestry(of: unit).map { Crumb(name: $0.name, href: SitePaths.relative(from: path, to: SitePaths.unit($0.id))) }
    }

    func team(_ id: String) -> Team? { teamsByID[id] }

    func teamRow(_ team: Team, from path: String) -> TeamRow {
        let unit = team.unit.flatMap(tree.unit)
        return TeamRow(
            name: team.name,
            href: SitePaths.relative(from: path, to: SitePaths.team(team.id)),
            description: team.description,
            unitName: unit?.name,
            unitHref: unit.map { SitePaths.relative(from: path, to: SitePaths.unit($0.id)) }
        )
    }

    func unitRow(_ unit: OrgUnit, from path: String) -> UnitRow {
        UnitRow(
            name: unit.name,
            href: SitePaths.relative(from: path, to: SitePaths.unit(unit.id)),
            lead: unit.lead,
            teamCount: tree.subtreeTeams(of: unit.id).count,
            unitCount: tree.subtreeUnits(of: unit.id).count
        )
    }

    func documentRow(_ source: MarkdownSource, page: String, from path: String, team: Team?) -> DocumentRow {
        DocumentRow(
            title: catalog.title(source),
            href: SitePaths.relative(from: path, to: page),
            date: source.frontMatter.date?.description ?? "",
            dateDisplay: source.frontMatter.date?.display ?? "",
            author: source.frontMatter.author,
            teamName: team?.name,
            teamHref: team.map { SitePaths.relative(from: path, to: SitePaths.team($0.id)) }
        )
    }

    /// The narrative without its leading `<h1>` when that only repeats the team's name, which the
    /// page already shows as its heading (one h1 per page).
    static func droppingTitle(_ html: String, title: String, name: String) -> String {
        guard title == name, html.hasPrefix("<h1>"), let end = html.range(of: "</h1>\n") else { return html }
        return String(html[end.upperBound...])
    }

    /// Newest first; ties by title so the order never depends on the file system.
    static func newestFirst(_ rows: [DocumentRow]) -> [DocumentRow] {
        rows.sorted { ($0.date, $1.title) > ($1.date, $0.title) }
    }
}
