import GlasshouseCompute
import GlasshouseCore

/// The top-level `targets`, `events` and `changes` of the team, unit and org JSON (site.md §4).
enum LeadershipExport {
    /// `targets`, `events` and, for units and the org, `changes`.
    static func pairs(_ scope: ScopeLeadership, changes withChanges: Bool) -> [(String, JSON)] {
        var pairs: [(String, JSON)] = [
            ("targets", .array(scope.targets.map(target))),
            ("events", .array(scope.events.map(event))),
        ]
        if withChanges { pairs.append(("changes", .array(scope.changes.map(change)))) }
        return pairs
    }

    static func target(_ result: TargetResult) -> JSON {
        let target = result.target
        return .object([
            ("scope", .string(target.scope)),
            ("metric", .string(target.metric.description)),
            ("value", .number(target.value)),
            ("since", .string(target.since.description)),
            ("by", .string(target.by.description)),
            ("baseline", .nullable(result.baseline)),
            ("current", .nullable(result.current)),
            ("expected", .nullable(result.expected)),
            ("status", .string(result.status.rawValue)),
            ("note", .nullable(target.note)),
        ])
    }

    static func event(_ event: DatedEvent) -> JSON {
        .object([("date", .string(event.date.description)), ("title", .string(event.title)), ("scope", .string(event.scope))])
    }

    static func change(_ item: NotableChange) -> JSON {
        .object([
            ("team", .string(item.team)),
            ("metric", .string(item.metric.rawValue)),
            ("previous", .nullable(item.change.previous)),
            ("current", .nullable(item.change.current)),
            ("direction", .nullable(item.change.direction?.rawValue)),
            ("tier_from", .nullable(item.change.tierFrom?.rawValue)),
            ("tier_to", .nullable(item.change.tierTo?.rawValue)),
        ])
    }
}
