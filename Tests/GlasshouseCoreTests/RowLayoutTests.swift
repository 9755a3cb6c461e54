import GlasshouseCore
import Testing

@Suite("Event rows: compact storage, the same values")
struct RowLayoutTests {
    @Test("a deployment takes 48 bytes, a change 16 and an SLI row 32 (millions of them are held at once)")
    func sizes() {
        #expect(MemoryLayout<Deployment>.stride == 48)
        #expect(MemoryLayout<Change>.stride == 16)
        #expect(MemoryLayout<SLIRow>.stride == 32)
    }

    @Test("lines, deployment positions, SLO indexes and starts read back as given, at their bounds")
    func roundTrip() {
        let instant = Instant(microseconds: -1_234_567)
        var change = Change(committedAt: instant, deployment: nil, line: 7)
        #expect(change.deployment == nil)
        #expect(change.line == 7)
        change.deployment = 0
        #expect(change.deployment == 0)
        change.deployment = Int(Int32.max)
        #expect(change.deployment == Int(Int32.max))
        change.line = Int(UInt32.max)
        #expect(change.line == Int(UInt32.max))
        #expect(Change(committedAt: instant, deployment: 3, line: 2) != Change(committedAt: instant, deployment: nil, line: 2))

        var row = SLIRow(slo: 5, start: .instant(instant), good: 1.5, total: 2, line: 9)
        #expect(row.slo == 5)
        #expect(row.start == .instant(instant))
        #expect(row.line == 9)
        row.start = .day(Day(ordinal: -3))
        #expect(row.start == .day(Day(ordinal: -3)))
        #expect(row.slo == 5)
        row.slo = Int(Int32.max)
        #expect(row.slo == Int(Int32.max))
        #expect(row.start == .day(Day(ordinal: -3)))
        row.start = .instant(Instant(microseconds: Int64.min))
        #expect(row.start == .instant(Instant(microseconds: Int64.min)))
        #expect(row.slo == Int(Int32.max))
        #expect(SLIRow(slo: 0, start: .day(Day(ordinal: 0)), good: 1, total: 1) != SLIRow(slo: 0, start: .instant(Instant(microseconds: 0)), good: 1, total: 1))

        let deployment = Deployment(id: "d", finishedAt: instant, service: "api", production: false, status: .failed, rework: true, line: 12)
        #expect((deployment.line, deployment.production, deployment.status, deployment.rework) == (12, false, .failed, true))
    }
}
