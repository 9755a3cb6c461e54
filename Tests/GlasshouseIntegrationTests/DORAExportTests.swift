import Foundation
import GlasshouseCore
import GlasshousePipeline
import GlasshouseSample
import GlasshouseTesting
import Testing

/// Builds a generated org and checks the JSON export against metrics.md §2 re-implemented here
/// from scratch, with Foundation's calendar and date parsing instead of Glasshouse's own.
@Suite("The DORA export matches an independent computation")
struct DORAExportTests {
    static let asOf = "2026-11-20"

    @Test("every team's window and months, a unit's and the org's pooled figures", arguments: [UInt64(3), 11])
    func matchesReference(seed: UInt64) throws {
        let folder = try TestFolder()
        defer { folder.delete() }
        try folder.write(
            Dictionary(
                uniqueKeysWithValues: SampleSite.files(teams: 14, months: 8, seed: seed).map { ("C/" + $0.path, String(decoding: $0.bytes, as: UTF8.self)) }))
        let options = SiteBuildTests.options(folder)
        _ = try SiteBuilder.build(options)

        let reference = Reference(asOf: Self.asOf, windowDays: 90)
        let teamIDs = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/C/teams").sorted()
        var pooledLead: [String: [Double]] = [:]
        var pooledDeployments: [String: Int] = [:]
        var checked = 0
        for id in teamIDs {
            let json = try Self.json(folder.path + "/S/data/teams/\(id).json")
            let teamFolder = folder.path + "/C/teams/\(id)/"
            guard FileManager.default.fileExists(atPath: teamFolder + "deployments.csv") else { continue }
            let team = try reference.team(folder: teamFolder, id: id)
            let dora = try #require(json["dora"] as? [String: Any])
            #expect(dora["source"] as? String == "events")
            let window = try #require(dora["window"] as? [String: Any])
            Self.compare(window, team.figures(reference.window), observed: team.observedDays(reference.window), context: "\(id) window")
            #expect(window["stale"] as? Bool == (team.to != Self.asOf), "\(id) stale")
            #expect(window["observed_to"] as? String == team.to, "\(id) observed_to")
            let previous = try #require(dora["previous"] as? [String: Any])
            Self.compare(previous, team.figures(reference.previous), observed: team.observedDays(reference.previous), context: "\(id) previous")
            let months = try #require(dora["months"] as? [[String: Any]])
            #expect(months.count == 8)
            for month in months {
                let label = try #require(month["period"] as? String)
                Self.compare(month, team.figures(reference.month(label)), observed: team.observedDays(reference.month(label)), context: "\(id) \(label)")
            }
            let unit = try #require((json["team"] as? [String: Any])?["unit"] as? String)
            for key in [unit, "org"] {
                pooledLead[key, default: []] += team.leadTimes(reference.window)
                pooledDeployments[key, default: 0] += team.figures(reference.window).deployments
            }
            checked += 1
        }
        #expect(checked >= 10)
        for key in ["payments", "platform"] {
            let window = try #require((Self.json(folder.path + "/S/data/units/\(key).json")["dora"] as? [String: Any])?["window"] as? [String: Any])
            #expect(window["deployments"] as? Int == pooledDeployments[key], "\(key)")
            #expect(window["deploy_days"] == nil, "units have no deploy days")
            #expect(window["approx"] as? Bool == false)
            let lead = try #require(window["lead_time_hours"] as? [String: Any])
            let sorted = pooledLead[key, default: []].sorted()
            Self.expectClose(lead["p50"], Reference.percentile(sorted, 0.5), "\(key) pooled p50")
            Self.expectClose(lead["p90"], Reference.percentile(sorted, 0.9), "\(key) pooled p90")
            #expect(lead["n"] as? Int == sorted.count)
        }
        // The org includes the team on summaries: its rows add up, and percentiles lose their p90.
        let summaries = try Reference.rows(folder.path + "/C/teams/analytics/dora.csv")
            .filter { reference.window.contains(Reference.monday(of: $0["period"]!)) }
        let org = try #require((Self.json(folder.path + "/S/data/org.json")["dora"] as? [String: Any])?["window"] as? [String: Any])
        #expect(org["deployments"] as? Int == pooledDeployments["org"]! + summaries.map { Int($0["deployments"]!)! }.reduce(0, +))
        #expect(org["approx"] as? Bool == true)
        #expect((org["lead_time_hours"] as? [String: Any])?["p90"] is NSNull)
    }

