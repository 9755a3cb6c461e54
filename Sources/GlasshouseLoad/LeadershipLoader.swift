import GlasshouseCore
import Yams

/// Reads the `targets:` and `events:` lists shared by team.yaml and org.yaml (content.md §3, §4;
/// metrics.md §7). Every problem is an error located at its field.
enum LeadershipLoader {
    static let targetKeys: Set<String> = ["metric", "value", "since", "by", "note"]

    /// `targets:` of `scope` (a team or unit id); `field` is the list's dotted name. `slo:ID` is
    /// checked against the team's SLOs later (`checkSLOTargets`); units may not use it at all.
    static func targets(_ node: Node?, field: String, scope: String, isTeam: Bool, yaml: inout YAMLReader) -> [Target] {
        var result: [Target] = []
        for entry in yaml.mappingItems(node, field: field, of: "targets", known: targetKeys) ?? [] {
            let (name, item, map) = (entry.field, entry.node, entry.values)
            var metric: TargetMetric?
            if let text = yaml.string(map["metric"], field: "\(name).metric", required: true, owner: item) {
                metric = TargetMetric(text)
                if metric == nil {
                    yaml.error(
                        map["metric"], field: "\(name).metric",
                        "unknown metric \"\(text)\"; expected deployment_frequency, lead_time, change_failure_rate, recovery_time, rework_rate, slo:ID, calms:PILLAR (culture, automation, lean, measurement, sharing), calms:overall or cost"
                    )
                } else if case .slo = metric, !isTeam {
                    yaml.error(map["metric"], field: "\(name).metric", "\"\(text)\": slo:ID targets are for teams only (a unit never averages SLOs)")
                    metric = nil
                }
            }
            let value = yaml.number(map["value"], field: "\(name).value", required: true, owner: item)
            let since = requiredDate(map["since"], field: "\(name).since", owner: item, yaml: &yaml)
            let by = requiredDate(map["by"], field: "\(name).by", owner: item, yaml: &yaml)
            if let since, let by, by <= since {
                yaml.error(map["by"], field: "\(name).by", "\(by) is not after since (\(since)); the deadline must come after the day the target was set")
                continue
            }
            let note = yaml.string(map["note"], field: "\(name).note")
            guard let metric, let value, let since, let by else { continue }
            result.append(Target(scope: scope, metric: metric, value: value, since: since, by: by, note: note, line: map["metric"].flatMap(yaml.line) ?? 0))
        }
        return result
    }

    /// `events:`; `scope` of each is `defaultScope` unless `unit(node)` names another (org.yaml `unit:`).
    static func events(_ node: Node?, field: String, defaultScope: String, units: Set<String>?, yaml: inout YAMLReader) -> [DatedEvent] {
        var result: [DatedEvent] = []
        let known: Set<String> = units == nil ? ["date", "title"] : ["date", "title", "unit"]
        for entry in yaml.mappingItems(node, field: field, of: "events", known: known) ?? [] {
            let (name, item, map) = (entry.field, entry.node, entry.values)
            let date = requiredDate(map["date"], field: "\(name).date", owner: item, yaml: &yaml)
            let title = yaml.string(map["title"], field: "\(name).title", required: true, owner: item)
            var scope = defaultScope
            if let units, let unit = yaml.string(map["unit"], field: "\(name).unit") {
                guard units.contains(unit) else {
                    yaml.error(map["unit"], field: "\(name).unit", "unknown unit \"\(unit)\"; expected one of the unit ids in org.yaml")
                    continue
                }
                scope = unit
            }
            guard let date, let title else { continue }
            result.append(DatedEvent(date: date, title: title, scope: scope))
        }
        return result
    }

    /// A required date: missing is an error at `owner`.
    static func requiredDate(_ node: Node?, field: String, owner: Node, yaml: inout YAMLReader) -> Day? {
        if node == nil || YAMLReader.isNull(node!) {
            yaml.error(node ?? owner, field: field, "required value is missing (a date, YYYY-MM-DD)")
            return nil
        }
        return yaml.date(node, field: field)
    }

    /// Errors for `slo:ID` targets naming no SLO of the team (its slos.yaml and openslo/ files).
    static func checkSLOTargets(_ team: Team, file: String, diagnostics: inout Diagnostics) {
        let ids = Set(team.slo?.slos.map(\.id) ?? [])
        for target in team.targets {
            guard case .slo(let id) = target.metric, !ids.contains(id) else { continue }
            let known = ids.isEmpty ? "the team defines no SLOs" : "expected one of \(ids.sorted().joined(separator: ", "))"
            diagnostics.error(file, line: target.line, field: "targets.metric", "unknown SLO \"\(id)\" (slo:\(id)); \(known)")
        }
    }
}
