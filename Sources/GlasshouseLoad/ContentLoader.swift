import GlasshouseCore

/// Loads the whole content folder into a validated `Content`: site.yaml, org.yaml, every team
/// folder and every Markdown file. Reports every problem at once; unknown files are warnings.
public enum ContentLoader {
    /// `cache` (for `glasshouse serve`) keeps loaded team folders between loads: only team
    /// folders whose files changed are read again.
    public static func load(from folder: SourceFolder, cache: LoadCache? = nil) throws(ContentErrors) -> Content {
        var diagnostics = Diagnostics()
        let files = folder.listFiles(diagnostics: &diagnostics)
        cache?.begin(files: files, folder: folder)
        let fileSet = Set(files)

        guard fileSet.contains("site.yaml") else {
            diagnostics.error(folder.display("site.yaml"), field: "title", "site.yaml is missing; it must at least give the site a title")
            throw ContentErrors(diagnostics.sorted)
        }
        let siteText = folder.readText("site.yaml", diagnostics: &diagnostics)
        guard let siteText, let config = SiteConfigLoader.load(siteText, file: folder.display("site.yaml"), diagnostics: &diagnostics) else {
            throw ContentErrors(diagnostics.sorted)
        }

        var org: Org?
        if fileSet.contains("org.yaml"), let text = folder.readText("org.yaml", diagnostics: &diagnostics) {
            org = OrgLoader.load(text, file: folder.display("org.yaml"), defaultName: config.title, diagnostics: &diagnostics)
        }
        let unitIDs = Set(org?.units.map(\.id) ?? [])
        let benchmarkFile = Benchmark.builtIn[config.dora.benchmark] == nil ? config.dora.benchmark : nil
        let benchmark = loadBenchmark(config.dora, folder: folder, files: fileSet, diagnostics: &diagnostics)

        // Classify every file; group team files by team folder.
        var teamFiles: [String: [String]] = [:]
        var orgNotes: [MarkdownSource] = []
        var pages: [MarkdownSource] = []
        var focusFiles: [String] = []
        var windowsReserved: Set<String> = []
        var byLowercasedPath: [String: String] = [:]
        for path in files {
            let parts = path.split(separator: "/").map(String.init)
            // macOS and Windows ignore case: two paths differing only in case cannot both check out.
            if let first = byLowercasedPath[path.lowercased()] {
                diagnostics.error(folder.display(path), "differs from \(folder.display(first)) only in case; macOS and Windows cannot hold both, rename one")
                continue
            }
            byLowercasedPath[path.lowercased()] = path
            // The content must check out on every OS: a file or folder named like `con` or `nul.md`
            // cannot exist on Windows (team ids, page and note slugs included). Reported once per name.
            if let index = parts.firstIndex(where: Identifier.isWindowsReserved) {
                let reserved = parts[...index].joined(separator: "/")
                if windowsReserved.insert(reserved).inserted {
                    diagnostics.error(
                        folder.display(reserved), "Windows reserves the name \(parts[index]), so the content could not be checked out there; rename it")
                }
                continue
            }
            switch parts.count {
            case 1 where path == "site.yaml" || path == "org.yaml":
                continue
            case _ where path == benchmarkFile:
                continue
            case 2 where parts[0] == "notes" && path.hasSuffix(".md"):
                if let text = folder.readText(path, diagnostics: &diagnostics),
                    let note = MarkdownLoader.load(text, path: path, file: folder.display(path), kind: .note, zone: config.timezone, diagnostics: &diagnostics)
                {
                    orgNotes.append(note)
                }
                continue
            case 2 where parts[0] == "pages" && path.hasSuffix(".md"):
                if let text = folder.readText(path, diagnostics: &diagnostics),
                    let page = MarkdownLoader.load(text, path: path, file: folder.display(path), kind: .page, zone: config.timezone, diagnostics: &diagnostics)
                {
                    if OutputPaths.isReserved(page.slug) {
                        diagnostics.error(folder.display(path), "a free page cannot be named \"\(page.slug)\": the site uses that path itself")
                    } else {
                        pages.append(page)
                    }
                }
                continue
            case 3 where parts[0] == "costs" && parts[1] == "focus" && path.hasSuffix(".csv"):
                focusFiles.append(path)
                continue
            case 3... where parts[0] == "teams":
                teamFiles[parts[1], default: []].append(path)
                continue
            case 2... where parts[0] == StaticLoader.folder:
                continue  // copied as is by StaticLoader
            default:
                break
            }
            diagnostics.warning(folder.display(path), "unknown file, ignored (see the content format for the files Glasshouse reads)")
        }

        for hidden in folder.hiddenFolders(in: "teams") {
            diagnostics.warning(
                folder.display("teams/" + hidden), "hidden folder ignored: a team folder is named by its team id (lower-case letters, digits and -)")
        }
        var teamIDs: [String] = []
        for id in teamFiles.keys.sorted() {
            let prefix = "teams/\(id)/"
            guard teamFiles[id]!.contains(prefix + "team.yaml") else {
                for path in teamFiles[id]! {
                    diagnostics.warning(folder.display(path), "ignored: \(prefix) has no team.yaml, so it is not a team")
                }
                continue
            }
            guard Identifier.isValid(id) else {
                diagnostics.error(folder.display(prefix + "team.yaml"), "\"\(id)\" is not a valid team id (\(Identifier.rule(for: id))); rename the folder")
                continue
            }
            teamIDs.append(id)
        }
        // Team folders are independent: read and parse them on every core, each with its own diagnostics.
        let loaded = Parallel.map(teamIDs) { id -> (team: Team?, diagnostics: Diagnostics) in
            func read(_ teamDiagnostics: inout Diagnostics) -> Team? {
                loadTeam(id: id, paths: teamFiles[id]!, folder: folder, config: config, units: unitIDs, diagnostics: &teamDiagnostics)
            }
            if let cache { return cache.team(id, paths: teamFiles[id]!, folder: folder, load: read) }
            var teamDiagnostics = Diagnostics()
            return (read(&teamDiagnostics), teamDiagnostics)
        }
        cache?.keep(teamIDs)
        var teams: [Team] = []
        for result in loaded {
            diagnostics.append(contentsOf: result.diagnostics)
            if let team = result.team { teams.append(team) }
        }
        var unallocated = loadFOCUS(focusFiles, into: &teams, folder: folder, config: config, diagnostics: &diagnostics)
        mergeCostCategories(&teams, unallocated: &unallocated, folder: folder, diagnostics: &diagnostics)
        let staticFiles = StaticLoader.load(from: folder, diagnostics: &diagnostics)
        if diagnostics.hasErrors { throw ContentErrors(diagnostics.sorted) }
        var content = Content(
            config: config, benchmark: benchmark ?? .dora2023, org: org, teams: teams, orgNotes: orgNotes, pages: pages, warnings: diagnostics.sorted)
        content.unallocatedCosts = unallocated
        content.staticFiles = staticFiles
        return content
    }

