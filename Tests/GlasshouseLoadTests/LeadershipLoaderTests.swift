import GlasshouseCore
import GlasshouseLoad
import Testing

@Suite("Loading dora_since, targets and events (content.md §3, §4)")
struct LeadershipLoaderTests: ContentFolderLoading {
    let site = "title: T\n"
    let org = """
        units:
          - id: shop
            name: Shop
            targets:
              - {metric: cost, value: 5000, since: 2026-10-01, by: 2027-01-31}
              - {metric: "calms:overall", value: 4, since: 2026-10-01, by: 2027-01-31, note: Better culture}
        events:
          - {date: 2026-04-01, title: Trunk-based development}
          - {date: 2026-05-01, title: Shop reorg, unit: shop}

        """

    @Test("every field is read, in file order, with its scope")
    func reads() throws {
        let content = try load([
            "site.yaml": site, "org.yaml": org,
            "teams/pay/team.yaml": """
            name: Pay
            unit: shop
            dora_since: 2026-02-01
            targets:
              - {metric: lead_time, value: 48, since: 2026-10-01, by: 2027-03-31, note: Smaller PRs}
              - {metric: "calms:lean", value: 3.5, since: 2026-10-01, by: 2026-10-02}
            events:
              - {date: 2026-09-14, title: Pipeline rewrite}

            """,
        ]).get()
        let team = try #require(content.teams.first)
        #expect(team.doraSince == Day(year: 2026, month: 2, day: 1))
        #expect(
            team.targets == [
                Target(
                    scope: "pay", metric: .leadTime, value: 48, since: Day(year: 2026, month: 10, day: 1)!, by: Day(year: 2027, month: 3, day: 31)!,
                    note: "Smaller PRs", line: 5),
                Target(
                    scope: "pay", metric: .calms(.lean), value: 3.5, since: Day(year: 2026, month: 10, day: 1)!, by: Day(year: 2026, month: 10, day: 2)!,
                    line: 6),
            ])
        #expect(team.events == [DatedEvent(date: Day(year: 2026, month: 9, day: 14)!, title: "Pipeline rewrite", scope: "pay")])
        let orgModel = try #require(content.org)
        #expect(orgModel.events.map(\.scope) == ["org", "shop"])
        #expect(orgModel.units[0].targets.map(\.metric) == [.cost, .calms(nil)])
        #expect(orgModel.units[0].targets[1].note == "Better culture")
    }

    @Test("metric names parse and print back; higher is better for frequency, SLOs and CALMS only")
    func metricNames() {
        for name in [
            "deployment_frequency", "lead_time", "change_failure_rate", "recovery_time", "rework_rate", "slo:checkout", "calms:sharing", "calms:overall",
            "cost",
        ] {
            #expect(TargetMetric(name)?.description == name)
        }
        #expect(TargetMetric("calms:speed") == nil && TargetMetric("slo:") == nil && TargetMetric("Lead_time") == nil)
        #expect([TargetMetric.deploymentFrequency, .slo("a"), .calms(nil)].map(\.higherIsBetter) == [true, true, true])
        #expect([TargetMetric.leadTime, .changeFailureRate, .recoveryTime, .reworkRate, .cost].map(\.higherIsBetter) == [false, false, false, false, false])
    }

    @Test("every violation is a located error, all at once")
    func errors() throws {
        let messages = try errors([
            "site.yaml": site,
            "org.yaml": """
            units:
              - id: shop
                name: Shop
                targets:
                  - {metric: "slo:checkout", value: 99, since: 2026-10-01, by: 2027-01-31}
            events:
              - {date: 2026-05-01, title: Reorg, unit: shoop}
              - {title: No date}

            """,
            "teams/pay/team.yaml": """
            name: Pay
            dora_since: 2026-13-01
            targets:
              - {metric: speed, value: 1, since: 2026-10-01, by: 2027-01-31}
              - {metric: "slo:nope", value: 99, since: 2026-10-01, by: 2027-01-31}
              - {metric: cost, value: 1, since: 2026-10-01, by: 2026-10-01}
              - {metric: cost, value: many, since: 2026-10-01}
            events:
              - {date: 2026-09-14}

            """,
        ])
        #expect(
            messages.contains("C/org.yaml:5:18: units[0].targets[0].metric: \"slo:checkout\": slo:ID targets are for teams only (a unit never averages SLOs)"))
        #expect(messages.contains("C/org.yaml:7:44: events[0].unit: unknown unit \"shoop\"; expected one of the unit ids in org.yaml"))
        #expect(messages.contains("C/org.yaml:8:5: events[1].date: required value is missing (a date, YYYY-MM-DD)"))
        #expect(messages.contains("C/teams/pay/team.yaml:2:13: dora_since: \"2026-13-01\" is not a date (YYYY-MM-DD)"))
        let unknownMetric = messages.filter {
            $0.hasPrefix("C/teams/pay/team.yaml:4:14: targets[0].metric: unknown metric \"speed\"; expected deployment_frequency")
        }
        #expect(unknownMetric.count == 1, "\(messages)")
        #expect(messages.contains("C/teams/pay/team.yaml:5: targets.metric: unknown SLO \"nope\" (slo:nope); the team defines no SLOs"))
        #expect(
            messages.contains(
                "C/teams/pay/team.yaml:6:53: targets[2].by: 2026-10-01 is not after since (2026-10-01); the deadline must come after the day the target was set"
            ))
        #expect(
            messages.contains(
                "C/teams/pay/team.yaml:7:27: targets[3].value: \"many\" is not a number (use . as the decimal separator, no thousands separators)"))
        #expect(messages.contains("C/teams/pay/team.yaml:7:5: targets[3].by: required value is missing (a date, YYYY-MM-DD)"))
        #expect(messages.contains("C/teams/pay/team.yaml:9:5: events[0].title: required value is missing"))
    }

    @Test("slo:ID names an SLO of the team")
    func knownSLO() throws {
        let content = try load([
            "site.yaml": site,
            "teams/pay/team.yaml": "name: Pay\ntargets:\n  - {metric: \"slo:avail\", value: 99.9, since: 2026-10-01, by: 2027-01-31}\n",
            "teams/pay/slos.yaml": "slos:\n  - {id: avail, objective: 99.5}\n",
        ]).get()
        #expect(content.teams[0].targets[0].metric == .slo("avail"))
    }
}
