import FlyingFox
import Foundation
import GlasshouseCore

/// Serves the output folder's files for the preview, adding the live-reload script to pages.
enum PreviewFiles {
    static let types: [String: String] = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "json": "application/json",
        "xml": "application/xml", "svg": "image/svg+xml", "png": "image/png", "csv": "text/csv; charset=utf-8",
        "yaml": "text/yaml; charset=utf-8", "yml": "text/yaml; charset=utf-8", "js": "text/javascript",
    ]

    /// Whether the `Host` header names this server by a loopback name and the port in use: the
    /// defence against DNS rebinding (a page on another site whose name resolves to 127.0.0.1
    /// sends its own host name, and is refused).
    static func isLoopbackHost(_ host: String?, port: UInt16) -> Bool {
        guard let host = host?.lowercased() else { return false }
        return ["localhost", "127.0.0.1", "[::1]"].contains { name in
            host == "\(name):\(port)" || (port == 80 && host == name)
        }
    }

    /// The answer to a request for a host that is not a loopback name with our port.
    static func misdirected() -> HTTPResponse {
        HTTPResponse(
            statusCode: .misdirectedRequest, headers: [.contentType: "text/plain; charset=utf-8"],
            body: Data("The preview answers only http://127.0.0.1 and http://localhost with its own port.\n".utf8))
    }

    /// The file for `rawPath` (the request target's path, still percent-encoded) below `root`.
    /// Refused with 400: an encoded NUL, slash or backslash, a backslash or control character, and
    /// an encoding that is not UTF-8; with 403: `..` and hidden files. The 404 page shows the path
    /// HTML-escaped.
    static func response(for rawPath: String, root: String) -> HTTPResponse {
        let lowered = rawPath.lowercased()
        guard !["%00", "%2f", "%5c"].contains(where: lowered.contains),
            let decoded = rawPath.removingPercentEncoding,
            !decoded.unicodeScalars.contains(where: { $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F })
        else {
            return HTTPResponse(statusCode: .badRequest, headers: [.contentType: "text/plain; charset=utf-8"], body: Data("Bad request path.\n".utf8))
        }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.contains(where: { $0 == ".." || $0.hasPrefix(".") }) else { return HTTPResponse(statusCode: .forbidden) }
        var relative = parts.joined(separator: "/")
        var isDirectory: ObjCBool = false
        if relative.isEmpty || (FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory) && isDirectory.boolValue) {
            relative += relative.isEmpty ? "index.html" : "/index.html"
        }
        let type = types[(relative as NSString).pathExtension.lowercased()] ?? "application/octet-stream"
        guard var data = POSIXIO.readFile(root + "/" + relative).map({ Data($0) }) else {
            let page =
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not built yet</title></head><body><h1>Nothing here yet</h1><p>\(MarkupEscaper.html.escape(relative)) is not part of the site.</p></body></html>"
            return HTTPResponse(statusCode: .notFound, headers: [.contentType: types["html"]!], body: Data(inject(page).utf8))
        }
        if type.hasPrefix("text/html") { data = Data(inject(String(decoding: data, as: UTF8.self)).utf8) }
        return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .init("Cache-Control"): "no-store"], body: data)
    }

    /// The live-reload script: polls the build status, reloads on a new build and shows content
    /// errors as a banner (as text, never as HTML). Only the preview adds it; built sites have no script.
    static let script = """
        <script>
        (() => {
          let seen = null;
          const banner = document.createElement("pre");
          banner.setAttribute("role", "alert");
          banner.style.cssText = "position:fixed;left:0;right:0;bottom:0;margin:0;max-height:40vh;overflow:auto;padding:12px 16px;background:#a3261b;color:#fff;font:13px/1.4 ui-monospace,monospace;z-index:1000;white-space:pre-wrap;display:none";
          document.addEventListener("DOMContentLoaded", () => document.body.appendChild(banner));
          async function poll() {
            try {
              const status = await (await fetch("/__glasshouse/status", {cache: "no-store"})).json();
              if (seen !== null && status.version !== seen) { location.reload(); return; }
              seen = status.version;
              banner.textContent = status.error ? "Content errors — showing the last good site:\\n" + status.error : "";
              banner.style.display = status.error ? "block" : "none";
            } catch (e) {}
            setTimeout(poll, 700);
          }
          poll();
        })();
        </script>
        """

    static func inject(_ html: String) -> String {
        guard let range = html.range(of: "</body>", options: .backwards) else { return html + script }
        return html.replacingCharacters(in: range, with: script + "\n</body>")
    }
}