    /// Reads the FOCUS exports and adds each row to the team that claims it (content.md §7.2);
    /// returns the rows no team claims. Two teams claiming one tag value is an error.
    private static func loadFOCUS(_ paths: [String], into teams: inout [Team], folder: SourceFolder, config: SiteConfig, diagnostics: inout Diagnostics)
        -> [CostRow]
    {
        var claims: [String: [String: String]] = [:]
        for team in teams {
            for tag in team.costTags {
                for value in tag.values {
                    if let other = claims[tag.key]?[value], other != team.id {
                        diagnostics.error(
                            folder.display("teams/\(team.id)/team.yaml"), field: "cost_tags.\(tag.key)",
                            "\"\(value)\" is already claimed by team \(other); a tag value belongs to one team")
                    } else {
                        claims[tag.key, default: [:]][value] = team.id
                    }
                }
            }
        }
        guard !paths.isEmpty else { return [] }
        let allocation = CostLoader.Allocation(claims: claims, teamTag: config.finops.teamTag, teams: Set(teams.map(\.id)))
        let index = Dictionary(uniqueKeysWithValues: teams.enumerated().map { ($0.element.id, $0.offset) })
        var unallocated: [CostRow] = []
        for path in paths {
            guard let source = source(path, folder: folder, diagnostics: &diagnostics) else { continue }
            let rows = CostLoader.loadFOCUS(
                .file(source.path), file: folder.display(path), currency: config.currency, costColumn: config.finops.costColumn,
                allocation: allocation, diagnostics: &diagnostics)
            for (team, teamRows) in rows.sorted(by: { ($0.key ?? "") < ($1.key ?? "") }) {
                if let team, let position = index[team] {
                    teams[position].costs = (teams[position].costs ?? []) + teamRows
                    teams[position].focusRows += teamRows.count
                } else {
                    unallocated += teamRows
                }
            }
        }
        return unallocated
    }

