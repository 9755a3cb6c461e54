import GlasshouseCore

/// Loads calms.yaml (content.md §8): dated assessments of the five pillars.
enum CALMSLoader {
    static func load(_ text: String, file: String, diagnostics: inout Diagnostics) -> [CALMSAssessment] {
        var yaml = YAMLReader(file: file)
        defer { diagnostics.append(contentsOf: yaml.diagnostics) }
        let sequence = yaml.topLevelList(text, key: "assessments", of: "assessments")
        var result: [CALMSAssessment] = []
        var dates: [Day: Int] = [:]
        for (index, node) in sequence.enumerated() {
            let field = "assessments[\(index)]"
            guard let itemPairs = yaml.mapping(node, field: field) else { continue }
            yaml.warnUnknownKeys(itemPairs, known: ["date", "respondents", "scores", "notes"], prefix: field + ".")
            let map = YAMLReader.byKey(itemPairs)
            let date = yaml.date(map["date"], field: "\(field).date", required: true)
            if map["date"] == nil { yaml.error(node, field: "\(field).date", "required value is missing") }
            let respondents = yaml.integer(map["respondents"], field: "\(field).respondents", minimum: 1)
            var scores: [Double] = []
            if let scoresNode = map["scores"], let scorePairs = yaml.mapping(scoresNode, field: "\(field).scores") {
                yaml.warnUnknownKeys(scorePairs, known: Set(Pillar.allCases.map(\.rawValue)), prefix: "\(field).scores.")
                let scoreMap = YAMLReader.byKey(scorePairs)
                for pillar in Pillar.allCases {
                    let name = "\(field).scores.\(pillar.rawValue)"
                    guard let score = yaml.number(scoreMap[pillar.rawValue], field: name, required: true, owner: scoresNode) else { continue }
                    if score < 1 || score > 5 {
                        yaml.error(scoreMap[pillar.rawValue], field: name, "\(NumberText.format(score)) is outside 1.0–5.0")
                        continue
                    }
                    scores.append(score)
                }
            } else if map["scores"] == nil {
                yaml.error(node, field: "\(field).scores", "required: a score (1–5) for each of culture, automation, lean, measurement, sharing")
            }
            if let date {
                if let first = dates[date] {
                    yaml.error(map["date"], field: "\(field).date", "\(date) is already the date of the assessment on line \(first); one assessment per date")
                    continue
                }
                dates[date] = yaml.line(map["date"]!) ?? 1
            }
            guard let date, scores.count == Pillar.allCases.count else { continue }
            result.append(CALMSAssessment(date: date, respondents: respondents, scores: scores, notes: yaml.string(map["notes"], field: "\(field).notes")))
        }
        return result.sorted { $0.date < $1.date }
    }
}
