import Foundation
import GlasshouseCompute
import GlasshouseCore

/// The data-quality page.
extension SitePresenter {
    func qualityPage(at path: String) -> QualityPage {
        func href(_ team: PublishedTeam) -> String { OutputPaths.relative(from: path, to: OutputPaths.team(team.id)) }
        var ignored: [QualityRow] = []
        var stale: [QualityRow] = []
        var missing: [DataKind: [QualityRow]] = [:]
        // Ignored rows, stale data and missing kinds of shown and absent sections only: a withheld
        // section shows no trace here either, not even whether the team has it.
        for team in publication.teams {
            for rows in team.ignoredAfterAsOf {
                ignored.append(
                    QualityRow(
                        subject: team.name, href: href(team), detail: "\(rows.count) row\(rows.count == 1 ? "" : "s") of \(rows.file) after \(asOf.day.display)"
                    ))
            }
            for kind in DataKind.allCases {
                if let freshness = team.freshness[kind], freshness.stale {
                    stale.append(
                        QualityRow(subject: team.name, href: href(team), detail: "\(kind.freshnessName): latest \(freshness.latest ?? "none by the as-of day")")
                    )
                }
                if team.visibility(kind.section) == .absent { missing[kind, default: []].append(QualityRow(subject: team.name, href: href(team), detail: "")) }
            }
        }
        return QualityPage(
            frame: frame(title: "Data quality", path: path, crumbs: [Crumb(name: "Data quality", href: nil)]),
            warnings: publication.warnings.map(\.description),
            ignored: ignored, stale: stale,
            missing: DataKind.allCases.map { MissingKind(kind: $0.displayName, teams: missing[$0] ?? []) },
            withheld: publication.teams.filter { !$0.withheld.isEmpty }.map { team in
                QualityRow(subject: team.name, href: href(team), detail: team.withheld.map(\.rawValue).joined(separator: ", "))
            }
        )
    }
}
