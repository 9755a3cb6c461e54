import Foundation
import GlasshouseCore

/// The files `glasshouse new team ID` writes: a team.yaml and Markdown to fill in, YAML data files
/// with commented examples, and CSV examples under `examples/` (CSV has no comments, and an
/// example row in a real data file would count as data; the loader ignores `examples/`).
public enum TeamScaffold {
    /// What the examples take from the site they are written into, so that they build as they are:
    /// its currency, the cost category its teams use most, and its as-of day.
    public struct Site: Sendable {
        public var currency = "USD"
        public var category = "compute"
        /// The last day examples may be dated (the site's as-of day, or today).
        public var day: Day

        public init(day: Day, currency: String = "USD", category: String = "compute") {
            (self.day, self.currency, self.category) = (day, currency, category)
        }
    }

    public static func files(id: String, unit: String?, today: Day) -> [OutputFile] {
        files(id: id, unit: unit, site: Site(day: today))
    }

    /// Event examples are dated the day before `site.day`, between 08:00 and 14:00 UTC: on or before
    /// the as-of day in every time zone from UTC−12 to UTC+14.
    public static func files(id: String, unit: String?, site: Site) -> [OutputFile] {
        let name = id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        let today = site.day
        let eve = site.day.advanced(by: -1).description
        return [
            OutputFile(
                path: "team.yaml",
                text: """
                    # The team's identity (content.md §4). Only `name` is required.
                    name: \(name)
                    \(unit.map { "unit: \($0)" } ?? "# unit: platform            # a unit id from org.yaml")
                    description: \(ScaffoldText.description)
                    owners: []                    # e.g. [dana@example.com]
                    services: []                  # e.g. [checkout, refunds]; events may name other services too
                    # links:                      # shown as links on the team page
                    #   runbook: https://wiki.example.com/\(id)/runbook
                    # budget:
                    #   monthly: 25000
                    #   currency: USD             # default: the site currency
                    # cost_tags:                  # FOCUS rows with these tags belong to this team
                    #   application: [\(name.replacingOccurrences(of: " ", with: ""))]
                    # private: [costs]            # sections withheld from the published site:
                    #                             # dora, incidents, slos, costs, calms, notes, postmortems

                    """),
            OutputFile(
                path: "index.md",
                text: """
                    # \(name)

                    \(ScaffoldText.narrative) This text is the
                    team's own narrative at the top of its page; write it for the rest of the org.

                    """),
            OutputFile(
                path: "notes/\(today.description)-hello.md",
                text: """
                    ---
                    title: \(name) joins the scorecard
                    date: \(today.description)
                    ---

                    \(ScaffoldText.note)

                    """),
            OutputFile(
                path: "slos.yaml",
                text: """
                    # Service level objectives (content.md §6.1). Measurements go in sli.csv
                    # (columns: slo,start,good,total), one row per day or hour.
                    slos: []
                    #  - id: checkout-availability    # unique within the team
                    #    name: Checkout availability
                    #    service: checkout
                    #    objective: 99.9               # percent, 0 < objective < 100
                    #    window_days: 28               # rolling window; default 28
                    #    description: Share of checkout requests answered without a 5xx.

                    """),
            OutputFile(
                path: "calms.yaml",
                text: """
                    # CALMS self-assessments (content.md §8): every pillar scored 1.0–5.0.
                    assessments: []
                    #  - date: \(today.description)
                    #    respondents: 7
                    #    scores: {culture: 3.5, automation: 4.2, lean: 2.8, measurement: 3.9, sharing: 3.0}
                    #    notes: What changed since the last assessment, in Markdown.

                    """),
            OutputFile(
                path: "examples/deployments.csv",
                text: """
                    id,finished_at,service,environment,status,rework
                    d-1001,\(eve)T10:15:00Z,\(id),production,success,false
                    d-1002,\(eve)T12:40:00Z,\(id),production,failed,false

                    """),
            OutputFile(
                path: "examples/changes.csv",
                text: """
                    id,committed_at,deployment
                    a1b2c3d,\(eve)T08:02:00Z,d-1001

                    """),
            OutputFile(
                path: "examples/incidents.csv",
                text: """
                    id,opened_at,restored_at,service,severity,cause,summary
                    INC-1,\(eve)T13:05:00Z,\(eve)T14:00:00Z,\(id),sev2,d-1002,Checkout errors after release

                    """),
            OutputFile(
                path: "examples/dora.csv",
                text: """
                    period,deployments,failed_deployments,deploy_days,lead_time_p50_hours,changes,recovery_p50_hours,recoveries,rework_deployments
                    \(today.month.description),12,1,9,20.5,40,3.0,1,2

                    """),
            OutputFile(
                path: "examples/sli.csv",
                text: """
                    slo,start,good,total
                    checkout-availability,\(eve),99950,100000

                    """),
            OutputFile(
                path: "examples/costs.csv",
                text: """
                    month,amount,currency,category,service,idle
                    \(today.month.description),18250.40,\(site.currency),\(site.category),\(id),2100

                    """),
            OutputFile(
                path: "examples/slos.yaml",
                text: """
                    # The SLO examples/sli.csv measures: move both up together.
                    slos:
                      - id: checkout-availability
                        name: Checkout availability
                        objective: 99.9
                        window_days: 28

                    """),
            OutputFile(
                path: "examples/README.md",
                text: """
                    # Examples

                    One example of each CSV data file (and the slos.yaml that sli.csv needs), in this
                    site's currency, cost category and dates. Glasshouse never reads this folder: move a file
                    up into the team folder (and replace the example rows) to publish that kind of data.
                    Events (deployments, changes, incidents) or summaries (dora.csv), not both.

                    """),
        ]
    }
}
