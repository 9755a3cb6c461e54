import Foundation
import GlasshouseCore

/// Writes a sample team's SLO, cost and CALMS files (content.md §6–8), and its rows of the org's
/// FOCUS export.
struct SampleOperations {
    let team: SampleTeam
    let start: Day
    let end: Day
    var random: SampleRandom

    private var operations: Operations { team.operations }

    /// File name (below the team folder) → contents.
    mutating func files() -> [String: String] {
        var files: [String: String] = [:]
        let slos = sloDefinitions()
        switch operations.reliability {
        case .none: break
        case .openSLO:
            files["openslo/\(team.services[0]).yaml"] = slos.map { slo in
                """
                apiVersion: openslo/v1
                kind: SLO
                metadata:
                  name: \(slo.id)
                  displayName: \(slo.name)
                spec:
                  description: \(slo.description)
                  service: \(slo.service)
                  budgetingMethod: Occurrences
                  timeWindow:
                    - duration: 4w
                      isRolling: true
                  objectives:
                    - displayName: Good requests
                      target: \(slo.objective / 100)

                """
            }.joined(separator: "---\n")
        default:
            files["slos.yaml"] =
                "slos:\n"
                + slos.map { slo in
                    "  - id: \(slo.id)\n    name: \(slo.name)\n    service: \(slo.service)\n    objective: \(Format.objective(slo.objective))\n    window_days: 28\n"
                        + (slo.minEvents.map { "    min_events: \($0)\n" } ?? "") + "    description: \"\(slo.description)\"\n"
                }.joined()
        }
        if operations.reliability != .none { files["sli.csv"] = sli(slos) }
        switch operations.billing {
        case .teamFile, .anomaly: files["costs.csv"] = costs()
        case .focus, .none: break
        }
        if let calms = operations.calms { files["calms.yaml"] = self.calms(calms) }
        return files
    }

    private struct SampleSLO {
        var id: String
        var name: String
        var service: String
        var objective: Double
        var description: String
        var minEvents: Int? = nil
    }

    private func sloDefinitions() -> [SampleSLO] {
        let service = team.services[0]
        var slos = [
            SampleSLO(
                id: "\(service)-availability", name: "\(service) availability", service: service, objective: 99.9,
                description: "Share of \(service) requests answered without a 5xx.")
        ]
        if team.services.count > 1 {
            let second = team.services[1]
            // min_events: the data unit's batch services see too few requests in 28 days (about 1.4 M of the 2 M
            // asked for) to judge, the others comfortably more than asked for.
            slos.append(
                SampleSLO(
                    id: "\(second)-latency", name: "\(second) latency", service: second, objective: 99,
                    description: "Share of \(second) requests answered within 300 ms.", minEvents: team.unit == "data" ? 2_000_000 : 100_000))
        }
        return slos
    }

    /// Daily SLI rows over the whole sample period; the first SLO tells the team's reliability story.
    private mutating func sli(_ slos: [SampleSLO]) -> String {
        var text = "slo,start,good,total\n"
        let first = start
        let last = operations.reliability == .stale ? end.advanced(by: -40) : end
        var day = first
        while day <= last {
            defer { day = day.advanced(by: 1) }
            for (index, slo) in slos.enumerated() {
                let total = Double(random.int(40_000...60_000))
                let budget = 1 - slo.objective / 100
                var share = Double(random.int(10...45)) / 100  // of the budget, on a normal day
                if index == 0 {
                    switch operations.reliability {
                    case .atRisk where day.distance(to: end) < 10: share = 1.15
                    case .exhausted where day.distance(to: end) < 20: share = 2.6
                    default: break
                    }
                }
                let bad = (total * budget * share).rounded()
                // Hourly buckets now and then, to show timestamps in sli.csv.
                if index == 0, day.distance(to: end) < 2 {
                    for hour in stride(from: 0, to: 24, by: 6) {
                        text += SampleText.csv([
                            slo.id, SampleText.timestamp(SampleText.instant(day, minute: hour * 60, offset: "+01:00"), offset: "+01:00"),
                            String(Int((total - bad) / 4)), String(Int(total / 4)),
                        ])
                    }
                } else {
                    text += SampleText.csv([slo.id, day.description, String(Int(total - bad)), String(Int(total))])
                }
            }
        }
        return text
    }

    /// Monthly amounts per category with some idle capacity; a spike for the anomaly team.
    mutating func monthlyAmounts() -> [(month: Month, category: String, amount: Double, idle: Double)] {
        var rows: [(Month, String, Double, Double)] = []
        var month = start.month
        var level = operations.monthlyCost * 0.85
        while month <= end.month {
            defer { month = month.advanced(by: 1) }
            level *= 1 + Double(random.int(-3...5)) / 100
            var total = level
            if case .anomaly = operations.billing, month == end.month.advanced(by: -1) { total *= 1.65 }
            let partial = month == end.month ? Double(end.components.day) / Double(month.days) : 1
            for (category, share) in [("Compute", 0.62), ("Storage", 0.23), ("Networking", 0.15)] {
                let amount = (total * share * partial * 100).rounded() / 100
                let idle = category == "Compute" ? (amount * Double(random.int(4...18)) / 100 * 100).rounded() / 100 : 0
                rows.append((month, category, amount, idle))
            }
        }
        return rows
    }

