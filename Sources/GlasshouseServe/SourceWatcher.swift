import Foundation

/// Notices edits in the content and theme folders by comparing a fingerprint (every file's path,
/// size and modification time) between polls. Polling keeps it portable and free of platform
/// file-event APIs; a scorecard's content is a few thousand files at most.
struct SourceWatcher: Sendable {
    let folders: [String]

    /// A value that changes whenever a file below the folders is added, removed or modified.
    func fingerprint() -> [String: String] {
        var result: [String: String] = [:]
        let manager = FileManager.default
        for folder in folders {
            guard let enumerator = manager.enumerator(atPath: folder) else { continue }
            while let path = enumerator.nextObject() as? String {
                guard let attributes = enumerator.fileAttributes, attributes[.type] as? FileAttributeType != .typeDirectory else { continue }
                let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                result[folder + "/" + path] = "\(size)@\(modified)"
            }
        }
        return result
    }
}
