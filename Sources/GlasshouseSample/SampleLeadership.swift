import GlasshouseCore

/// The sample's `dora_since`, targets and events (content.md §3, §4): dated relative to the
/// sample's last day, so every `--as-of` gets targets on and off track, and org, unit and team events.
enum SampleLeadership {
    /// Lines appended to a team's team.yaml.
    static func teamYAML(_ team: SampleTeam, end: Day) -> String {
        var text = ""
        if let days = team.doraStartsDaysBeforeEnd { text += "dora_since: \(end.advanced(by: -days))\n" }
        let since = end.advanced(by: -50), by = end.advanced(by: 130)
        switch team.id {
        case "payments-api":
            text += """
                targets:
                  - {metric: lead_time, value: 12, since: \(since), by: \(by), note: Smaller pull requests}
                  - {metric: change_failure_rate, value: 0.02, since: \(since), by: \(by)}
                events:
                  - {date: \(end.advanced(by: -38)), title: Connection-pool change rolled out}

                """
        case "storefront":
            text += "targets:\n  - {metric: deployment_frequency, value: 10, since: \(since), by: \(by), note: Keep shipping daily}\n"
            text += "  - {metric: recovery_time, value: 0.3, since: \(since), by: \(by)}\n"
        case "catalog":
            text += "targets:\n  - {metric: recovery_time, value: 24, since: \(end.advanced(by: -200)), by: \(end.advanced(by: -20))}\n"
        default: break
        }
        return text
    }

    /// Lines appended to a unit of org.yaml.
    static func unitYAML(_ unit: String, end: Day) -> String {
        switch unit {
        case "payments":
            "    targets:\n      - {metric: cost, value: 54000, since: \(end.advanced(by: -80)), by: \(end.advanced(by: 100)), note: Right-size the ledger database}\n"
        case "platform":
            "    targets:\n      - {metric: \"calms:automation\", value: 4.8, since: \(end.advanced(by: -60)), by: \(end.advanced(by: 30))}\n      - {metric: \"calms:overall\", value: 3.9, since: \(end.advanced(by: -60)), by: \(end.advanced(by: 100))}\n"
        default: ""
        }
    }

    /// org.yaml `events:`, for the units present.
    static func orgEvents(units: Set<String>, end: Day) -> String {
        var text = "events:\n  - {date: \(end.advanced(by: -120)), title: Moved to trunk-based development}\n"
        if units.contains("commerce") { text += "  - {date: \(end.advanced(by: -70)), title: Black Friday code freeze planning, unit: commerce}\n" }
        return text
    }
}
