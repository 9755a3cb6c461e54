import Foundation
import GlasshouseCore

/// Loads cost data (content.md §7): a team's costs.csv and the org-wide FOCUS exports, allocated
/// to teams by tag. Every amount must be in the site currency.
enum CostLoader {
    /// costs.csv: month, amount, currency, category, service, idle.
    static func loadTeamCosts(_ input: CSVInput, file: String, currency: String, diagnostics: inout Diagnostics) -> [CostRow] {
        var rows: [CostRow] = []
        CSVTable.read(input, file: file, required: ["month", "amount"], diagnostics: &diagnostics) { row in
            var month: Month?
            if let text = row.requiredText("month") {
                month = Self.month(text)
                if month == nil { row.error("month", "\"\(text)\" is not a month like 2026-02") }
            }
            let amount = row.number("amount", required: true)
            let idle = row.number("idle") ?? 0
            if let rowCurrency = row.text("currency"), rowCurrency.uppercased() != currency {
                row.error("currency", "\(rowCurrency) differs from the site currency \(currency); all cost figures of one site share one currency")
            }
            guard row.isValid, let month, let amount else { return }
            rows.append(CostRow(month: month, amount: amount, category: row.text("category") ?? "other", idle: idle))
        }
        return rows
    }

    /// `YYYY-MM`.
    static func month(_ text: String) -> Month? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else {
            return nil
        }
        return Month(year: year, month: month)
    }

    /// Who claims FOCUS rows: team.yaml `cost_tags` (key, value) pairs, then the `finops.team_tag` tag.
    struct Allocation {
        var claims: [String: [String: String]]  // tag key → value → team id
        var teamTag: String
        var teams: Set<String>

        /// The team a row with these tags belongs to, nil when unallocated. Claimed tags are tried
        /// in key order so that a row with two claimed tags always lands with the same team.
        func team(for tags: [String: String]) -> String? {
            for key in tags.keys.sorted() {
                if let team = claims[key]?[tags[key]!] { return team }
            }
            if let value = tags[teamTag], teams.contains(value) { return value }
            return nil
        }
    }

    /// One FOCUS export; returns the rows by team id, and the unallocated ones under nil.
    static func loadFOCUS(
        _ input: CSVInput, file: String, currency: String, costColumn: String, allocation: Allocation, diagnostics: inout Diagnostics
    ) -> [String?: [CostRow]] {
        var rows: [String?: [CostRow]] = [:]
        let column = costColumn.lowercased()
        CSVTable.read(input, file: file, required: ["chargeperiodstart", column], diagnostics: &diagnostics) { row in
            func value(_ name: String) -> String? {
                guard let text = row.text(name), text != "NULL" else { return nil }
                return text
            }
            var month: Month?
            if let text = value("chargeperiodstart") {
                switch Timestamps.parse(text, assumeUTC: true) {
                case .instant(let instant): month = SiteZone.utc.day(of: instant).month
                case .missingOffset:
                    row.error("ChargePeriodStart", "\"\(text)\" has no offset; add Z or ±HH:MM, or write it as YYYY-MM-DD HH:mm:ss (UTC)")
                case .invalid:
                    if let day = Timestamps.date(text) {
                        month = day.month
                    } else {
                        row.error("ChargePeriodStart", "\"\(text)\" is not a timestamp (like 2024-09-18 22:00:00 or 2024-09-18T22:00:00Z)")
                    }
                }
            } else {
                row.error("ChargePeriodStart", "is empty; every FOCUS row needs its charge period")
            }
            var amount = 0.0
            if let text = value(column) {
                switch ContentNumber.decimal(text) {
                case .success(let number): amount = number
                case .failure(let problem): row.error(costColumn, ContentNumber.message(problem, text))
                }
            }
            if let billing = value("billingcurrency"), billing.uppercased() != currency {
                row.error("BillingCurrency", "\(billing) differs from the site currency \(currency); all cost figures of one site share one currency")
            }
            // FOCUS 1.3: a split-cost row's AllocatedTags, when not empty, replace its Tags entirely.
            let allocatedTags = value("allocatedtags").flatMap { $0.trimmingCharacters(in: .whitespaces) == "{}" ? nil : $0 }
            var tags: [String: String] = [:]
            if let text = allocatedTags ?? value("tags") {
                if let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] {
                    for (key, value) in object { tags[key] = (value as? String) ?? "\(value)" }
                } else {
                    row.error(allocatedTags == nil ? "Tags" : "AllocatedTags", "is not a JSON object like {\"team\": \"payments\"}")
                }
            }
            guard row.isValid, let month else { return }
            let idle = value("commitmentdiscountstatus")?.lowercased() == "unused" ? amount : 0
            rows[allocation.team(for: tags), default: []].append(
                CostRow(month: month, amount: amount, category: value("servicecategory") ?? "other", idle: idle))
        }
        return rows
    }
}
