import FlyingFox
import Foundation
import GlasshousePipeline
import GlasshouseCore
import GlasshouseWrite
import FlyingSocks

/// `glasshouse serve`: builds the site, serves it on 127.0.0.1, rebuilds when the content or the
/// theme changes, and reloads open pages. A content error is printed and shown as a banner while
/// the last good site keeps being served. Only changed output files are rewritten.
public enum PreviewServer {
    /// The state pages poll: a version that grows with every successful build, and the current error.
    actor Status {
        private(set) var version = 0
        private(set) var error: String?

        func succeeded() { version += 1; error = nil }
        func failed(_ message: String) { error = message }

        func json() -> Data {
            let object: [String: Any] = ["version": version, "error": error ?? NSNull()]
            return (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        }
    }

    public static func run(_ options: BuildOptions, port: UInt16, log: @escaping @Sendable (String) -> Void) async throws {
        let status = Status()
        let themeFolder = options.themes
        let watcher = SourceWatcher(folders: [options.content, themeFolder])
        await rebuild(options, status: status, log: log)
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port))
        let output = options.output
        await server.appendRoute("GET /__glasshouse/status") { _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json", .init("Cache-Control"): "no-store"], body: await status.json())
        }
        await server.appendRoute("GET *") { request in
            PreviewFiles.response(for: request.path, root: output)
        }
        log("Serving http://127.0.0.1:\(port)/ — watching \(options.content) and \(themeFolder); Ctrl-C stops.")
        let watch = Task.detached {
            var last = watcher.fingerprint()
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: 400_000_000)
                let now = watcher.fingerprint()
                guard now != last else { continue }
                last = now
                await rebuild(options, status: status, log: log)
            }
        }
        defer { watch.cancel() }
        try await server.run()
    }

    /// Renders in memory; on success syncs only the changed files into the output folder.
    static func rebuild(_ options: BuildOptions, status: Status, log: @Sendable (String) -> Void) async {
        let started = Date()
        do {
            let rendered = try SiteBuilder.render(options)
            let changes = try SiteSync.sync(rendered.files, to: options.output)
            await status.succeeded()
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            log("Built \(rendered.report.teams) teams in \(seconds) s: \(changes.written.count) file(s) written, \(changes.removed.count) removed, \(rendered.report.warnings.count) warning(s).")
        } catch let failure as BuildFailure {
            let message: String
            switch failure {
            case .content(let diagnostics): message = diagnostics.filter { $0.severity == .error }.map(\.description).joined(separator: "\n")
            case .io(let text), .usage(let text): message = text
            }
            await status.failed(message)
            log("Content errors; still serving the last good site:\n" + message)
        } catch {
            await status.failed("\(error)")
            log("Cannot write the site: \(error)")
        }
    }
}
