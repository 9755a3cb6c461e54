import GlasshouseCompute
import GlasshouseCore

/// The `calms` section of a team, unit or the org in the JSON export (site.md §4).
enum CALMSExport {
    static func scores(_ values: [Double]) -> JSON {
        .object(zip(Pillar.allCases, values).map { ($0.rawValue, .number($1)) })
    }

    static func calms(_ figures: CALMSFigures) -> JSON {
        var latest = JSON.null
        if let assessment = figures.latest, let overall = figures.overall {
            latest = .object([
                ("date", .string(assessment.date.description)),
                ("respondents", .nullable(assessment.respondents)),
                ("scores", scores(assessment.scores)),
                ("overall", .number(overall)),
                ("constraint", .string(figures.constraint!.rawValue)),
                (
                    "band",
                    .object(
                        zip(Pillar.allCases, assessment.scores).map { ($0.rawValue, .string(CALMSBand(score: $1).rawValue)) }
                            + [("overall", .string(CALMSBand(score: overall).rawValue))])
                ),
                (
                    "delta",
                    figures.delta.map { delta in
                        .object(zip(Pillar.allCases, delta.pillars).map { ($0.rawValue, .number($1)) } + [("overall", .number(delta.overall))])
                    } ?? .null
                ),
                ("stale", .bool(figures.stale ?? false)),
            ])
        }
        return .object([
            ("latest", latest),
            (
                "history",
                .array(
                    figures.history.map { assessment in
                        .object([
                            ("date", .string(assessment.date.description)), ("scores", scores(assessment.scores)),
                            ("overall", .number(CALMSEngine.overall(assessment))),
                        ])
                    })
            ),
        ])
    }

    static func calmsSummary(_ summary: CALMSSummary) -> JSON {
        .object([
            ("n", .int(summary.n)),
            ("scores", scores(summary.scores)),
            ("overall", .number(summary.overall)),
            ("constraint", .string(summary.constraint.rawValue)),
        ])
    }
}