    /// The unit ids of the folder's org.yaml (none without one); for `glasshouse new team --unit`.
    public static func unitIDs(in folder: SourceFolder, diagnostics: inout Diagnostics) -> Set<String> {
        guard folder.listFiles(diagnostics: &diagnostics).contains("org.yaml"),
            let text = folder.readText("org.yaml", diagnostics: &diagnostics),
            let org = OrgLoader.load(text, file: folder.display("org.yaml"), defaultName: "", diagnostics: &diagnostics)
        else { return [] }
        return Set(org.units.map(\.id))
    }

    /// A built-in benchmark by name, else the benchmark file at that content-relative path.
    private static func loadBenchmark(_ settings: DORASettings, folder: SourceFolder, files: Set<String>, diagnostics: inout Diagnostics) -> Benchmark? {
        let name = settings.benchmark
        if let builtIn = Benchmark.builtIn[name] { return builtIn }
        guard files.contains(name) else {
            diagnostics.error(
                folder.display("site.yaml"), line: settings.benchmarkLine, field: "dora.benchmark",
                "\"\(name)\" is neither a built-in benchmark (dora-2023, dora-2021) nor a file in the content folder")
            return nil
        }
        guard let text = folder.readText(name, diagnostics: &diagnostics) else { return nil }
        return BenchmarkLoader.load(text, file: folder.display(name), diagnostics: &diagnostics)
    }

    /// The real path and size of a data file read in chunks, checked like `readBytes` (one pass over
    /// the file, never holding it); nil with a diagnostic.
    private static func source(_ path: String, folder: SourceFolder, diagnostics: inout Diagnostics) -> OutputFile.Source? {
        folder.checkedSource(path, diagnostics: &diagnostics)
    }

    /// The bytes of a data file, or nil with a diagnostic (unreadable, not UTF-8, characters XML forbids).
    private static func readBytes(_ path: String, folder: SourceFolder, diagnostics: inout Diagnostics) -> [UInt8]? {
        folder.readCheckedText(path, diagnostics: &diagnostics)
    }

