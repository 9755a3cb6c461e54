import Foundation
import GlasshouseCore

/// Brings an output folder in line with a freshly rendered site by rewriting only the files whose
/// bytes changed and removing the ones the site no longer has — for `glasshouse serve`, where a
/// rebuild after each edit should touch as little as possible. (`glasshouse build` stays atomic.)
public enum SiteSync {
    /// What a sync did.
    public struct Changes: Sendable, Equatable {
        public var written: [String] = []
        public var removed: [String] = []
    }

    public static func sync(_ files: [OutputFile], to output: String) throws(SiteWriter.Failure) -> Changes {
        let manager = FileManager.default
        try SiteWriter.refuseForeignFolder(output)
        var changes = Changes()
        let wanted = Set(files.map(\.path))
        do {
            for file in files {
                try SiteWriter.checkRelative(file.path)
                let target = output + "/" + file.path
                guard let bytes = SourceCopy.contents(of: file) else {
                    throw SiteWriter.Failure(path: file.source?.path ?? target, reason: "changed or vanished while the site was built")
                }
                if let existing = manager.contents(atPath: target), existing.elementsEqual(bytes) { continue }
                try manager.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(bytes).write(to: URL(fileURLWithPath: target), options: .atomic)
                changes.written.append(file.path)
            }
            for path in existingFiles(in: output) where !wanted.contains(path) {
                try manager.removeItem(atPath: output + "/" + path)
                changes.removed.append(path)
            }
        } catch let failure as SiteWriter.Failure {
            throw failure
        } catch {
            throw SiteWriter.Failure(path: output, reason: error.localizedDescription)
        }
        return changes
    }

    /// Visible files below `folder`, relative, hidden ones (and their folders) skipped.
    static func existingFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            if path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }
}
