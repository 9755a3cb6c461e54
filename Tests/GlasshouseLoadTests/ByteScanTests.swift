import GlasshouseCore
import Testing

@testable import GlasshouseLoad

/// The text check and the line count read eight bytes at a time where they can; they must find
/// exactly what a byte-by-byte reading finds, wherever a problem or a line feed falls in a word.
@Suite("Text check and line count, eight bytes at a time")
struct ByteScanTests {
    func problem(_ text: [UInt8]) -> TextCheck.Problem? { TextCheck.problem(in: text[...]) }

    func lineFeeds(_ bytes: [UInt8]) -> Int { bytes.withUnsafeBufferPointer(TextCheck.lineFeeds) }

    @Test("a problem after a long run of plain ASCII is found on its own line")
    func problemsAfterASCII() {
        let run = Array(repeating: UInt8(ascii: "a"), count: 37)
        #expect(problem(run + [0x0A] + run + [0x0A, 0x09, 0x0D, 0x0A] + run) == nil)
        // A control character at every position of a word, on line 3.
        for offset in 0..<9 {
            let bytes = run + [0x0A] + run + [0x0A] + Array(run.prefix(offset)) + [0x01] + run
            #expect(problem(bytes)?.line == 3, "offset \(offset)")
        }
        #expect(problem(run + [0x0A] + run + [0xFF] + run)?.message.contains("0xFF") == true)
        #expect(problem(run + [0xEF, 0xBF, 0xBE] + run)?.message.contains("U+FFFE") == true)
        #expect(problem(run + [0xC3, 0xA9] + run) == nil)
        #expect(problem([0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x20, 0x1F]) == control(line: 1, byte: 0x1F))
    }

    @Test("line feeds counted in words and in the tail, at every offset")
    func lineFeedCounts() {
        #expect(lineFeeds([]) == 0)
        #expect(lineFeeds([0x0A]) == 1)
        #expect(lineFeeds(Array(repeating: 0x0A, count: 17)) == 17)
        // Bytes one bit from a line feed, and 0x8A (a line feed with the high bit set), are not line feeds.
        #expect(lineFeeds([0x0B, 0x08, 0x8A, 0x0A, 0x1A, 0x4A, 0x0E, 0x02, 0x0A, 0x00, 0xFF]) == 2)
        var generator = SplitMix64(seed: 11)
        let alphabet: [UInt8] = [0x0A, 0x0B, 0x8A, 0x00, 0xFF, 0x61, 0x0D, 0x7F, 0x80]
        for _ in 0..<2_000 {
            let bytes = (0..<Int(generator.next() % 40)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            #expect(lineFeeds(bytes) == bytes.filter { $0 == 0x0A }.count, "\(bytes)")
        }
    }

    @Test("random text: the first problem is the one a byte-by-byte reading finds")
    func randomText() {
        var generator = SplitMix64(seed: 5)
        let alphabet: [UInt8] = [0x61, 0x61, 0x61, 0x61, 0x20, 0x7E, 0x0A, 0x09, 0x0D, 0x1F, 0x7F, 0xC3, 0xA9, 0xEF, 0xBF, 0xBE, 0xFF]
        for _ in 0..<3_000 {
            let bytes = (0..<Int(generator.next() % 48)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            #expect(problem(bytes) == reference(bytes), "\(bytes)")
        }
    }

    @Test("an SLI row finds its SLO by the bytes of its id: trimmed, quoted, case-sensitive, non-ASCII by string")
    func sliRowsFindTheirSLO() {
        let slos = [SLODefinition(id: "api", objective: 99), SLODefinition(id: "api-latency", objective: 99), SLODefinition(id: "café", objective: 99)]
        let csv = """
            slo,start,good,total
            api,2026-11-01,1,1
            api-latency,2026-11-01,1,1
            "api",2026-11-02,1,1
             api ,2026-11-03,1,1
            café,2026-11-01,1,1
            API,2026-11-01,1,1
            ap,2026-11-01,1,1

            """
        var diagnostics = Diagnostics()
        let rows = SLOLoader.loadSLI(.bytes(Array(csv.utf8)), file: "sli.csv", slos: slos, diagnostics: &diagnostics)
        #expect(rows.map(\.slo) == [0, 1, 0, 0, 2])
        #expect(rows.map(\.line) == [2, 3, 4, 5, 6])
        #expect(diagnostics.all.map(\.line) == [7, 8])
        #expect(diagnostics.all.allSatisfy { $0.field == "slo" && $0.message.contains("is not an SLO of this team") })
    }

    /// The first problem read one byte at a time: its line only, and which kind (the message's start).
    func reference(_ bytes: [UInt8]) -> TextCheck.Problem? {
        var line = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A { line += 1 }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return control(line: line, byte: byte) }
            if byte < 0x80 {
                index += 1
                continue
            }
            // The alphabet's lead bytes: 0xC3 starts a 2-byte sequence, 0xEF a 3-byte one (U+FFFE
            // and U+FFFF are forbidden); any other byte from 0x80 up is not UTF-8 here.
            func continuation(_ offset: Int) -> Bool { index + offset < bytes.count && (0x80...0xBF).contains(bytes[index + offset]) }
            if byte == 0xC3, continuation(1) {
                index += 2
                continue
            }
            if byte == 0xEF, continuation(1), continuation(2) {
                if bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
                    return TextCheck.problem(in: bytes[index..<index + 3]).map { TextCheck.Problem(line: line, message: $0.message) }
                }
                index += 3
                continue
            }
            return control(line: line, byte: byte)
        }
        return nil
    }
}

extension ByteScanTests {
    /// The problem the lone byte `byte` (a control character, or a byte that is not UTF-8 alone) gives, on `line`.
    func control(line: Int, byte: UInt8) -> TextCheck.Problem? {
        TextCheck.problem(in: [byte][...]).map { TextCheck.Problem(line: line, message: $0.message) }
    }
}
