import GlasshouseCore

/// The rows of an event file (deployments, changes, incidents) by id, for duplicate ids and the
/// references of changes.csv and incidents.csv to deployments: an open-addressing table of 4-byte
/// positions into the rows, whose ids it compares, rather than a `[String: Int]` that would hold
/// every id a second time (on a file of millions of rows, a third of the memory the rows need).
/// Ids are hashed by a short multiply-and-rotate over their UTF-8 bytes instead of `Hasher`
/// (SipHash): on millions of rows, hashing was the largest cost of loading.
struct IDIndex {
    /// 0: empty; else the row's position + 1. The count is a power of two, at most half full.
    private var slots: [Int32]
    private var count = 0
    /// Ids of rows that were refused (so are not in the index), with the line of the first such row.
    var refused: [String: Int] = [:]

    /// An index that holds `capacity` rows without growing.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
    }

    /// The position of the row with `id`, nil when there is none; `idAt` gives the id of a position.
    func position(of id: String, idAt: (Int) -> String) -> Int? {
        let mask = slots.count - 1
        var slot = Self.hash(id) & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot]) - 1
            if idAt(position) == id { return position }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Adds the row at `position` (its id not yet in the index).
    mutating func insert(_ position: Int, idAt: (Int) -> String) {
        if (count + 1) * 2 > slots.count {
            let old = slots
            slots = Array(repeating: 0, count: old.count * 2)
            for value in old where value != 0 { place(Int(value) - 1, id: idAt(Int(value) - 1)) }
        }
        place(position, id: idAt(position))
        count += 1
    }

    private mutating func place(_ position: Int, id: String) {
        let mask = slots.count - 1
        var slot = Self.hash(id) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(truncatingIfNeeded: position + 1)
    }

    /// A 64-bit hash of the id's UTF-8 bytes, eight at a time (every bit of the input reaches the
    /// low bits that pick the slot).
    static func hash(_ id: String) -> Int {
        var id = id
        return id.withUTF8 { bytes in
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
            var index = 0
            while index < bytes.count {
                var word: UInt64 = 0
                for shift in 0..<min(8, bytes.count - index) { word |= UInt64(bytes[index + shift]) << (8 * UInt64(shift)) }
                hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
                hash ^= hash >> 31
                index += 8
            }
            hash = (hash ^ (hash >> 29)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: hash ^ (hash >> 32))
        }
    }
}
