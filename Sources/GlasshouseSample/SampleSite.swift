import GlasshouseCore

/// `glasshouse sample`: a synthetic org in the content format, the same for the same seed.
public enum SampleSite {
    /// The default last day of the sample's data and its `as_of`.
    public static let defaultEnd = Day(year: 2026, month: 11, day: 20)!

    /// Every file of the sample content folder, by relative path, in a stable order.
    public static func files(teams count: Int, months: Int, seed: UInt64, end: Day = defaultEnd) -> [OutputFile] {
        var random = SampleRandom(seed: seed)
        let teams = SampleOrg.teams(count: count)
        let start = end.month.advanced(by: -(months - 1)).firstDay
        var files: [OutputFile] = [
            OutputFile(
                path: "site.yaml",
                text: """
                    title: \(SampleOrg.name) Engineering Scorecard
                    timezone: Europe/Berlin
                    as_of: \(end)
                    window_days: 90
                    history_weeks: 26
                    history_months: \(min(months, 18))
                    currency: EUR
                    dora:
                      production_environments: [production, prod]
                      benchmark: dora-2023

                    """),
            OutputFile(path: "org.yaml", text: orgYAML(units: Set(teams.map(\.unit)), teams: teams, end: end)),
        ]
        var focus: [String] = []
        for team in teams {
            let folder = "teams/\(team.id)/"
            files.append(OutputFile(path: folder + "team.yaml", text: teamYAML(team) + SampleLeadership.teamYAML(team, end: end)))
            files.append(
                OutputFile(path: folder + "index.md", text: "\(team.description)\n\nServices: \(team.services.map { "`\($0)`" }.joined(separator: ", ")).\n"))
            var dora = SampleDORA(team: team, start: start, end: end, random: SampleRandom(seed: random.next()))
            for (name, text) in dora.files().sorted(by: { $0.key < $1.key }) {
                files.append(OutputFile(path: folder + name, text: text))
            }
            var operations = SampleOperations(team: team, start: start, end: end, random: SampleRandom(seed: random.next()))
            for (name, text) in operations.files().sorted(by: { $0.key < $1.key }) {
                files.append(OutputFile(path: folder + name, text: text))
            }
            focus += operations.focusRows()
            for incident in dora.notable.prefix(2) {
                files.append(
                    OutputFile(
                        path: folder + "postmortems/\(incident.day)-\(incident.id.lowercased()).md",
                        text: """
                            ---
                            title: \(incident.summary)
                            date: \(incident.day.advanced(by: 2))
                            incident: \(incident.id)
                            author: \(team.name) on-call
                            ---
                            ## What happened

                            \(incident.summary). Customers saw errors until the change was rolled back.

                            ## What we learned

                            - The alert fired quickly; the decision to roll back took longer than it should.

                            ## Actions

                            - [x] Roll back first, investigate second
                            - [ ] Add a canary stage for this service

                            """))
            }
        }
        focus += SampleFOCUS.sharedRows(start: start, end: end, random: &random)
        files.append(OutputFile(path: "costs/focus/northwind-cloud.csv", text: SampleFOCUS.header + focus.joined()))
        return files.sorted { $0.path < $1.path }
    }

    private static func teamYAML(_ team: SampleTeam) -> String {
        var text = """
            name: \(team.name)
            unit: \(team.unit)
            description: "\(team.description)"
            owners: [\(team.id)@northwind.example]
            services: [\(team.services.joined(separator: ", "))]

            """
        if let budget = team.operations.budget { text += "budget:\n  monthly: \(Int(budget))\n" }
        if case .focus(let tags, true) = team.operations.billing {
            text += "cost_tags:\n" + tags.keys.sorted().map { "  \($0): [\(tags[$0]!.joined(separator: ", "))]\n" }.joined()
        }
        if !team.operations.privateSections.isEmpty { text += "private: [\(team.operations.privateSections.joined(separator: ", "))]\n" }
        return text
    }

    /// The org and the payments unit have budgets of their own (10 % above their teams' planned cost);
    /// commerce compares the budgets of its teams.
    private static func orgYAML(units used: Set<String>, teams: [SampleTeam], end: Day) -> String {
        func budget(_ teams: [SampleTeam]) -> Int { Int((teams.reduce(0) { $0 + $1.operations.monthlyCost } * 1.1 / 1000).rounded()) * 1000 }
        var text = "name: \(SampleOrg.name)\nbudget: {monthly: \(budget(teams))}\nunits:\n"
        for unit in SampleOrg.units where used.contains(unit.id) || SampleOrg.units.contains(where: { $0.parent == unit.id && used.contains($0.id) }) {
            text += "  - id: \(unit.id)\n    name: \(unit.name)\n"
            if let parent = unit.parent { text += "    parent: \(parent)\n" }
            text += "    lead: \(unit.lead)\n    description: \"\(unit.description)\"\n"
            if unit.id == "payments" { text += "    budget: {monthly: \(budget(teams.filter { $0.unit == unit.id }))}\n" }
            text += SampleLeadership.unitYAML(unit.id, end: end)
        }
        return text + SampleLeadership.orgEvents(units: used, end: end)
    }
}
