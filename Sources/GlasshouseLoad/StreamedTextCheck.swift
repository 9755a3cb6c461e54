/// `TextCheck` over a file read a chunk at a time, with the line count `CSVInput` reserves storage
/// from: the same first problem, on the same line, as checking the whole file at once, without
/// holding it. A UTF-8 sequence cut by the end of a chunk is carried over to the next one.
struct StreamedTextCheck {
    /// Line feeds seen so far.
    private(set) var lineCount = 0
    private(set) var problem: TextCheck.Problem?
    private var carried: [UInt8] = []
    private var atStart = true

    /// Checks the next bytes of the file (at its start, a BOM is skipped).
    mutating func feed(_ chunk: ArraySlice<UInt8>) {
        guard problem == nil else { return }
        var bytes = carried + chunk
        carried = []
        if atStart {
            if bytes.count < 3, [0xEF, 0xBB, 0xBF].starts(with: bytes) {
                carried = bytes
                return
            }
            atStart = false
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        }
        let cut = Self.completeEnd(bytes)
        check(bytes[..<cut])
        carried = Array(bytes[cut...])
    }

    /// Checks what was carried over at the end of the file.
    mutating func finish() {
        guard problem == nil else { return }
        let rest = carried
        carried = []
        check(rest[...])
    }

    private mutating func check(_ bytes: ArraySlice<UInt8>) {
        if let found = TextCheck.problem(in: bytes) {
            problem = TextCheck.Problem(line: lineCount + found.line, message: found.message)
            return
        }
        lineCount += bytes.withUnsafeBufferPointer(TextCheck.lineFeeds)
    }

    /// The end of `bytes` less a UTF-8 sequence that the next chunk may complete.
    static func completeEnd(_ bytes: [UInt8]) -> Int {
        var index = bytes.count - 1
        while index >= 0, index >= bytes.count - 3, (0x80...0xBF).contains(bytes[index]) { index -= 1 }
        guard index >= 0 else { return bytes.count }
        let length =
            switch bytes[index] {
            case 0xC2...0xDF: 2
            case 0xE0...0xEF: 3
            case 0xF0...0xF4: 4
            default: 1
            }
        return index + length > bytes.count ? index : bytes.count
    }
}
