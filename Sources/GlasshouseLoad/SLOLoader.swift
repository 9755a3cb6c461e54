import GlasshouseCore
import Yams

/// Loads a team's SLOs (content.md §6): slos.yaml, OpenSLO v1 documents and sli.csv.
enum SLOLoader {
    /// An SLO with where it was defined, for duplicate-id errors.
    struct Defined {
        var slo: SLODefinition
        var file: String
        var line: Int
    }

    /// slos.yaml: `slos:` a list of {id, name, service, objective, window_days, min_events, description}.
    /// `broken` receives the ids of SLOs whose definitions had errors, so that their sli.csv rows
    /// are not reported again as unknown.
    static func loadSLOs(_ text: String, file: String, broken: inout Set<String>, diagnostics: inout Diagnostics) -> [Defined] {
        var yaml = YAMLReader(file: file)
        defer { diagnostics.append(contentsOf: yaml.diagnostics) }
        let sequence = yaml.topLevelList(text, key: "slos", of: "SLOs")
        var result: [Defined] = []
        for (index, node) in sequence.enumerated() {
            let field = "slos[\(index)]"
            guard let sloPairs = yaml.mapping(node, field: field) else { continue }
            yaml.warnUnknownKeys(sloPairs, known: ["id", "name", "service", "objective", "window_days", "min_events", "description"], prefix: field + ".")
            let map = YAMLReader.byKey(sloPairs)
            let id = yaml.string(map["id"], field: "\(field).id", required: true, owner: node)
            let objective = yaml.number(map["objective"], field: "\(field).objective", required: true, owner: node)
            if let objective, !(objective > 0 && objective < 100) {
                yaml.error(
                    map["objective"], field: "\(field).objective",
                    "\(NumberText.format(objective)) is not a percentage between 0 and 100 (exclusive), like 99.9")
                if let id { broken.insert(id) }
                continue
            }
            let window = yaml.integer(map["window_days"], field: "\(field).window_days", minimum: 1) ?? 28
            let minEvents = yaml.integer(map["min_events"], field: "\(field).min_events", minimum: 0, maximum: ContentNumber.maximumCount) ?? 0
            guard let id, let objective else {
                if let id { broken.insert(id) }
                continue
            }
            let slo = SLODefinition(
                id: id, name: yaml.string(map["name"], field: "\(field).name"), service: yaml.string(map["service"], field: "\(field).service"),
                objective: objective, windowDays: window, minEvents: minEvents, description: yaml.string(map["description"], field: "\(field).description")
            )
            result.append(Defined(slo: slo, file: file, line: yaml.line(map["id"]!) ?? 1))
        }
        return result
    }

    /// OpenSLO `apiVersion: openslo/v1`, `kind: SLO` documents; other kinds are skipped, unsupported
    /// SLOs (calendar windows, durations not in days or weeks, several objectives) are warnings.
    static func loadOpenSLO(_ text: String, file: String, diagnostics: inout Diagnostics) -> [Defined] {
        var yaml = YAMLReader(file: file)
        defer { diagnostics.append(contentsOf: yaml.diagnostics) }
        var result: [Defined] = []
        for document in yaml.parseAll(text) {
            guard document.mapping != nil, let documentPairs = yaml.mapping(document, field: "document") else { continue }
            let pairs = YAMLReader.byKey(documentPairs)
            guard pairs["kind"]?.string == "SLO" else { continue }
            guard pairs["apiVersion"]?.string == "openslo/v1" else {
                yaml.warning(pairs["apiVersion"] ?? document, field: "apiVersion", "only openslo/v1 is supported; this SLO is skipped")
                continue
            }
            let metadata = pairs["metadata"]?.mapping
            let spec = pairs["spec"]?.mapping
            guard let name = yaml.string(metadata?["name"], field: "metadata.name", required: true, owner: document) else { continue }
            func unsupported(_ node: Node?, _ field: String, _ reason: String) {
                yaml.warning(node ?? document, field: field, "SLO \"\(name)\" is skipped: \(reason)")
            }
            let objectives = spec?["objectives"]?.sequence ?? []
            guard objectives.count == 1, let objective = objectives.first?.mapping else {
                unsupported(
                    spec?["objectives"], "spec.objectives",
                    objectives.isEmpty ? "it has no objective" : "it has \(objectives.count) objectives; Glasshouse supports exactly one")
                continue
            }
            var percent: Double?
            if let target = yaml.number(objective["target"], field: "spec.objectives[0].target") {
                percent = target * 100
            } else if let targetPercent = yaml.number(objective["targetPercent"], field: "spec.objectives[0].targetPercent") {
                percent = targetPercent
            }
            guard let percent, percent > 0, percent < 100 else {
                unsupported(objectives.first, "spec.objectives[0].target", "the target must be between 0 and 1 (or targetPercent between 0 and 100)")
                continue
            }
            var windowDays = 28
            if let window = spec?["timeWindow"]?.sequence?.first?.mapping {
                let rolling = window["isRolling"]?.string.flatMap(YAMLReader.boolean) ?? false
                guard rolling, window["calendar"] == nil else {
                    unsupported(spec?["timeWindow"], "spec.timeWindow", "a calendar (not rolling) time window is not supported; use isRolling: true")
                    continue
                }
                let duration = window["duration"]?.string ?? ""
                guard let days = Self.days(duration) else {
                    unsupported(window["duration"], "spec.timeWindow[0].duration", "duration \"\(duration)\" is not a number of days or weeks (like 28d or 4w)")
                    continue
                }
                windowDays = days
            }
            let slo = SLODefinition(
                id: name, name: metadata?["displayName"]?.string, service: spec?["service"]?.string,
                objective: percent, windowDays: windowDays, description: spec?["description"]?.string
            )
            result.append(Defined(slo: slo, file: file, line: yaml.line(metadata?["name"] ?? document) ?? 1))
        }
        return result
    }

