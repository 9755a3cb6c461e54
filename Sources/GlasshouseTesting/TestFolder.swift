import Foundation

/// A temporary folder declared inline as `[path: contents]`, the way Hugo's integration tests
/// declare a whole site; removed by `remove()`. For tests only.
public struct TestFolder: Sendable {
    public let path: String

    /// Creates a new empty folder under the system's temporary folder.
    public init() throws {
        let base = FileManager.default.temporaryDirectory.path + "/glasshouse-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        path = base
    }

    /// Creates the folder holding `files` (relative path → text).
    public init(_ files: [String: String]) throws {
        try self.init()
        try write(files)
    }

    public func write(_ files: [String: String]) throws {
        for (relative, text) in files {
            let target = path + "/" + relative
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: target))
        }
    }

    public func remove(_ relative: String) throws {
        try FileManager.default.removeItem(atPath: path + "/" + relative)
    }

    public func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: path + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every regular file below `relative`, relative to it, sorted, with its bytes.
    public func snapshot(_ relative: String) -> [String: Data] {
        let root = path + "/" + relative
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return files }
        while let item = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + item, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[item] = FileManager.default.contents(atPath: root + "/" + item)
            }
        }
        return files
    }

    public func symlink(_ relative: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path + "/" + relative, withDestinationPath: destination)
    }

    public func delete() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
