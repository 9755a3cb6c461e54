import Foundation
import GlasshouseCore

/// Creates a new folder of files (a team scaffold), refusing to touch one that already exists.
public enum FolderWriter {
    public static func create(_ files: [OutputFile], in folder: String) throws(SiteWriter.Failure) {
        let manager = FileManager.default
        guard !manager.fileExists(atPath: folder) else {
            throw SiteWriter.Failure(path: folder, reason: "already exists; choose another id or remove it first")
        }
        do {
            for file in files {
                let target = folder + "/" + file.path
                try manager.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                guard manager.createFile(atPath: target, contents: Data(file.bytes)) else {
                    throw SiteWriter.Failure(path: target, reason: "cannot write the file")
                }
            }
        } catch let failure as SiteWriter.Failure {
            throw failure
        } catch {
            throw SiteWriter.Failure(path: folder, reason: error.localizedDescription)
        }
    }
}
