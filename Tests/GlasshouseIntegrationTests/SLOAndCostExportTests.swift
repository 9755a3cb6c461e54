import Foundation
import GlasshouseCore
import GlasshousePipeline
import GlasshouseSample
import GlasshouseTesting
import Testing

/// Builds a generated org and checks the SLO and cost sections of the export against
/// metrics.md §3–4 written again here with Foundation only.
@Suite("The SLO and cost export matches an independent computation")
struct SLOAndCostExportTests {
    @Test("every team's SLOs and cost months")
    func matchesReference() throws {
        let folder = try TestFolder()
        defer { folder.delete() }
        try folder.write(
            Dictionary(
                uniqueKeysWithValues: SampleSite.files(teams: 14, months: 8, seed: 5).map { ("C/" + $0.path, String(decoding: $0.bytes, as: UTF8.self)) }))
        let options = SiteBuildTests.options(folder)
        _ = try SiteBuilder.build(options)
        let reference = Reference(asOf: "2026-11-20", windowDays: 90)
        var checkedSLOs = 0, checkedMonths = 0
        for id in try FileManager.default.contentsOfDirectory(atPath: folder.path + "/C/teams").sorted() {
            let teamFolder = folder.path + "/C/teams/\(id)/"
            let json = try DORAExportTests.json(folder.path + "/S/data/teams/\(id).json")
            if FileManager.default.fileExists(atPath: teamFolder + "slos.yaml") {
                let objectives = try Self.objectives(teamFolder + "slos.yaml")
                let rows = try Reference.rows(teamFolder + "sli.csv")
                for slo in try #require(json["slos"] as? [[String: Any]]) {
                    let sloID = try #require(slo["id"] as? String)
                    let objective = try #require(objectives[sloID])
                    var sums: [String: (good: Double, total: Double)] = [:]  // by day
                    for row in rows where row["slo"] == sloID {
                        let start = row["start"]!
                        let day = start.count == 10 ? start : reference.day(Reference.date(start))
                        sums[day, default: (0, 0)].good += Double(row["good"]!)!
                        sums[day, default: (0, 0)].total += Double(row["total"]!)!
                    }
                    func over(_ days: Int) -> (good: Double, total: Double) {
                        let first = reference.dayBefore("2026-11-20", days - 1)
                        return sums.filter { $0.key >= first && $0.key <= "2026-11-20" }.values.reduce((0, 0)) { ($0.0 + $1.good, $0.1 + $1.total) }
                    }
                    let budget = 1 - objective / 100
                    let window = over(28), week = over(7)
                    #expect(slo["good"] as? Double == window.good && slo["total"] as? Double == window.total, "\(id) \(sloID)")
                    let consumed = window.total == 0 ? nil : (window.total - window.good) / (budget * window.total)
                    DORAExportTests.expectClose(slo["budget_consumed"], consumed, "\(id) \(sloID) consumed")
                    let judged = window.total >= (try Self.minEvents(teamFolder + "slos.yaml")[sloID] ?? 0)
                    DORAExportTests.expectClose(
                        slo["burn_rate_7d"], week.total == 0 || !judged ? nil : ((week.total - week.good) / week.total) / budget, "\(id) \(sloID) burn 7d")
                    let remaining = consumed.map { 1 - $0 }
                    let burn7 = week.total == 0 ? nil : ((week.total - week.good) / week.total) / budget
                    let minEvents = try Self.minEvents(teamFolder + "slos.yaml")[sloID] ?? 0
                    let status =
                        window.total == 0
                        ? "no_data"
                        : window.total < minEvents
                            ? "not_enough_events"
                            : remaining! <= 0 ? "exhausted" : (remaining! < 0.25 || (burn7 ?? 0) > 1) ? "at_risk" : "healthy"
                    #expect(slo["status"] as? String == status, "\(id) \(sloID) status")
                    // The calendar budget: 1 … 20 November.
                    let toDate = sums.filter { $0.key >= "2026-11-01" && $0.key <= "2026-11-20" }.values.reduce((0.0, 0.0)) {
                        ($0.0 + $1.good, $0.1 + $1.total)
                    }
                    let monthToDate = try #require(slo["month_to_date"] as? [String: Any])
                    #expect(monthToDate["good"] as? Double == toDate.0 && monthToDate["total"] as? Double == toDate.1, "\(id) \(sloID) month to date")
                    DORAExportTests.expectClose(
                        monthToDate["budget_consumed"], toDate.1 == 0 ? nil : (toDate.1 - toDate.0) / (budget * toDate.1), "\(id) \(sloID) month to date budget"
                    )
                    let november = try #require((slo["months"] as? [[String: Any]])?.last)
                    DORAExportTests.expectClose(november["budget_consumed"], monthToDate["budget_consumed"] as? Double, "\(id) \(sloID) November budget")
                    checkedSLOs += 1
                }
            }
            if FileManager.default.fileExists(atPath: teamFolder + "costs.csv"), let costs = json["costs"] as? [String: Any],
                let months = costs["months"] as? [[String: Any]]
            {
                var totals: [String: Double] = [:]
                for row in try Reference.rows(teamFolder + "costs.csv") { totals[row["month"]!, default: 0] += Double(row["amount"]!)! }
                for month in months {
                    let period = try #require(month["period"] as? String)
                    DORAExportTests.expectClose(month["total"], totals[period], "\(id) \(period) total")
                    let previous = Self.previousMonth(period)
                    DORAExportTests.expectClose(month["change"], totals[previous].map { totals[period]! - $0 }, "\(id) \(period) change")
                    DORAExportTests.expectClose(month["forecast"], period == "2026-11" ? totals[period]! * 30 / 20 : nil, "\(id) \(period) forecast")
                    checkedMonths += 1
                }
            }
        }
        #expect(checkedSLOs >= 10)
        #expect(checkedMonths >= 40)
    }

    static func previousMonth(_ label: String) -> String {
        let parts = label.split(separator: "-").map { Int($0)! }
        let (year, month) = parts[1] == 1 ? (parts[0] - 1, 12) : (parts[0], parts[1] - 1)
        return String(format: "%04d-%02d", year, month)
    }

    /// id → objective from the sample's slos.yaml (`  - id: X` followed by `    objective: N`).
    /// SLO id → `min_events` of slos.yaml.
    static func minEvents(_ path: String) throws -> [String: Double] {
        var result: [String: Double] = [:]
        var current: String?
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("- id: ") { current = String(text.dropFirst(6)) }
            if text.hasPrefix("min_events: "), let id = current { result[id] = Double(text.dropFirst(12)) }
        }
        return result
    }

    static func objectives(_ path: String) throws -> [String: Double] {
        var result: [String: Double] = [:]
        var current: String?
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("- id: ") { current = String(text.dropFirst(6)) }
            if text.hasPrefix("objective: "), let id = current { result[id] = Double(text.dropFirst(11)) }
        }
        return result
    }
}

extension Reference {
    /// The day `days` before `day` (YYYY-MM-DD), by Foundation's calendar.
    func dayBefore(_ day: String, _ days: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Berlin")!
        return dayFormatter.string(from: calendar.date(byAdding: .day, value: -days, to: dayFormatter.date(from: day)!)!)
    }
}
