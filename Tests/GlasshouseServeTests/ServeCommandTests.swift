import Foundation
import GlasshouseTesting
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `glasshouse serve` as a process: the busy-port line and exit status, and the private output
/// folder removed on Ctrl-C. Runs the binary `swift build` left in .build/debug.
@Suite("glasshouse serve as a command")
struct ServeCommandTests {
    static let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".build/debug/glasshouse").path
    static let built = FileManager.default.isExecutableFile(atPath: binary)

    /// Collects a pipe's output as it arrives.
    final class Output: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        init(_ pipe: Pipe) {
            pipe.fileHandleForReading.readabilityHandler = { [self] handle in
                let chunk = handle.availableData
                lock.lock(); data.append(chunk); lock.unlock()
            }
        }
        var text: String { lock.lock(); defer { lock.unlock() }; return String(decoding: data, as: UTF8.self) }
    }

    /// A socket listening on 127.0.0.1 on a port the system chose; returns (descriptor, port).
    static func listener() -> (Int32, UInt16)? {
        #if canImport(Glibc)
        let stream = Int32(SOCK_STREAM.rawValue)
        #else
        let stream = SOCK_STREAM
        #endif
        let descriptor = socket(AF_INET, stream, 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, length) == 0 && listen(descriptor, 1) == 0 && getsockname(descriptor, $0, &length) == 0
            }
        }
        guard ok else { close(descriptor); return nil }
        return (descriptor, UInt16(bigEndian: address.sin_port))
    }

    static func serve(_ arguments: [String], in folder: String) throws -> (Process, Output, Output) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["serve"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdout = Output(out), stderr = Output(err)
        try process.run()
        return (process, stdout, stderr)
    }

    @Test("a busy port: one line, exit 3, nothing built or served", .enabled(if: built, "needs .build/debug/glasshouse (run swift build first)"))
    func busyPort() throws {
        let folder = try TestFolder(["C/site.yaml": "title: T\n"])
        defer { folder.delete() }
        let (descriptor, port) = try #require(Self.listener())
        defer { close(descriptor) }
        let (process, stdout, stderr) = try Self.serve(["--content", "C", "--port", String(port)], in: folder.path)
        process.waitUntilExit()
        Thread.sleep(forTimeInterval: 0.2)
        #expect(process.terminationStatus == 3)
        #expect(stderr.text == "glasshouse serve: port \(port) is in use; try --port \(port + 1)\n")
        #expect(stdout.text.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["C"])
    }

    @Test(
        "without --output: a private temporary site, ./Site untouched, removed on Ctrl-C",
        .enabled(if: built, "needs .build/debug/glasshouse (run swift build first)"))
    func privateSite() throws {
        let folder = try TestFolder(["C/site.yaml": "title: T\nas_of: 2026-11-20\n", "C/teams/a/team.yaml": "name: A\n", "Site/keep.txt": "mine"])
        defer { folder.delete() }
        let (descriptor, port) = try #require(Self.listener())
        close(descriptor)
        let (process, stdout, _) = try Self.serve(["--content", "C", "--port", String(port)], in: folder.path)
        for _ in 0..<1200 where !stdout.text.contains("Serving") && process.isRunning { Thread.sleep(forTimeInterval: 0.05) }
        let line = try #require(stdout.text.split(separator: "\n").first { $0.hasPrefix("Serving") })
        let site = try #require(line.range(of: "The site is in ").map { String(line[$0.upperBound...].prefix { $0 != "," }) })
        #expect(FileManager.default.fileExists(atPath: site + "/index.html"))
        #expect(site.contains("glasshouse-serve-"))
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(!FileManager.default.fileExists(atPath: (site as NSString).deletingLastPathComponent))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/Site") == ["keep.txt"])
    }
}
