import ArgumentParser
import Foundation
import GlasshousePipeline
import GlasshouseSQL

extension SQLDialect: ExpressibleByArgument {}
extension SQLGranularity: ExpressibleByArgument {}

/// `glasshouse sql`: prints the warehouse query of the site's weekly or monthly DORA summaries.
struct SQL: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the SQL that computes every team's DORA summaries (dora.csv) in a warehouse, with the site's settings filled in.",
        discussion: "Reads tables deployments, changes and incidents (the CSV columns plus team, all text). See docs/scale.md."
    )

    @Option(help: "The SQL dialect: \(SQLDialect.allCases.map(\.rawValue).joined(separator: ", ")).")
    var dialect: SQLDialect

    @Option(help: "The content folder (site.yaml and each team's dora_since are read; the content is validated).")
    var content = "Content"

    @Option(name: .customLong("as-of"), help: "The as-of day (YYYY-MM-DD); default SOURCE_DATE_EPOCH, site.yaml as_of, else today.")
    var asOf: String?

    @Option(help: "The series: week (history_weeks ISO weeks) or month (history_months months).")
    var granularity: SQLGranularity = .week

    func run() throws {
        let source = try ContentOptions.parse(["--content", content] + (asOf.map { ["--as-of", $0] } ?? []))
        do {
            let text = try WarehouseSQLCommand.text(try source.buildOptions(), dialect: dialect, granularity: granularity)
            FileHandle.standardOutput.write(Data(text.utf8))
        } catch {
            throw Console(quiet: false).fail(error)
        }
    }
}
