import GlasshouseCore

/// The deployments of deployments.csv by id, for duplicate ids and the references of changes.csv
/// and incidents.csv: an open-addressing table of 4-byte positions into the deployments array,
/// whose ids it compares, rather than a `[String: Int]` that would hold every id a second time
/// (on a file of millions of rows, a third of the memory the rows themselves need).
struct DeploymentIndex {
    /// 0: empty; else the deployment's position + 1. The count is a power of two, at most half full.
    private var slots: [Int32]
    private var count = 0
    /// Ids of rows that were refused (so are not deployments), with the line of the first such row.
    var refused: [String: Int] = [:]

    /// An index that holds `capacity` deployments without growing.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
    }

    /// The position in `deployments` of the deployment with `id`, nil when there is none.
    func position(of id: String, in deployments: [Deployment]) -> Int? {
        let mask = slots.count - 1
        var slot = id.hashValue & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot]) - 1
            if deployments[position].id == id { return position }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Adds the deployment at `position` of `deployments` (its id not yet in the index).
    mutating func insert(_ position: Int, in deployments: [Deployment]) {
        if (count + 1) * 2 > slots.count { grow(deployments) }
        place(position, id: deployments[position].id)
        count += 1
    }

    private mutating func place(_ position: Int, id: String) {
        let mask = slots.count - 1
        var slot = id.hashValue & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(truncatingIfNeeded: position + 1)
    }

    private mutating func grow(_ deployments: [Deployment]) {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        for value in old where value != 0 { place(Int(value) - 1, id: deployments[Int(value) - 1].id) }
    }
}
