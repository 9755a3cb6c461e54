// TemplateFieldsGenerator OUTPUT SOURCE.swift…: writes OUTPUT, the `templateFields` of every view
// model declared in the sources (TemplateFieldsFile). TemplateFieldsPlugin runs it over
// GlasshousePresent's Swift files at build time.
import Foundation
import TemplateFieldsCodegen

func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data("TemplateFieldsGenerator: \(message)\n".utf8))
    exit(status)
}

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else { fail("usage: TemplateFieldsGenerator OUTPUT SOURCE.swift…", status: 2) }
var models: [ViewModelDeclaration] = []
for path in TemplateFieldsFile.walkOrder(Array(arguments.dropFirst())) {
    guard let source = try? String(contentsOfFile: path, encoding: .utf8) else { fail("cannot read \(path) as UTF-8", status: 1) }
    models += ViewModelDeclaration.all(in: source)
}
do {
    try Data(TemplateFieldsFile.text(for: models).utf8).write(to: URL(fileURLWithPath: output))
} catch {
    fail("cannot write \(output): \(error.localizedDescription)", status: 1)
}
