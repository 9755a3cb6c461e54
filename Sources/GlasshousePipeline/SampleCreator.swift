import GlasshouseCore
import GlasshouseSample
import GlasshouseWrite

/// `glasshouse sample`: writes a synthetic org into a new folder.
public enum SampleCreator {
    public static func create(output: String, teams: Int, months: Int, seed: UInt64, end: Day?) throws(BuildFailure) {
        do {
            try FolderWriter.create(SampleSite.files(teams: teams, months: months, seed: seed, end: end ?? SampleSite.defaultEnd), in: output)
        } catch {
            throw .io(error.description)
        }
    }
}
