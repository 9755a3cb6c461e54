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

#if LIBFUZZER_LINKED
/// `make fuzz-build` compiles this tool with `-sanitize=fuzzer,address` too (SwiftPM passes
/// `-Xswiftc` to the build tools' host build), which links libFuzzer in, and libFuzzer needs this
/// symbol. The tool never fuzzes: it is never called.
@_cdecl("LLVMFuzzerTestOneInput")
func neverFuzzed(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { 0 }
#endif
