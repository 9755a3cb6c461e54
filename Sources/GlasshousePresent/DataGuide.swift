import GlasshouseCompute
import GlasshouseCore

/// `data/index.html`: the guide to the JSON export for dashboard builders (site.md §4): every file,
/// the scales, what `null` means, and the schemas.
public struct DataPage: ViewModel {
    public var frame: Frame
    public var teams: [LinkRow]
    public var units: [LinkRow]
    public var currency: String
    public var timezone: String
}

extension SitePresenter {
    func dataPage(at path: String) -> DataPage {
        func link(_ id: String, _ name: String, _ file: String) -> LinkRow {
            LinkRow(name: name, href: OutputPaths.relative(from: path, to: file), text: id)
        }
        return DataPage(
            frame: frame(title: "Data for dashboards", path: path, crumbs: [Crumb(name: "Data", href: nil)]),
            teams: publication.teams.map { link($0.id, $0.name, OutputPaths.teamData($0.id)) },
            units: tree.units.map { link($0.id, $0.name, OutputPaths.unitData($0.id)) },
            currency: content.config.currency,
            timezone: content.config.timezone.identifier
        )
    }
}
