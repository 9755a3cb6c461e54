import GlasshouseCompute
import GlasshouseCore

/// A team's incident list in its JSON export: every incident opened by D, oldest first, with
/// `restored_at` null while it is open as of D (metrics.md §1). The snapshot made that cut; the
/// list comes from the publication.
enum IncidentExport {
    /// A shown incident list (`[]` for an incidents.csv without incidents by D).
    static func incidents(_ incidents: [PublishedIncident], zone: SiteZone) -> JSON {
        .array(
            incidents.sorted { ($0.openedAt, $0.id) < ($1.openedAt, $1.id) }.map { incident in
                .object([
                    ("id", .string(incident.id)),
                    ("opened_at", .string(timestamp(incident.openedAt, zone: zone))),
                    ("restored_at", .nullable(incident.restoredAt.map { timestamp($0, zone: zone) })),
                    ("service", .nullable(incident.service)),
                    ("severity", .nullable(incident.severity)),
                    ("cause", .nullable(incident.cause)),
                    ("summary", .nullable(incident.summary)),
                ])
            })
    }

    /// RFC 3339 in the site time zone with its offset: `2026-03-29T03:15:00+02:00`, fractional
    /// seconds only when the source had them.
    static func timestamp(_ instant: Instant, zone: SiteZone) -> String {
        let offset = zone.offset(at: instant)
        let local = instant.microseconds + Int64(offset) * 1_000_000
        let perDay: Int64 = 86_400_000_000
        let dayOrdinal = local >= 0 ? local / perDay : -((-local + perDay - 1) / perDay)
        let inDay = local - dayOrdinal * perDay
        let seconds = inDay / 1_000_000, micros = inDay % 1_000_000
        func pad(_ value: Int64, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        var text = Day(ordinal: Int(dayOrdinal)).description + "T" + pad(seconds / 3600, 2) + ":" + pad(seconds / 60 % 60, 2) + ":" + pad(seconds % 60, 2)
        if micros != 0 {
            var fraction = pad(micros, 6)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        if offset == 0 { return text + "Z" }
        let sign = offset < 0 ? "-" : "+"
        let minutes = Int64(abs(offset) / 60)
        return text + sign + pad(minutes / 60, 2) + ":" + pad(minutes % 60, 2)
    }
}
