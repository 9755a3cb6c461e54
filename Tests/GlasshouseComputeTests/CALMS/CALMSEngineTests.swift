import GlasshouseCompute
import GlasshouseCore
import Testing

@Suite("CALMS figures (metrics.md §5)")
struct CALMSEngineTests {
    let asOf = day(2026, 11, 20)

    @Test("latest by D, overall, constraint, deltas, bands, stale after 183 days")
    func team() {
        let result = CALMSEngine.team(
            cutCALMS(
                [
                    CALMSAssessment(date: day(2026, 3, 1), scores: [3, 3, 3, 3, 3]),
                    CALMSAssessment(date: day(2026, 9, 30), respondents: 7, scores: [3.5, 4.2, 2.8, 3.9, 3.0]),
                    CALMSAssessment(date: day(2026, 11, 21), scores: [5, 5, 5, 5, 5]),  // after D: does not count
                ], at: asOf), asOf: asOf)
        #expect(result.latest?.date == day(2026, 9, 30))
        #expect(close(result.overall, 17.4 / 5))
        #expect(result.constraint == .lean)
        #expect(result.delta!.pillars.enumerated().allSatisfy { close($0.element, [0.5, 1.2, -0.2, 0.9, 0][$0.offset]) })
        #expect(close(result.delta!.overall, 17.4 / 5 - 3))
        #expect(result.stale == false)
        #expect(result.history.count == 2)
        #expect(CALMSBand(score: 2.49) == .crawl && CALMSBand(score: 2.5) == .walk && CALMSBand(score: 3.99) == .walk && CALMSBand(score: 4.0) == .run)
    }

    @Test("ties for the constraint go in pillar order; no previous assessment: no delta; stale boundary")
    func ties() {
        #expect(CALMSEngine.constraint([3, 2, 2, 4, 2]) == .automation)
        #expect(CALMSEngine.constraint([2, 2, 2, 2, 2]) == .culture)
        #expect(CALMSEngine.constraint([4, 4, 4, 4, 1]) == .sharing)
        let exactly = CALMSEngine.team(cutCALMS([CALMSAssessment(date: asOf.advanced(by: -183), scores: [3, 3, 3, 3, 3])], at: asOf), asOf: asOf)
        #expect(exactly.stale == false && exactly.delta == nil)
        #expect(CALMSEngine.team(cutCALMS([CALMSAssessment(date: asOf.advanced(by: -184), scores: [3, 3, 3, 3, 3])], at: asOf), asOf: asOf).stale == true)
        let future = CALMSEngine.team(cutCALMS([CALMSAssessment(date: asOf.advanced(by: 1), scores: [3, 3, 3, 3, 3])], at: asOf), asOf: asOf)
        #expect(future.latest == nil && future.stale == nil && future.history.isEmpty)
    }

    @Test("a unit averages the pillars of its teams' current assessments only")
    func unit() {
        let fresh = CALMSEngine.team(cutCALMS([CALMSAssessment(date: day(2026, 10, 1), scores: [4, 2, 3, 5, 1])], at: asOf), asOf: asOf)
        let other = CALMSEngine.team(cutCALMS([CALMSAssessment(date: day(2026, 11, 1), scores: [2, 4, 3, 1, 5])], at: asOf), asOf: asOf)
        let stale = CALMSEngine.team(cutCALMS([CALMSAssessment(date: day(2025, 1, 1), scores: [1, 1, 1, 1, 1])], at: asOf), asOf: asOf)
        let summary = CALMSEngine.summary([fresh, other, stale])!
        #expect(summary.n == 2)
        #expect(summary.scores == [3, 3, 3, 3, 3])
        #expect(summary.overall == 3 && summary.constraint == .culture)
        #expect(CALMSEngine.summary([stale]) == nil)
    }
}
