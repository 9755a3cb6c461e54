import GlasshouseCore
import GlasshouseLoad
import Testing

@Suite("CSV reader (RFC 4180)")
struct CSVReaderTests {
    /// Every record as (line, fields).
    func records(_ text: String) throws -> [(Int, [String])] {
        var reader = CSVReader(bytes: Array(text.utf8))
        var fields: [CSVReader.Field] = []
        var rows: [(Int, [String])] = []
        while let line = try reader.nextRecord(into: &fields) {
            rows.append((line, fields.map(reader.string)))
        }
        return rows
    }

    @Test("plain fields, empty fields and a missing final newline")
    func plain() throws {
        let rows = try records("id,finished_at,service\nd1,2026-01-01T00:00:00Z,\n,,x")
        #expect(rows.map(\.1) == [["id", "finished_at", "service"], ["d1", "2026-01-01T00:00:00Z", ""], ["", "", "x"]])
        #expect(rows.map(\.0) == [1, 2, 3])
    }

    @Test("quoted fields: doubled quotes, commas and newlines inside, line numbers after them")
    func quoting() throws {
        let rows = try records("id,summary\n1,\"He said \"\"hi\"\", then left\"\n2,\"two\nlines, one field\"\n3,\"\"\n4,after\n")
        #expect(rows.map(\.1) == [["id", "summary"], ["1", "He said \"hi\", then left"], ["2", "two\nlines, one field"], ["3", ""], ["4", "after"]])
        #expect(rows.map(\.0) == [1, 2, 3, 5, 6])
    }

    @Test("CRLF line endings and a UTF-8 BOM")
    func crlfAndBOM() throws {
        let rows = try records("\u{FEFF}Id,Total\r\n\"a\r\nb\",2\r\nc,3\r\n")
        #expect(rows.map(\.1) == [["Id", "Total"], ["a\r\nb", "2"], ["c", "3"]])
        #expect(rows.map(\.0) == [1, 2, 4])
    }

    @Test("empty lines are skipped and do not shift line numbers")
    func emptyLines() throws {
        let rows = try records("a,b\n\n1,2\r\n\r\n3,4\n\n")
        #expect(rows.map(\.1) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(rows.map(\.0) == [1, 3, 5])
    }

    @Test("malformed quoting is an error with the line it starts on")
    func malformed() {
        #expect(throws: CSVReader.Failure(line: 2, message: "a quoted field is never closed")) { try records("a,b\n1,\"open\n\n") }
        #expect(throws: CSVReader.Failure(line: 2, message: "a closing quote must be followed by a comma or the end of the line")) {
            try records("a,b\n\"x\"y,2\n")
        }
        #expect(throws: CSVReader.Failure(line: 3, message: "a quote inside an unquoted field (quote the whole field and double the quote)")) {
            try records("a,b\n1,2\n3,4\"\n")
        }
    }

    @Test("ragged rows are reported against the header's width")
    func ragged() throws {
        var reader = CSVReader(bytes: Array("ID , Finished_At\nd1,x,extra\nd2\nd3,y\n".utf8))
        var diagnostics = Diagnostics()
        let header = try #require(CSVHeader.read(&reader, file: "f.csv", required: ["id", "finished_at"], diagnostics: &diagnostics))
        #expect(header["id"] == 0)
        #expect(header["finished_at"] == 1)
        #expect(header["service"] == nil)
        var fields: [CSVReader.Field] = []
        var accepted: [Int] = []
        while let line = try reader.nextRecord(into: &fields) {
            if header.checkWidth(fields.count, line: line, file: "f.csv", diagnostics: &diagnostics) { accepted.append(line) }
        }
        #expect(accepted == [4])
        #expect(diagnostics.errors.map(\.description) == ["f.csv:2: the row has 3 fields; the header has 2", "f.csv:3: the row has 1 field; the header has 2"])
    }

    @Test("a header without a required column names it")
    func missingColumn() {
        var reader = CSVReader(bytes: Array("id,service\n".utf8))
        var diagnostics = Diagnostics()
        #expect(CSVHeader.read(&reader, file: "f.csv", required: ["id", "finished_at"], diagnostics: &diagnostics) == nil)
        #expect(diagnostics.errors.map(\.description) == ["f.csv:1: finished_at: required column is missing from the header"])
        var empty = CSVReader(bytes: [])
        #expect(CSVHeader.read(&empty, file: "g.csv", required: ["id"], diagnostics: &diagnostics) == nil)
        #expect(diagnostics.errors.count == 2)
    }

    @Test("random bytes never crash the reader and every record ends", arguments: 0..<4)
    func fuzz(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        let alphabet: [UInt8] = Array("a,\"\r\n ".utf8) + [0xEF, 0xBB, 0xBF, 0x00, 0xFF]
        for _ in 0..<2_000 {
            let length = Int(generator.next() % 64)
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            var reader = CSVReader(bytes: bytes)
            var fields: [CSVReader.Field] = []
            var records = 0
            while (try? reader.nextRecord(into: &fields)) != nil {
                records += 1
                #expect(records <= bytes.count + 1)
                for field in fields { _ = reader.string(field) }
            }
        }
    }
}
