import ArgumentParser
import Foundation
import GlasshouseCompute
import GlasshouseCore
import GlasshousePipeline

/// Terminal output: progress per stage when stderr is a terminal, diagnostics on stderr and the
/// one-line summary; maps failures to exit statuses.
final class Console {
    let quiet: Bool
    let interactive = isatty(STDERR_FILENO) == 1
    /// When each stage started, for `--timings`.
    private var started: [(stage: BuildStage, at: Date)] = []

    init(quiet: Bool) { self.quiet = quiet }

    func stage(_ stage: BuildStage) {
        started.append((stage, Date()))
        if stage == .wait, !quiet {
            write((interactive ? "\u{1B}[2K\r" : "") + "Another build is writing the same output folder; waiting for it to finish…\n")
            return
        }
        guard interactive, !quiet else { return }
        write("\u{1B}[2K\r\(stage.rawValue)…")
    }

    /// `load 1.20 s · compute 0.40 s · present 0.90 s · write 0.30 s` (stderr), for `--timings`.
    func printTimings() {
        let end = Date()
        let parts = started.enumerated().map { index, entry in
            let next = index + 1 < started.count ? started[index + 1].at : end
            return "\(entry.stage.rawValue) \(String(format: "%.3f", next.timeIntervalSince(entry.at))) s"
        }
        write("timings: " + parts.joined(separator: " · ") + "\n")
    }

    func finish(_ report: BuildReport, verb: String, seconds: Double, destination: String?) {
        if interactive, !quiet { write("\u{1B}[2K\r") }
        guard !quiet else { return }
        for warning in report.warnings { write(warning.description + "\n") }
        var line = report.summary(verb: verb) + " in \(String(format: "%.2f", seconds)) s"
        if let destination { line += " → open \(destination)" }
        print(line)
    }

    /// Prints the failure and returns the exit code that goes with it.
    func fail(_ error: any Error) -> ExitCode {
        if interactive, !quiet { write("\u{1B}[2K\r") }
        switch error {
        case BuildFailure.content(let diagnostics):
            let shown = quiet ? diagnostics.filter { $0.severity == .error } : diagnostics
            for diagnostic in shown { write(diagnostic.description + "\n") }
            let count = diagnostics.filter { $0.severity == .error }.count
            write("\(count) error\(count == 1 ? "" : "s"); nothing was written\n")
            return ExitCode(1)
        case let usage as ValidationError:
            write("error: \(usage.message)\n")
            return ExitCode(2)
        case BuildFailure.usage(let message):
            write("error: \(message)\n")
            return ExitCode(2)
        case BuildFailure.io(let message):
            write("error: \(message)\n")
            return ExitCode(3)
        default:
            write("error: \(error)\n")
            return ExitCode(3)
        }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