    static func json(_ path: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    /// `observed`: the period's days inside the team's observed span (metrics.md §2.10).
    static func compare(_ json: [String: Any], _ expected: Reference.Figures, observed: Int, context: String) {
        #expect(json["observed_days"] as? Int == observed, "\(context) observed_days")
        guard observed > 0 else {
            for key in ["deployments", "deployments_per_week", "change_failure_rate", "lead_time_hours", "restore_hours"] {
                #expect(json[key] is NSNull, "\(context) \(key): no observed days, null")
            }
            return
        }
        expectClose(json["deployments_per_week"], Double(expected.deployments * 7) / Double(observed), "\(context) deployments_per_week")
        #expect(json["deployments"] as? Int == expected.deployments, "\(context) deployments")
        #expect(json["deploy_days"] as? Int == expected.deployDays, "\(context) deploy_days")
        #expect(json["failed_deployments"] as? Int == expected.failed, "\(context) failed")
        expectClose(json["change_failure_rate"], expected.deployments == 0 ? nil : Double(expected.failed) / Double(expected.deployments), "\(context) cfr")
        #expect(json["incidents"] as? Int == expected.incidents, "\(context) incidents")
        for (key, values, open) in [
            ("lead_time_hours", expected.lead, nil as Int?), ("recovery_hours", expected.recovery, expected.recoveryOpen),
            ("restore_hours", expected.restore, expected.restoreOpen),
        ] {
            guard let figure = json[key] as? [String: Any] else {
                Issue.record("\(context): \(key) missing")
                continue
            }
            let sorted = values.sorted()
            expectClose(figure["p50"], Reference.percentile(sorted, 0.5), "\(context) \(key) p50")
            expectClose(figure["p90"], Reference.percentile(sorted, 0.9), "\(context) \(key) p90")
            #expect(figure["n"] as? Int == sorted.count, "\(context) \(key) n")
            if let open { #expect(figure["open"] as? Int == open, "\(context) \(key) open") }
        }
    }

    static func expectClose(_ actual: Any?, _ expected: Double?, _ context: String) {
        guard let expected else {
            #expect(actual is NSNull, "\(context): expected null, got \(String(describing: actual))")
            return
        }
        guard let value = (actual as? NSNumber)?.doubleValue else {
            Issue.record("\(context): expected \(expected), got \(String(describing: actual))")
            return
        }
        #expect(abs(value - expected) <= 1e-9 * max(1, abs(expected)), "\(context): \(value) ≠ \(expected)")
    }
}

/// metrics.md §1–2 written as directly as possible, for one team of events, in Europe/Berlin.
struct Reference {
    struct Figures {
        var deployments = 0, deployDays = 0, failed = 0, incidents = 0
        var lead: [Double] = [], recovery: [Double] = [], recoveryOpen = 0, restore: [Double] = [], restoreOpen = 0
    }

    let asOf: String
    let window: ClosedRange<String>
    let previous: ClosedRange<String>
    let dayFormatter: DateFormatter
    let endOfAsOf: Date

    init(asOf: String, windowDays: Int) {
        self.asOf = asOf
        dayFormatter = DateFormatter()
        dayFormatter.locale = Locale(identifier: "en_US_POSIX")
        dayFormatter.timeZone = TimeZone(identifier: "Europe/Berlin")
        dayFormatter.dateFormat = "yyyy-MM-dd"
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Berlin")!
        let end = dayFormatter.date(from: asOf)!
        window = dayFormatter.string(from: calendar.date(byAdding: .day, value: -(windowDays - 1), to: end)!)...asOf
        previous =
            dayFormatter.string(
                from: calendar.date(byAdding: .day, value: -(2 * windowDays - 1), to: end)!)...dayFormatter.string(
                from: calendar.date(byAdding: .day, value: -windowDays, to: end)!)
        endOfAsOf = calendar.date(byAdding: .day, value: 1, to: end)!
    }

    /// Days from `a` to `b` (YYYY-MM-DD), counted on the plain calendar.
    static func daysBetween(_ a: String, _ b: String) -> Int {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return Int((formatter.date(from: b)!.timeIntervalSince(formatter.date(from: a)!) / 86_400).rounded())
    }

    func month(_ label: String) -> ClosedRange<String> {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = label.split(separator: "-").map { Int($0)! }
        let days = calendar.range(of: .day, in: .month, for: calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: 1))!)!.count
        return (label + "-01")...min(label + "-\(days)", asOf)
    }

    func day(_ date: Date) -> String { dayFormatter.string(from: date) }

