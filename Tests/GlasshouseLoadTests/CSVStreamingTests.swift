import Foundation
import GlasshouseCore
import GlasshouseTesting
import Testing

@testable import GlasshouseLoad

/// A file read a chunk at a time gives exactly the records, lines and errors of the same bytes in
/// memory, wherever the chunks split a record (a field, a doubled quote, a CRLF, a BOM).
@Suite("CSV reader over a file in chunks")
struct CSVStreamingTests {
    /// Every record as (line, fields), then the error that stopped the reader, if any.
    func read(_ reader: inout CSVReader) -> (records: [[String]], lines: [Int], failure: CSVReader.Failure?) {
        var fields: [CSVReader.Field] = []
        var records: [[String]] = [], lines: [Int] = []
        do {
            while let line = try reader.nextRecord(into: &fields) {
                lines.append(line)
                records.append(fields.map(reader.string))
            }
        } catch {
            return (records, lines, error)
        }
        return (records, lines, nil)
    }

    func compare(_ bytes: [UInt8], in folder: TestFolder, chunkSizes: [Int]) throws {
        let path = folder.path + "/data.csv"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        var inMemory = CSVReader(bytes: bytes)
        let expected = read(&inMemory)
        for chunkSize in chunkSizes {
            var streamed = try #require(CSVReader(path: path, chunkSize: chunkSize))
            let actual = read(&streamed)
            #expect(actual.records == expected.records, "chunk size \(chunkSize): \(bytes)")
            #expect(actual.lines == expected.lines, "chunk size \(chunkSize)")
            #expect(actual.failure == expected.failure, "chunk size \(chunkSize)")
        }
    }

    @Test("hand-picked splits: BOM, CRLF, doubled quotes, newlines in quotes, errors, no final newline")
    func handPicked() throws {
        let folder = try TestFolder()
        defer { folder.delete() }
        let cases = [
            "\u{FEFF}id,summary\r\n1,\"He said \"\"hi\"\"\"\r\n\r\n2,\"two\nlines\"\n3,x",
            "id\n\"open\n\nnever closed",
            "a,b\n\"x\"y,2\n",
            "a,b\n1,2\n3,4\"\n",
            "a,b\r\n1,\"2\"\r",
            "\u{FEFF}",
            "\u{FEFF}a",
            "",
            "\r",
            "a,\n,\n\n\n",
        ]
        for text in cases {
            try compare(Array(text.utf8), in: folder, chunkSizes: [1, 2, 3, 4, 5, 7, 64])
        }
    }

    @Test("random bytes: the same records as in memory for every chunk size", arguments: 0..<2)
    func random(seed: UInt64) throws {
        let folder = try TestFolder()
        defer { folder.delete() }
        var generator = SplitMix64(seed: seed + 100)
        let alphabet: [UInt8] = Array("a,\"\r\n ".utf8) + [0xEF, 0xBB, 0xBF]
        for _ in 0..<150 {
            let length = Int(generator.next() % 48)
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            try compare(bytes, in: folder, chunkSizes: [1, 2, 3, 5, 8])
        }
    }

    @Test("the text check a chunk at a time finds the first problem on the same line as over the whole file")
    func textCheck() {
        var generator = SplitMix64(seed: 7)
        let alphabet: [UInt8] = [0x61, 0x0A, 0x0A, 0x01, 0xEF, 0xBB, 0xBF, 0xBE, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, 0xFF]
        for _ in 0..<3_000 {
            let bytes = (0..<Int(generator.next() % 24)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
            let expected = TextCheck.problem(in: body)
            for chunkSize in [1, 2, 3, 5] {
                var check = StreamedTextCheck()
                var start = 0
                while start < bytes.count {
                    check.feed(bytes[start..<min(start + chunkSize, bytes.count)])
                    start += chunkSize
                }
                check.finish()
                #expect(check.problem == expected, "chunk size \(chunkSize): \(bytes)")
            }
        }
    }

    @Test("a file that cannot be opened gives nil, not a crash")
    func missing() {
        #expect(CSVReader(path: "/nonexistent/glasshouse/data.csv") == nil)
    }
}
