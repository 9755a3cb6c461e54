import GlasshouseCompute
import GlasshouseCore

/// The incident list of a team page.
extension DORAPresenter {
    /// A published incident list (cut at D by the snapshot: opened by D, restored by D or open),
    /// open incidents first, then newest first.
    func incidents(_ incidents: [PublishedIncident], postmortems: [String: String]) -> [IncidentRow] {
        let sorted = incidents.sorted { a, b in
            let (openA, openB) = (a.restoredAt == nil, b.restoredAt == nil)
            if openA != openB { return openA }
            return (a.openedAt, a.id) > (b.openedAt, b.id)
        }
        return sorted.map { incident in
            let open = incident.restoredAt == nil
            let duration: String
            if open {
                duration = "open since \(zone.day(of: incident.openedAt).display)"
            } else {
                duration = Format.hours(incident.restoredAt!.hours(since: incident.openedAt))
            }
            return IncidentRow(
                id: incident.id,
                opened: zone.day(of: incident.openedAt).description,
                openedDisplay: "\(zone.day(of: incident.openedAt).display) \(localTime(incident.openedAt))",
                severity: incident.severity, service: incident.service, summary: incident.summary, open: open,
                duration: duration, causedBy: incident.cause, postmortemHref: postmortems[incident.id]
            )
        }
    }

    /// `19:09` in the site time zone.
    func localTime(_ instant: Instant) -> String {
        let local = instant.seconds + Int64(zone.offset(at: instant))
        let secondOfDay = Int(((local % 86_400) + 86_400) % 86_400)
        let hour = secondOfDay / 3600, minute = secondOfDay / 60 % 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }
}