    static func date(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)!
    }

    /// The Monday of an ISO week label like `2026-W07`, as `YYYY-MM-DD`.
    static func monday(of label: String) -> String {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = label.split(separator: "-W")
        let date = calendar.date(from: DateComponents(weekday: 2, weekOfYear: Int(parts[1])!, yearForWeekOfYear: Int(parts[0])!))!
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: date)
    }

    static func percentile(_ sorted: [Double], _ q: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let h = Double(sorted.count - 1) * q
        let low = Int(h)
        return low + 1 < sorted.count ? sorted[low] + (h - Double(low)) * (sorted[low + 1] - sorted[low]) : sorted[low]
    }

    static func rows(_ path: String) throws -> [[String: String]] {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        let header = CSVLine.fields(lines[0])
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, CSVLine.fields($0))) }
    }

    struct Team {
        struct Deployment {
            var id: String; var finished: Date; var day: String; var service: String; var failed: Bool; var success: Bool; var recovery: Double??;
            var lead: [Double]
        }
        var deployments: [Deployment]
        var incidents: [(day: String, restore: Double?)]
        /// The observed span (metrics.md §2.10): dora_since or the first record; D or, stale, the last record's day.
        var from: String?
        var to: String

        func observedDays(_ range: ClosedRange<String>) -> Int {
            guard let from else { return 0 }
            let start = max(range.lowerBound, from), end = min(range.upperBound, to)
            return start > end ? 0 : Reference.daysBetween(start, end) + 1
        }

        func figures(_ range: ClosedRange<String>) -> Figures {
            var figures = Figures()
            let inRange = deployments.filter { range.contains($0.day) }
            figures.deployments = inRange.count
            figures.deployDays = Set(inRange.map(\.day)).count
            for deployment in inRange {
                figures.lead += deployment.lead
                guard deployment.failed else { continue }
                figures.failed += 1
                switch deployment.recovery {
                case .some(.some(let hours)) where hours >= 0: figures.recovery.append(hours)
                case .some(.none): figures.recoveryOpen += 1
                default: break
                }
            }
            for incident in incidents where range.contains(incident.day) {
                figures.incidents += 1
                if let hours = incident.restore { figures.restore.append(hours) } else { figures.restoreOpen += 1 }
            }
            return figures
        }

        func leadTimes(_ range: ClosedRange<String>) -> [Double] { deployments.filter { range.contains($0.day) }.flatMap(\.lead) }
    }

    func team(folder: String, id: String) throws -> Team {
        let yaml = try String(contentsOfFile: folder + "team.yaml", encoding: .utf8)
        let since = yaml.split(separator: "\n").first { $0.hasPrefix("dora_since:") }.map { String($0.dropFirst(11)).trimmingCharacters(in: .whitespaces) }
        func kept(_ date: Date) -> Bool { day(date) <= asOf && day(date) >= (since ?? "") }
        let allDates =
            try Self.rows(folder + "deployments.csv").map { Self.date($0["finished_at"]!) }
            + Self.rows(folder + "changes.csv").map { Self.date($0["committed_at"]!) } + Self.rows(folder + "incidents.csv").map { Self.date($0["opened_at"]!) }
        let records = allDates.filter(kept)
        let stale = records.max().map { endOfAsOf.timeIntervalSince($0) > 14 * 86_400 } ?? false
        let from = since ?? records.min().map(day), to = stale ? day(records.max()!) : asOf
        let incidentRows = try Self.rows(folder + "incidents.csv").filter { kept(Self.date($0["opened_at"]!)) }
        func restored(_ row: [String: String]) -> Date? {
            guard let text = row["restored_at"], !text.isEmpty else { return nil }
            let date = Self.date(text)
            return day(date) <= asOf ? date : nil
        }
        var deployments: [Team.Deployment] = []
        for row in try Self.rows(folder + "deployments.csv") {
            let finished = Self.date(row["finished_at"]!)
            let status = row["status"]!.lowercased()
            guard ["production", "prod"].contains(row["environment"]!.lowercased()), !["aborted", "cancelled", "canceled", "skipped"].contains(status),
                kept(finished)
            else { continue }
            let causes = incidentRows.filter { $0["cause"] == row["id"] }
            deployments.append(
                Team.Deployment(
                    id: row["id"]!, finished: finished, day: day(finished), service: row["service"]!,
                    failed: ["failed", "failure", "rollback", "rolled_back"].contains(status) || !causes.isEmpty, success: status == "success",
                    recovery: causes.isEmpty
                        ? nil : (causes.contains { restored($0) == nil } ? .some(nil) : causes.map { restored($0)!.timeIntervalSince(finished) / 3600 }.max()!),
                    lead: []
                ))
        }
        for index in deployments.indices where deployments[index].failed && deployments[index].recovery == nil {
            let deployment = deployments[index]
            let next = deployments.filter { $0.service == deployment.service && $0.success && $0.finished > deployment.finished }.map(\.finished).min()
            deployments[index].recovery = .some(next.map { $0.timeIntervalSince(deployment.finished) / 3600 })
        }
        let byID = Dictionary(uniqueKeysWithValues: deployments.indices.map { (deployments[$0].id, $0) })
        for change in try Self.rows(folder + "changes.csv") {
            guard let index = byID[change["deployment"]!] else { continue }
            let committed = Self.date(change["committed_at"]!)
            let hours = deployments[index].finished.timeIntervalSince(committed) / 3600
            if kept(committed), hours >= 0 { deployments[index].lead.append(hours) }
        }
        let incidents = incidentRows.map { row in
            (day(Self.date(row["opened_at"]!)), restored(row).map { $0.timeIntervalSince(Self.date(row["opened_at"]!)) / 3600 })
        }
        return Team(deployments: deployments, incidents: incidents, from: from, to: to)
    }
}
