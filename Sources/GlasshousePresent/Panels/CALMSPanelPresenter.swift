import Foundation
import GlasshouseCompute
import GlasshouseCore

/// Turns CALMS figures into the CALMS panels and heatmap rows of team, unit and org pages.
struct CALMSPanelPresenter {
    static func pillarName(_ pillar: Pillar) -> String { pillar.rawValue.prefix(1).uppercased() + pillar.rawValue.dropFirst() }

    func pillarCells(_ scores: [Double], delta: [Double]?, constraint: Pillar?) -> [PillarCell] {
        Pillar.allCases.enumerated().map { index, pillar in
            PillarCell(
                pillar: Self.pillarName(pillar), score: Format.number(scores[index]), band: CALMSBand(score: scores[index]).rawValue,
                delta: delta.map { ($0[index] > 0 ? "+" : "") + Format.number($0[index]) }, constraint: pillar == constraint,
                level: min(5, max(1, Int(scores[index].rounded())))
            )
        }
    }

    func calms(_ figures: CALMSFigures, notes: TrustedHTML?, id: String) -> CALMSPanel {
        guard let latest = figures.latest, let constraint = figures.constraint else {
            return CALMSPanel(headline: nil, date: nil, respondents: nil, overall: nil, stale: false, chart: nil, pillars: [], notes: nil, n: nil, heatmap: [])
        }
        return CALMSPanel(
            headline: "\(Self.pillarName(constraint)) holds this team back.",
            date: latest.date.display, respondents: latest.respondents, overall: figures.overall.map(Format.number),
            stale: figures.stale ?? false,
            chart: TrustedHTML(Charts.radar(latest.scores, previous: figures.previous?.scores, id: id + "-radar")),
            pillars: pillarCells(latest.scores, delta: figures.delta?.pillars, constraint: constraint),
            notes: notes, n: nil, heatmap: []
        )
    }

    func unitCALMS(_ summary: CALMSSummary?, heatmap: [CALMSHeatRow]) -> CALMSPanel {
        CALMSPanel(
            headline: summary.map { "\(Self.pillarName($0.constraint)) is the lowest pillar across these teams." },
            date: nil, respondents: nil, overall: summary.map { Format.number($0.overall) }, stale: false, chart: nil,
            pillars: summary.map { pillarCells($0.scores, delta: nil, constraint: $0.constraint) } ?? [],
            notes: nil, n: summary?.n ?? 0, heatmap: heatmap
        )
    }

    func heatRow(name: String, href: String, figures: CALMSFigures?) -> CALMSHeatRow {
        guard let figures, let latest = figures.latest else {
            return CALMSHeatRow(name: name, href: href, cells: [], overall: "—", note: "no assessment")
        }
        return CALMSHeatRow(
            name: name, href: href, cells: pillarCells(latest.scores, delta: nil, constraint: figures.constraint),
            overall: figures.overall.map(Format.number) ?? "—", note: figures.stale == true ? "stale (\(latest.date.display))" : nil
        )
    }
}
