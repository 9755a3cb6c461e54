import Foundation
import PackagePlugin

/// Gives the view models of the target it is applied to (GlasshousePresent) their `templateFields`:
/// TemplateFieldsGenerator reads the target's Swift files and writes `TemplateFields.swift` into
/// the plugin's work directory, which the build compiles with the target. It runs again whenever
/// one of those files changes, so the list can never fall behind a declaration.
@main
struct TemplateFieldsPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
        guard let module = target as? any SourceModuleTarget else { return [] }
        let sources = module.sourceFiles(withSuffix: "swift").map(\.url)
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("TemplateFields.swift")
        return [
            .buildCommand(
                displayName: "Generating the template fields of \(target.name)",
                executable: try context.tool(named: "TemplateFieldsGenerator").url,
                arguments: [output.path] + sources.map(\.path),
                inputFiles: sources,
                outputFiles: [output]
            )
        ]
    }
}