    private static func loadTeam(id: String, paths: [String], folder: SourceFolder, config: SiteConfig, units: Set<String>, diagnostics: inout Diagnostics)
        -> Team?
    {
        let prefix = "teams/\(id)/"
        guard let text = folder.readText(prefix + "team.yaml", diagnostics: &diagnostics),
            var team = TeamLoader.load(
                text, id: id, file: folder.display(prefix + "team.yaml"), units: units, siteCurrency: config.currency, diagnostics: &diagnostics)
        else { return nil }
        var doraFiles = DORALoader.Files()
        var sloFiles: [(path: String, text: String)] = []
        var sliFile: (path: String, input: CSVInput)?
        for path in paths {
            let rest = String(path.dropFirst(prefix.count))
            let parts = rest.split(separator: "/").map(String.init)
            let kind: MarkdownLoader.Kind?
            switch parts.count {
            case 1 where rest == "team.yaml":
                continue
            case 1 where DataKind.teamFiles.contains(rest):
                // Every kind names its parser here (no default): a new kind's file is read, not only offered for download.
                // Event files may be large: parsed a chunk at a time and copied to the site from the file, never held whole.
                // (None is checked as UTF-8 text as a whole: a field with invalid bytes reads them as U+FFFD.)
                let kind = DataKind(file: rest)!
                switch kind {
                case .dora, .incidents:
                    guard let input = streamed(path, name: rest, kind: kind, into: &team, folder: folder, diagnostics: &diagnostics) else { continue }
                    doraFiles[keyPath: doraFileKey(rest)] = (path, input)
                case .slos where rest == "sli.csv":
                    guard let input = streamed(path, name: rest, kind: kind, into: &team, folder: folder, diagnostics: &diagnostics) else { continue }
                    sliFile = (path, input)
                case .slos:
                    guard let file = whole(path, name: rest, kind: kind, into: &team, folder: folder, diagnostics: &diagnostics) else { continue }
                    sloFiles.insert((path, file.text), at: 0)
                case .costs:
                    guard let file = whole(path, name: rest, kind: kind, into: &team, folder: folder, diagnostics: &diagnostics) else { continue }
                    team.costs = CostLoader.loadTeamCosts(.bytes(file.bytes), file: folder.display(path), currency: config.currency, diagnostics: &diagnostics)
                case .calms:
                    guard let file = whole(path, name: rest, kind: kind, into: &team, folder: folder, diagnostics: &diagnostics) else { continue }
                    team.calms = CALMSLoader.load(file.text, file: folder.display(path), diagnostics: &diagnostics)
                }
                continue
            case 1 where rest == "index.md": kind = .narrative
            case 2 where parts[0] == "notes" && rest.hasSuffix(".md"): kind = .note
            case 2 where parts[0] == "postmortems" && rest.hasSuffix(".md"): kind = .postmortem
            case 2 where parts[0] == DataKind.slos.folder && (rest.hasSuffix(".yaml") || rest.hasSuffix(".yml")):
                if let bytes = readBytes(path, folder: folder, diagnostics: &diagnostics),
                    let text = folder.text(of: bytes, at: path, diagnostics: &diagnostics)
                {
                    team.downloads.append(DataDownload(name: rest, section: DataKind.slos.section, bytes: bytes))
                    sloFiles.append((path, text))
                }
                continue
            case 2 where parts[0] == "examples":
                continue  // format examples written by `glasshouse new team`; never read
            default: kind = nil
            }
            guard let kind else {
                diagnostics.warning(folder.display(path), "unknown file, ignored (see the content format for the files a team folder holds)")
                continue
            }
            guard let text = folder.readText(path, diagnostics: &diagnostics),
                let source = MarkdownLoader.load(text, path: path, file: folder.display(path), kind: kind, zone: config.timezone, diagnostics: &diagnostics)
            else { continue }
            switch kind {
            case .narrative: team.narrative = source
            case .note: team.notes.append(source)
            case .postmortem: team.postmortems.append(source)
            case .page: break
            }
        }
        warnAboutPlaceholders(team, folder: folder, diagnostics: &diagnostics)
        team.dora = DORALoader.load(
            team: id, files: doraFiles, productionEnvironments: config.dora.productionEnvironments, display: folder.display, diagnostics: &diagnostics
        )
        team.slo = loadSLOs(sloFiles, sli: sliFile, folder: folder, diagnostics: &diagnostics)
        LeadershipLoader.checkSLOTargets(team, file: folder.display(prefix + "team.yaml"), diagnostics: &diagnostics)
        let incidents = Set(team.dora?.incidents.map(\.id) ?? [])
        for postmortem in team.postmortems {
            if let incident = postmortem.frontMatter.incident, !incidents.contains(incident), !diagnostics.hasErrors {
                diagnostics.warning(
                    folder.display(postmortem.path), line: 1, field: "incident",
                    "\"\(incident)\" is not an incident in \(prefix)incidents.csv; the postmortem is published but not linked from an incident")
            }
        }
        return team
    }

    /// Text that `glasshouse new team` wrote and nobody replaced yet is a warning naming the file.
    private static func warnAboutPlaceholders(_ team: Team, folder: SourceFolder, diagnostics: inout Diagnostics) {
        let advice = "still holds the placeholder text of `glasshouse new team`; replace it before publishing"
        if team.description == ScaffoldText.description {
            diagnostics.warning(folder.display("teams/\(team.id)/team.yaml"), field: "description", advice)
        }
        if let narrative = team.narrative, narrative.body.contains(ScaffoldText.narrative) {
            diagnostics.warning(folder.display(narrative.path), advice)
        }
        for note in team.notes where note.body.contains(ScaffoldText.note) {
            diagnostics.warning(folder.display(note.path), advice)
        }
    }

