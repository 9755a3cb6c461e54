import GlasshouseCore
import Yams

/// Reads a team's `team.yaml` (content.md §4).
enum TeamLoader {
    static let keys: Set<String> = [
        "name", "unit", "description", "owners", "services", "links", "budget", "cost_tags", "private", "dora_since", "targets", "events",
    ]

    static func load(_ text: String, id: String, file: String, units: Set<String>, siteCurrency: String, diagnostics: inout Diagnostics) -> Team? {
        var yaml = YAMLReader(file: file)
        defer { diagnostics.append(contentsOf: yaml.diagnostics) }
        guard let (root, map) = yaml.document(text, field: "team", file: "team.yaml", required: "name", known: keys) else { return nil }

        guard let name = yaml.string(map["name"], field: "name", required: true, owner: root) else { return nil }
        var team = Team(id: id, name: name)
        if let unit = yaml.string(map["unit"], field: "unit") {
            if units.contains(unit) {
                team.unit = unit
            } else {
                yaml.error(
                    map["unit"], field: "unit",
                    units.isEmpty
                        ? "unknown unit \"\(unit)\"; there is no org.yaml, or it defines no units"
                        : "unknown unit \"\(unit)\" (expected a unit id of org.yaml)" + Suggestion.text(for: unit, among: Array(units)))
            }
        }
        team.description = yaml.string(map["description"], field: "description")
        team.owners = yaml.stringList(map["owners"], field: "owners")
        team.services = yaml.stringList(map["services"], field: "services")
        if let node = map["links"], !YAMLReader.isNull(node), let links = yaml.mapping(node, field: "links") {
            for link in links {
                guard let url = yaml.string(link.value, field: "links.\(link.key)", required: true) else { continue }
                team.links.append(NamedLink(name: link.key, url: url))
            }
        }
        if let node = map["budget"], !YAMLReader.isNull(node), let budget = yaml.mapping(node, field: "budget") {
            yaml.warnUnknownKeys(budget, known: ["monthly", "currency"], prefix: "budget.")
            let budgetMap = YAMLReader.byKey(budget)
            var currency = siteCurrency
            if let text = yaml.string(budgetMap["currency"], field: "budget.currency") {
                if let code = Currency.code(text) {
                    currency = code
                } else {
                    yaml.error(budgetMap["currency"], field: "budget.currency", "\"\(text)\" is not an ISO 4217 currency code")
                }
            }
            if let monthly = yaml.number(budgetMap["monthly"], field: "budget.monthly", required: true, owner: node) {
                team.budget = Budget(monthly: monthly, currency: currency)
            }
        }
        if let node = map["cost_tags"], !YAMLReader.isNull(node), let tags = yaml.mapping(node, field: "cost_tags") {
            for tag in tags {
                let values = yaml.stringList(tag.value, field: "cost_tags.\(tag.key)")
                if !values.isEmpty { team.costTags.append((key: tag.key, values: values)) }
            }
        }
        for (index, text) in yaml.stringList(map["private"], field: "private").enumerated() {
            if let section = Section(rawValue: text.lowercased()) {
                team.privateSections.insert(section)
            } else {
                let allowed = Section.allCases.map(\.rawValue).joined(separator: ", ")
                yaml.error(map["private"]?.sequence?[index] ?? map["private"], field: "private", "\"\(text)\" is not a section; expected one of \(allowed)")
            }
        }
        team.doraSince = yaml.date(map["dora_since"], field: "dora_since")
        team.targets = LeadershipLoader.targets(map["targets"], field: "targets", scope: id, isTeam: true, yaml: &yaml)
        team.events = LeadershipLoader.events(map["events"], field: "events", defaultScope: id, units: nil, yaml: &yaml)
        return team
    }
}
