import FlyingFox
import Foundation
import GlasshouseCore
import GlasshousePipeline
import GlasshouseTesting
import GlasshouseWrite
import Testing

@testable import GlasshouseServe

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `glasshouse serve` as a page visitor or another web page would try it: reflected paths, encoded
/// separators, DNS rebinding; and the server's own folder, port and rebuild behaviour.
@Suite("glasshouse serve: requests, host names, port, private output, no lost edits")
struct PreviewSecurityTests {
    static func body(_ response: HTTPResponse) async throws -> String {
        String(decoding: try await response.bodyData, as: UTF8.self)
    }

    @Test("the 404 page shows the requested path escaped, never as markup")
    func escaped404() async throws {
        let folder = try TestFolder(["S/index.html": "<body>x</body>"])
        defer { folder.delete() }
        let status = PreviewServer.Status()
        let response = await PreviewServer.handle(
            path: "/%3Cscript%3Ealert(1)%3C/script%3E%22%CC%81", host: "127.0.0.1:8080", root: folder.path + "/S", port: 8080, status: status)
        #expect(response.statusCode == .notFound)
        let html = try await Self.body(response)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;\u{301}"))
        #expect(!html.contains("<script>alert"))
    }

    @Test("encoded NUL, slash and backslash, raw backslashes, control characters and bad UTF-8 are 400")
    func badPaths() async throws {
        let folder = try TestFolder(["S/a/b.html": "<body>b</body>", "S/index.html": "i"])
        defer { folder.delete() }
        let status = PreviewServer.Status()
        for path in ["/a%2Fb.html", "/a%2fb.html", "/a%5Cb.html", "/a%5cb.html", "/index.html%00.css", "/a\\b.html", "/%0Aindex.html", "/%FF.html"] {
            let response = await PreviewServer.handle(path: path, host: "localhost:8080", root: folder.path + "/S", port: 8080, status: status)
            #expect(response.statusCode == .badRequest, "\(path)")
        }
        let ok = await PreviewServer.handle(path: "/a/b.html", host: "localhost:8080", root: folder.path + "/S", port: 8080, status: status)
        #expect(ok.statusCode == .ok)
    }

    @Test("only loopback host names with the port in use are answered (DNS rebinding)")
    func hosts() async throws {
        let folder = try TestFolder(["S/index.html": "<body>i</body>"])
        defer { folder.delete() }
        let status = PreviewServer.Status()
        for host in ["localhost:4000", "127.0.0.1:4000", "[::1]:4000", "LocalHost:4000"] {
            #expect(await PreviewServer.handle(path: "/", host: host, root: folder.path + "/S", port: 4000, status: status).statusCode == .ok, "\(host)")
            #expect(
                await PreviewServer.handle(path: "/__glasshouse/status", host: host, root: folder.path + "/S", port: 4000, status: status).statusCode == .ok)
        }
        for host in ["evil.example:4000", "localhost.evil.example:4000", "127.0.0.1:4001", "localhost", "127.0.0.1", "", "10.0.0.1:4000"] {
            #expect(
                await PreviewServer.handle(path: "/", host: host, root: folder.path + "/S", port: 4000, status: status).statusCode == .misdirectedRequest,
                "\(host)")
            #expect(
                await PreviewServer.handle(path: "/__glasshouse/status", host: host, root: folder.path + "/S", port: 4000, status: status).statusCode
                    == .misdirectedRequest)
        }
        #expect(await PreviewServer.handle(path: "/", host: nil, root: folder.path + "/S", port: 4000, status: status).statusCode == .misdirectedRequest)
    }

    @Test("a busy port is one clear line before anything is built")
    func busyPort() throws {
        #if canImport(Glibc)
        let stream = Int32(SOCK_STREAM.rawValue)
        #else
        let stream = SOCK_STREAM
        #endif
        let listener = socket(AF_INET, stream, 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, length) == 0 && listen(listener, 1) == 0 && getsockname(listener, $0, &length) == 0
            }
        }
        try #require(bound)
        let port = UInt16(bigEndian: address.sin_port)
        #expect(throws: PreviewServer.PortInUse(port: port)) { try PreviewServer.checkPortFree(port) }
        #expect(PreviewServer.PortInUse(port: port).description == "glasshouse serve: port \(port) is in use; try --port \(port + 1)")
    }

    @Test("without --output the site goes to a new private folder, not ./Site")
    func privateOutput() throws {
        let output = try PreviewServer.temporaryOutput()
        let folder = (output as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(output.hasSuffix("/site") && folder.contains("glasshouse-serve-"))
        let attributes = try FileManager.default.attributesOfItem(atPath: folder)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        let second = try PreviewServer.temporaryOutput()
        defer { try? FileManager.default.removeItem(atPath: (second as NSString).deletingLastPathComponent) }
        #expect(second != output)
    }

    @Test("edits made during a build (the first one included) start another build; none is lost")
    func noLostEdit() async throws {
        let folder = try TestFolder(["C/a.txt": "1"])
        defer { folder.delete() }
        let watcher = SourceWatcher(folders: [folder.path + "/C"])
        let before = watcher.fingerprint()
        try folder.write(["C/a.txt": "edited while the first build ran"])
        let builds = LogLines()
        let watching = Task {
            await PreviewServer.watch(watcher, since: before, every: 20_000_000) {
                builds.append("build")
                if builds.all.count == 1 { try? folder.write(["C/b.txt": "edited during the rebuild"]) }
            }
        }
        for _ in 0..<200 where builds.all.count < 2 { try await Task.sleep(nanoseconds: 20_000_000) }
        watching.cancel()
        _ = await watching.value
        #expect(builds.all.count == 2)
    }

    @Test("a sync removes hidden static files the site no longer has and keeps the owner's hidden files")
    func syncHiddenStatic() throws {
        let folder = try TestFolder(["S/.git/HEAD": "ref"])
        defer { folder.delete() }
        let page = OutputFile(path: "index.html", text: "<body>i</body>")
        _ = try SiteSync.sync([page, OutputFile(path: ".nojekyll", text: ""), OutputFile(path: ".well-known/security.txt", text: "x")], to: folder.path + "/S")
        #expect(folder.read("S/.nojekyll") == "" && folder.read("S/.well-known/security.txt") == "x")
        let changes = try SiteSync.sync([page, OutputFile(path: ".well-known/other.txt", text: "y")], to: folder.path + "/S")
        #expect(changes.removed == [".nojekyll", ".well-known/security.txt"])
        #expect(folder.read("S/.nojekyll") == nil && folder.read("S/.well-known/security.txt") == nil)
        #expect(folder.read("S/.well-known/other.txt") == "y")
        #expect(folder.read("S/.git/HEAD") == "ref")
    }
}
