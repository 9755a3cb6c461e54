import GlasshouseCompute
import GlasshouseCore
import Foundation

/// The data-quality page.
extension SitePresenter {
    func qualityPage(at path: String) -> QualityPage {
        func href(_ team: Team) -> String { OutputPaths.relative(from: path, to: OutputPaths.team(team.id)) }
        var ignored: [QualityRow] = []
        var stale: [QualityRow] = []
        var missing: [(String, [QualityRow])] = [("DORA", []), ("Incidents", []), ("SLOs", []), ("Costs", []), ("CALMS", [])]
        for team in content.teams {
            let result = figures.teams[team.id]!
            for (file, count) in result.ignoredAfterAsOf.sorted(by: { $0.key < $1.key }) {
                ignored.append(QualityRow(subject: team.name, href: href(team), detail: "\(count) row\(count == 1 ? "" : "s") of \(Self.relative(file, to: contentRoot)) after \(asOf.day.display)"))
            }
            let kinds: [(String, Freshness?)] = [("DORA", result.freshness.dora), ("Incidents", result.freshness.incidents), ("SLIs", result.freshness.slos),
                                                 ("Costs", result.freshness.costs), ("CALMS", result.freshness.calms)]
            for (kind, freshness) in kinds {
                guard let freshness, freshness.stale else { continue }
                stale.append(QualityRow(subject: team.name, href: href(team), detail: "\(kind): latest \(freshness.latest ?? "none by the as-of day")"))
            }
            let has = [team.dora != nil, team.dora.map { !$0.incidentsFile.isEmpty } ?? false, team.slo != nil, team.costs != nil, team.calms != nil]
            for index in has.indices where !has[index] { missing[index].1.append(QualityRow(subject: team.name, href: href(team), detail: "")) }
        }
        return QualityPage(
            frame: frame(title: "Data quality", path: path, crumbs: [Crumb(name: "Data quality", href: nil)]),
            warnings: warnings.map(\.description),
            ignored: ignored, stale: stale,
            missing: missing.map { MissingKind(kind: $0.0, teams: $0.1) },
            withheld: content.teams.filter { !$0.privateSections.isEmpty }.map { team in
                QualityRow(subject: team.name, href: href(team), detail: team.privateSections.sorted().map(\.rawValue).joined(separator: ", "))
            }
        )
    }
}