    /// Cost categories that differ only in case or spacing (`Compute`, `compute `, `Data Transfer`,
    /// `data transfer`) are one category, spelled as most of its rows spell it (ties: the first in
    /// sorted order), with a warning per other spelling naming a file that uses it.
    static func mergeCostCategories(_ teams: inout [Team], unallocated: inout [CostRow], folder: SourceFolder, diagnostics: inout Diagnostics) {
        // A few spellings recur on every cost row: each is folded once.
        var keys: [String: String] = [:]
        func key(_ category: String) -> String {
            if let known = keys[category] { return known }
            let folded = String(category.lowercased().filter { !$0.isWhitespace })
            keys[category] = folded
            return folded
        }
        var counts: [String: [String: Int]] = [:]
        for row in teams.flatMap({ $0.costs ?? [] }) + unallocated { counts[key(row.category), default: [:]][row.category, default: 0] += 1 }
        var canonical: [String: String] = [:]
        for (_, spellings) in counts where spellings.count > 1 {
            let chosen = spellings.sorted { ($1.value, $0.key) < ($0.value, $1.key) }[0].key
            for spelling in spellings.keys.sorted() where spelling != chosen {
                canonical[spelling] = chosen
                let user = teams.first { ($0.costs ?? []).contains { $0.category == spelling } }
                let file = user.map { $0.downloads.contains { $0.name == "costs.csv" } ? "teams/\($0.id)/costs.csv" : "costs/focus" } ?? "costs/focus"
                diagnostics.warning(
                    folder.display(file), field: "category",
                    "\"\(spelling)\" and \"\(chosen)\" differ only in case or spacing; counted as one category, \"\(chosen)\"")
            }
        }
        guard !canonical.isEmpty else { return }
        for index in teams.indices {
            teams[index].costs = teams[index].costs.map { rows in
                rows.map { row in
                    var row = row; row.category = canonical[row.category] ?? row.category; return row
                }
            }
        }
        unallocated = unallocated.map { row in
            var row = row; row.category = canonical[row.category] ?? row.category; return row
        }
    }

    /// SLO definitions from slos.yaml (first) and OpenSLO files, ids unique across them, and sli.csv.
    private static func loadSLOs(
        _ files: [(path: String, text: String)], sli: (path: String, input: CSVInput)?, folder: SourceFolder, diagnostics: inout Diagnostics
    ) -> SLOData? {
        guard !files.isEmpty || sli != nil else { return nil }
        var data = SLOData()
        var defined: [String: SLOLoader.Defined] = [:]
        var broken = Set<String>()
        for file in files {
            let display = folder.display(file.path)
            let slos =
                file.path.hasSuffix("/slos.yaml")
                ? SLOLoader.loadSLOs(file.text, file: display, broken: &broken, diagnostics: &diagnostics)
                : SLOLoader.loadOpenSLO(file.text, file: display, diagnostics: &diagnostics)
            for entry in slos {
                if let first = defined[entry.slo.id] {
                    diagnostics.error(entry.file, line: entry.line, field: "id", "SLO \"\(entry.slo.id)\" is already defined in \(first.file):\(first.line)")
                    continue
                }
                defined[entry.slo.id] = entry
                data.slos.append(entry.slo)
            }
        }
        if let sli {
            data.sliFile = folder.display(sli.path)
            data.sli = SLOLoader.loadSLI(sli.input, file: data.sliFile, slos: data.slos, broken: broken, diagnostics: &diagnostics)
        }
        return data
    }

    /// A team data file, read whole when small and otherwise a chunk at a time, offered for download
    /// as a copy of the file itself; nil with a diagnostic when it cannot be read or is not text.
    private static func streamed(_ path: String, name: String, kind: DataKind, into team: inout Team, folder: SourceFolder, diagnostics: inout Diagnostics)
        -> CSVInput?
    {
        guard let checked = folder.checkedData(path, wholeUpTo: CSVInput.wholeFileLimit, diagnostics: &diagnostics) else { return nil }
        team.downloads.append(DataDownload(name: name, section: kind.section, source: checked.source))
        return checked.bytes.map(CSVInput.bytes) ?? .file(checked.source.path)
    }

    /// A small team data file read whole, offered for download from its bytes; nil with a diagnostic
    /// when it cannot be read or is not text.
    private static func whole(_ path: String, name: String, kind: DataKind, into team: inout Team, folder: SourceFolder, diagnostics: inout Diagnostics) -> (
        bytes: [UInt8], text: String
    )? {
        guard let bytes = readBytes(path, folder: folder, diagnostics: &diagnostics) else { return nil }
        team.downloads.append(DataDownload(name: name, section: kind.section, bytes: bytes))
        guard let text = folder.text(of: bytes, at: path, diagnostics: &diagnostics) else { return nil }
        return (bytes, text)
    }

    /// Where a file of the DORA and incident kinds goes in `DORALoader.Files`; dora.csv holds the summaries.
    private static func doraFileKey(_ name: String) -> WritableKeyPath<DORALoader.Files, (path: String, input: CSVInput)?> {
        switch name {
        case "deployments.csv": \.deployments
        case "changes.csv": \.changes
        case "incidents.csv": \.incidents
        case "dora.csv": \.summaries
        default: preconditionFailure("DataKind lists \(name) under DORA or incidents, but DORALoader has no place for it")
        }
    }
}