    private mutating func costs() -> String {
        var text = "month,amount,currency,category,service,idle\n"
        for row in monthlyAmounts() {
            text += SampleText.csv([
                row.month.description, Format.amount(row.amount), "EUR", row.category, team.services[0], row.idle == 0 ? "" : Format.amount(row.idle),
            ])
        }
        // A credit now and then.
        text += SampleText.csv([end.month.advanced(by: -4).description, "-250.00", "EUR", "Credits", "", ""])
        return text
    }

    /// FOCUS rows of this team (when it is billed through the org's export): hourly charge periods
    /// in `YYYY-MM-DD HH:mm:ss`, JSON tags, `NULL` for empty values.
    mutating func focusRows() -> [String] {
        guard case .focus(let tags, _) = operations.billing else { return [] }
        var rows: [String] = []
        for row in monthlyAmounts() {
            let key = tags.keys.sorted()[0]
            let values = tags[key]!
            for (index, value) in values.enumerated() {
                let share = values.count == 1 ? 1 : (index == 0 ? 0.8 : 0.2)
                let hour = random.int(0...23)
                let day = min(random.int(1...28), row.month == end.month ? end.components.day : 28)
                let stamp = "\(row.month)-\(day < 10 ? "0" : "")\(day) \(hour < 10 ? "0" : "")\(hour):00:00"
                let next = "\(row.month)-\(day < 10 ? "0" : "")\(day) \(hour < 10 ? "0" : "")\(hour):59:59"
                rows.append(
                    SampleFOCUS.row(
                        start: stamp, end: next, cost: row.amount * share, category: row.category,
                        service: "\(team.name) \(row.category)", unused: false, tags: [key: value, "environment": "production"]))
                if row.idle > 0 {
                    rows.append(
                        SampleFOCUS.row(
                            start: stamp, end: next, cost: row.idle * share, category: "Compute", service: "Reserved instances",
                            unused: true, tags: [key: value]))
                }
            }
        }
        return rows
    }

    private mutating func calms(_ latest: [Double]) -> String {
        let dates: [Day] =
            operations.staleCALMS
            ? [end.advanced(by: -350), end.advanced(by: -233)]
            : [end.advanced(by: -250), end.advanced(by: -160), end.advanced(by: -52)]
        var text = "assessments:\n"
        for (index, date) in dates.enumerated() {
            let lag = Double(dates.count - 1 - index) * 0.3
            let scores = latest.map { min(5, max(1, (($0 - lag + Double(random.int(-2...2)) / 10) * 10).rounded() / 10)) }
            text += "  - date: \(date)\n    respondents: \(random.int(4...9))\n    scores:\n"
            for (pillar, score) in zip(Pillar.allCases, scores) { text += "      \(pillar.rawValue): \(Format.amount(score))\n" }
            if index == dates.count - 1 {
                let weakest = Pillar.allCases[scores.indices.min { scores[$0] < scores[$1] }!].rawValue
                text += "    notes: |\n      Facilitated retro. **\(weakest.capitalized)** scored lowest; we picked one experiment for next quarter.\n"
            }
        }
        return text
    }
}

/// The org's FOCUS 1.0 export of the sample: a subset of the columns the providers write.
enum SampleFOCUS {
    static let header =
        "BilledCost,BillingCurrency,ChargePeriodStart,ChargePeriodEnd,CommitmentDiscountStatus,EffectiveCost,ProviderName,ServiceCategory,ServiceName,Tags\n"

    static func row(start: String, end: String, cost: Double, category: String, service: String, unused: Bool, tags: [String: String]) -> String {
        let json = "{" + tags.keys.sorted().map { "\"\($0)\": \"\(tags[$0]!)\"" }.joined(separator: ", ") + "}"
        let amount = Format.amount(cost)
        return SampleText.csv([amount, "EUR", start, end, unused ? "Unused" : "NULL", amount, "Northwind Cloud", category, service, json])
    }

    /// Shared cost that no team claims: unallocated on the org page.
    static func sharedRows(start: Day, end: Day, random: inout SampleRandom) -> [String] {
        var rows: [String] = []
        var month = start.month
        while month <= end.month {
            defer { month = month.advanced(by: 1) }
            let amount = Double(random.int(3000...4200))
            rows.append(
                row(
                    start: "\(month)-01 00:00:00", end: "\(month)-01 00:59:59", cost: amount, category: "Networking",
                    service: "Shared transit gateway", unused: false, tags: ["application": "SharedNetworking"]))
            rows.append(
                row(
                    start: "\(month)-02 13:00:00", end: "\(month)-02 13:59:59", cost: amount / 3, category: "Security", service: "NULL", unused: false,
                    tags: [:]))
        }
        return rows
    }
}
