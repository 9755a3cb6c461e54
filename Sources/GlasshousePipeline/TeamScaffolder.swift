import GlasshouseCore
import GlasshouseLoad
import GlasshouseWrite

/// `glasshouse new team`: checks the unit against org.yaml and writes the scaffold.
public enum TeamScaffolder {
    public static func create(id: String, unit: String?, content: String, today: Day) throws(BuildFailure) {
        guard let folder = SourceFolder(path: content) else {
            throw .io("\(content): the content folder does not exist")
        }
        if let unit {
            var diagnostics = Diagnostics()
            let known = ContentLoader.unitIDs(in: folder, diagnostics: &diagnostics)
            if diagnostics.hasErrors { throw .content(diagnostics.sorted) }
            guard known.contains(unit) else {
                throw .usage("unknown unit \"\(unit)\"; org.yaml defines: \(known.sorted().joined(separator: ", "))")
            }
        }
        do {
            try FolderWriter.create(TeamScaffold.files(id: id, unit: unit, today: today), in: content + "/teams/" + id)
        } catch {
            throw .io(error.description)
        }
    }
}