    /// `28d` → 28, `2w` → 14; nil for other units and beyond 100,000 days (the bound of every
    /// day count in content, which keeps date arithmetic from overflowing).
    static func days(_ duration: String) -> Int? {
        guard let unit = duration.last, let count = Int(duration.dropLast()), (1...100_000).contains(count) else { return nil }
        let days: Int
        switch unit {
        case "d": days = count
        case "w": days = count * 7
        default: return nil
        }
        return days <= 100_000 ? days : nil
    }

    /// sli.csv rows; an unknown SLO, a duplicate (slo, start) or good > total is an error.
    static func loadSLI(_ input: CSVInput, file: String, slos: [SLODefinition], broken: Set<String> = [], diagnostics: inout Diagnostics) -> [SLIRow] {
        let index = Dictionary(slos.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        // Sized from the line count: grown by doubling, the rows would hold up to twice what they need.
        let lines = input.lineCount
        var rows: [SLIRow] = []
        rows.reserveCapacity(lines)
        var firstLine: [SLIRowKey: Int] = .init(minimumCapacity: lines)
        let ids = slos.map(\.id)
        CSVTable.read(input, file: file, required: ["slo", "start", "good", "total"], diagnostics: &diagnostics) { row in
            var slo: Int?
            if let field = row.requiredField("slo") {
                // A team has a handful of SLOs: their ids are compared as bytes; a string is made
                // only for a field that is not plain ASCII, or for a message.
                slo = row.position(of: field, among: ids)
                if slo == nil {
                    let id = row.reader.string(field)
                    slo = index[id]
                    if slo == nil, broken.contains(id) { return }  // its definition's error is reported already
                    if slo == nil {
                        let closest = Suggestion.closest(to: id, among: ids).map { "; did you mean \"\($0)\"?" } ?? ""
                        row.error("slo", "\"\(id)\" is not an SLO of this team (defined: \(ids.joined(separator: ", ")))" + closest)
                    }
                }
            }
            var start: SLIStart?
            let startText = row.requiredText("start")
            if let text = startText {
                if let day = Timestamps.date(text) {
                    start = .day(day)
                } else {
                    start = row.timestamp("start", required: true).map(SLIStart.instant)
                }
            }
            let good = row.number("good", required: true, minimum: 0)
            let total = row.number("total", required: true, minimum: 0)
            if let good, let total, good > total {
                row.error("good", "\(row.text("good")!) is more than total \(row.text("total")!)")
            }
            if let slo, let start, let text = startText {
                let key = SLIRowKey(slo: slo, start: start)
                if let first = firstLine[key] {
                    row.error("start", "SLO \(slos[slo].id) already has a row starting \(text) on line \(first)")
                } else {
                    firstLine[key] = row.line
                }
            }
            guard row.isValid, let slo, let start, let good, let total else { return }
            rows.append(SLIRow(slo: slo, start: start, good: good, total: total, line: row.line))
        }
        return rows
    }
}

/// An SLO and the start of one of its buckets: unique within sli.csv.
private struct SLIRowKey: Hashable {
    var slo: Int
    var start: SLIStart
}
