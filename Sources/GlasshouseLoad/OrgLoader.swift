import GlasshouseCore
import Yams

/// Reads `org.yaml` (content.md §3): the unit tree. Unknown parents, duplicate ids and cycles are errors.
enum OrgLoader {
    static func load(_ text: String, file: String, defaultName: String, diagnostics: inout Diagnostics) -> Org? {
        var yaml = YAMLReader(file: file)
        defer { diagnostics.append(contentsOf: yaml.diagnostics) }
        guard let root = yaml.parse(text) else { return yaml.diagnostics.hasErrors ? nil : Org(name: defaultName, units: []) }
        guard let pairs = yaml.mapping(root, field: "org") else { return nil }
        yaml.warnUnknownKeys(pairs, known: ["name", "units", "budget", "events"])
        let map = YAMLReader.byKey(pairs)
        let name = yaml.string(map["name"], field: "name") ?? defaultName
        let orgBudget = monthlyBudget(map["budget"], field: "budget", yaml: &yaml)

        var units: [OrgUnit] = []
        var lines: [String: Node] = [:]
        let unitKeys: Set<String> = ["id", "name", "parent", "lead", "description", "budget", "targets"]
        guard let items = yaml.mappingItems(map["units"], field: "units", of: "units", known: unitKeys) else { return nil }
        for item in items {
            let (field, node, unit) = (item.field, item.node, item.values)
            guard let id = yaml.string(unit["id"], field: "\(field).id", required: true, owner: node) else { continue }
            guard Identifier.isValid(id) else {
                yaml.error(unit["id"], field: "\(field).id", "\"\(id)\" is not a valid id (\(Identifier.rule(for: id)))")
                continue
            }
            if lines[id] != nil {
                yaml.error(unit["id"], field: "\(field).id", "duplicate unit id \"\(id)\" (first defined on line \(lines[id].flatMap(yaml.line) ?? 0))")
                continue
            }
            lines[id] = unit["id"]
            let unitName = yaml.string(unit["name"], field: "\(field).name") ?? id
            var orgUnit = OrgUnit(
                id: id, name: unitName,
                parent: yaml.string(unit["parent"], field: "\(field).parent"),
                lead: yaml.string(unit["lead"], field: "\(field).lead"),
                description: yaml.string(unit["description"], field: "\(field).description"),
                budget: monthlyBudget(unit["budget"], field: "\(field).budget", yaml: &yaml)
            )
            orgUnit.targets = LeadershipLoader.targets(unit["targets"], field: "\(field).targets", scope: id, isTeam: false, yaml: &yaml)
            units.append(orgUnit)
        }
        let ids = Set(units.map(\.id))
        var valid = true
        for unit in units {
            if let parent = unit.parent, !ids.contains(parent) {
                yaml.error(lines[unit.id], field: "\(unit.id).parent", "unknown parent unit \"\(parent)\"")
                valid = false
            }
        }
        let parents = Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0.parent) })
        for unit in units {
            var seen: Set<String> = [unit.id]
            var current = unit.parent
            while let id = current, ids.contains(id) {
                if id == unit.id {
                    yaml.error(lines[unit.id], field: "\(unit.id).parent", "cycle in the unit tree: \(unit.id) is its own ancestor")
                    valid = false
                    break
                }
                if !seen.insert(id).inserted { break }
                current = parents[id] ?? nil
            }
        }
        let events = LeadershipLoader.events(map["events"], field: "events", defaultScope: "org", units: ids, yaml: &yaml)
        return valid ? Org(name: name, units: units, budget: orgBudget, events: events) : nil
    }

    /// `budget: {monthly: N}` of a unit or the org: N a number ≥ 0 (in the site currency); nil when absent.
    static func monthlyBudget(_ node: Node?, field: String, yaml: inout YAMLReader) -> Double? {
        guard let node, !YAMLReader.isNull(node), let pairs = yaml.mapping(node, field: field) else { return nil }
        yaml.warnUnknownKeys(pairs, known: ["monthly"], prefix: field + ".")
        let monthlyNode = YAMLReader.byKey(pairs)["monthly"]
        guard let monthly = yaml.number(monthlyNode, field: field + ".monthly", required: true, owner: node) else { return nil }
        guard monthly >= 0 else {
            yaml.error(monthlyNode, field: field + ".monthly", "\(NumberText.format(monthly)) is negative; a monthly budget is an amount ≥ 0")
            return nil
        }
        return monthly
    }
}
