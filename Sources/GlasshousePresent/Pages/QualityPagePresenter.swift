import Foundation
import GlasshouseCompute
import GlasshouseCore

/// The data-quality page.
extension SitePresenter {
    func qualityPage(at path: String) -> QualityPage {
        func href(_ team: Team) -> String { OutputPaths.relative(from: path, to: OutputPaths.team(team.id)) }
        var ignored: [QualityRow] = []
        var stale: [QualityRow] = []
        var missing: [DataKind: [QualityRow]] = [:]
        for team in content.teams {
            let result = figures.teams[team.id]!
            for (file, count) in result.ignoredAfterAsOf.sorted(by: { $0.key < $1.key }) {
                ignored.append(
                    QualityRow(
                        subject: team.name, href: href(team),
                        detail: "\(count) row\(count == 1 ? "" : "s") of \(Self.relative(file, to: contentRoot)) after \(asOf.day.display)"))
            }
            for kind in DataKind.allCases {
                guard let freshness = result.freshness[kind], freshness.stale else { continue }
                stale.append(
                    QualityRow(subject: team.name, href: href(team), detail: "\(kind.freshnessName): latest \(freshness.latest ?? "none by the as-of day")"))
            }
            for kind in DataKind.allCases where !team.has(kind) {
                missing[kind, default: []].append(QualityRow(subject: team.name, href: href(team), detail: ""))
            }
        }
        return QualityPage(
            frame: frame(title: "Data quality", path: path, crumbs: [Crumb(name: "Data quality", href: nil)]),
            warnings: warnings.map(\.description),
            ignored: ignored, stale: stale,
            missing: DataKind.allCases.map { MissingKind(kind: $0.displayName, teams: missing[$0] ?? []) },
            withheld: content.teams.filter { !$0.privateSections.isEmpty }.map { team in
                QualityRow(subject: team.name, href: href(team), detail: team.privateSections.sorted().map(\.rawValue).joined(separator: ", "))
            }
        )
    }
}
