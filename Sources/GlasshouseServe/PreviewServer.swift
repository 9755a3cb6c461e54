import FlyingFox
import FlyingSocks
import Foundation
import GlasshouseCore
import GlasshousePipeline
import GlasshouseWrite

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `glasshouse serve`: builds the site, serves it on 127.0.0.1 to loopback host names only,
/// rebuilds when the content or the theme changes, and reloads open pages. A content error is
/// printed and shown as a banner while the last good site keeps being served. Only changed output
/// files are rewritten. Without `--output` the site lives in a private temporary folder, removed
/// when the server stops.
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

    /// The port is taken by another program; nothing was built or served.
    public struct PortInUse: Error, Sendable, Equatable, CustomStringConvertible {
        public let port: UInt16
        public var description: String {
            "glasshouse serve: port \(port) is in use; try --port \(port == UInt16.max ? port - 1 : port + 1)"
        }
    }

    /// Serves until stopped. `options.output` is used when `keepOutput` (the user gave `--output`);
    /// otherwise the site goes to a new temporary folder, removed on Ctrl-C or SIGTERM.
    public static func run(_ options: BuildOptions, keepOutput: Bool, port: UInt16, log: @escaping @Sendable (String) -> Void) async throws {
        try checkPortFree(port)
        var options = options
        if keepOutput {
            do {
                _ = try OutputFolder.check(options.output, sources: SiteBuilder.sourceFolders(options))
            } catch {
                throw BuildFailure.usage(error.description)
            }
        } else {
            options.output = try temporaryOutput()
            removeOnStop(options.output)
        }
        let status = Status()
        let cache = BuildCache()
        let watcher = SourceWatcher(folders: SiteBuilder.sourceFolders(options))
        let before = watcher.fingerprint()
        await rebuild(options, cache: cache, status: status, log: log)
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), logger: .disabled)
        let output = options.output
        await server.appendRoute("*") { request in
            await handle(path: request.target.path(), host: request.headers[.host], root: output, port: port, status: status)
        }
        let serving = Task { try await server.run() }
        do {
            try await server.waitUntilListening()
        } catch {
            serving.cancel()
            if case .failure(SocketError.failed(_, let code, _)) = await serving.result, code == EADDRINUSE { throw PortInUse(port: port) }
            throw error
        }
        log(
            "Serving http://127.0.0.1:\(port)/ — watching \(watcher.folders.joined(separator: " and ")); Ctrl-C stops."
                + (keepOutput ? "" : " (The site is in \(output), removed when the server stops.)"))
        let watching = Task {
            await watch(watcher, since: before) { await rebuild(options, cache: cache, status: status, log: log) }
        }
        defer { watching.cancel() }
        do {
            try await serving.value
        } catch SocketError.failed(_, let code, _) where code == EADDRINUSE {
            throw PortInUse(port: port)
        }
    }

    /// Every request: loopback `Host` only (421 otherwise), then the build status or a file.
    static func handle(path: String, host: String?, root: String, port: UInt16, status: Status) async -> HTTPResponse {
        guard PreviewFiles.isLoopbackHost(host, port: port) else { return PreviewFiles.misdirected() }
        if path == "/__glasshouse/status" {
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json", .init("Cache-Control"): "no-store"], body: await status.json())
        }
        return PreviewFiles.response(for: path, root: root)
    }

    /// Polls `watcher` until cancelled and calls `rebuild` whenever the sources differ from the
    /// state before the previous build began — so an edit made during a build starts another one.
    /// The folders are walked every `interval`, or, when the watcher's notifier works (inotify),
    /// as soon as it reports an event (checked every 5 ms) and at least once a second.
    static func watch(
        _ watcher: SourceWatcher, since fingerprint: [String: SourceWatcher.Stamp], every interval: UInt64 = 100_000_000, rebuild: () async -> Void
    ) async {
        var last = fingerprint
        var walked = ContinuousClock.now
        while !Task.isCancelled {
            let notifying = watcher.notifies
            // Events are read before the walk: one that comes during or after it is seen next time.
            if notifying && !watcher.mayHaveChanged() && ContinuousClock.now - walked < .seconds(1) {
                try? await Task.sleep(nanoseconds: 5_000_000)
                continue
            }
            let now = watcher.fingerprint()
            walked = ContinuousClock.now
            if now != last {
                last = now
                await rebuild()
                continue
            }
            try? await Task.sleep(nanoseconds: notifying ? 5_000_000 : interval)
        }
    }

    /// Renders in memory; on success syncs only the changed files into the output folder.
    /// `cache` keeps what an edit leaves unchanged between builds (`BuildCache`).
    static func rebuild(_ options: BuildOptions, cache: BuildCache = BuildCache(), status: Status, log: @Sendable (String) -> Void) async {
        let started = Date()
        do {
            let rendered = try SiteBuilder.render(options, cache: cache)
            let previous = cache.synced
            cache.synced = nil
            let changes = try SiteSync.sync(rendered.files, to: options.output, sources: SiteBuilder.sourceFolders(options), previous: previous)
            cache.synced = changes.signatures
            await status.succeeded()
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            log(
                "Built \(rendered.report.teams) teams in \(seconds) s: \(changes.written.count) file(s) written, \(changes.removed.count) removed, \(rendered.report.warnings.count) warning(s)."
            )
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

    /// Fails with `PortInUse` when 127.0.0.1:`port` cannot be bound (checked before the first
    /// build, so that the message is the only line printed).
    static func checkPortFree(_ port: UInt16) throws {
        let socket = try Socket(domain: AF_INET, type: .stream)
        defer { try? socket.close() }
        try socket.setValue(true, for: .localAddressReuse)
        do {
            try socket.bind(to: .inet(ip4: "127.0.0.1", port: port))
        } catch SocketError.failed(_, let code, _) where code == EADDRINUSE || code == EACCES {
            throw PortInUse(port: port)
        }
    }

    /// A new private folder for the site (`mkdtemp`, mode 0700).
    static func temporaryOutput() throws -> String {
        var template = Array(((NSTemporaryDirectory() as NSString).appendingPathComponent("glasshouse-serve-XXXXXX")).utf8CString)
        guard let made = mkdtemp(&template) else {
            throw BuildFailure.io("cannot create a temporary folder for the preview: \(String(cString: strerror(errno)))")
        }
        return String(cString: made) + "/site"
    }

    /// Removes the temporary site (the folder around `output`) when the process is stopped by
    /// SIGINT or SIGTERM, then exits 0.
    static func removeOnStop(_ output: String) {
        let folder = (output as NSString).deletingLastPathComponent
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                try? FileManager.default.removeItem(atPath: folder)
                exit(0)
            }
            source.resume()
            stopSources.append(source)
        }
    }

    /// Keeps the signal sources alive for the life of the process.
    nonisolated(unsafe) private static var stopSources: [any DispatchSourceSignal] = []
}
