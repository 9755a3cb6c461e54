#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The libFuzzer entry points. `glasshouse-fuzz` is libFuzzer's own command line; the target is
// chosen by the FUZZ_TARGET environment variable (see docs/fuzzing.md).
let targetName = getenv("FUZZ_TARGET").map { String(cString: $0) } ?? ""
guard let target = FuzzTargets.all.first(where: { $0.name == targetName }) else {
    let names = FuzzTargets.all.map(\.name).joined(separator: " ")
    print("Set FUZZ_TARGET to one of: \(names)")
    exit(2)
}
let selected = target.run

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    selected(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

/// libFuzzer's driver, called from our own `main` (SwiftPM names the executable's entry point itself).
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(runDriver(&argc, &argv, fuzzOne))
