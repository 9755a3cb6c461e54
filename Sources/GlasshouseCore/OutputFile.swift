/// One file of the generated site: its path relative to the output folder and its bytes, or for a
/// large data file offered for download, the source file the writer copies (so that its bytes are
/// never held in memory).
public struct OutputFile: Sendable, Equatable {
    /// A file to copy, and the size it had when the build read it: a file that changed since is refused.
    public struct Source: Sendable, Equatable {
        public let path: String
        public let size: Int

        public init(path: String, size: Int) {
            (self.path, self.size) = (path, size)
        }
    }

    public let path: String
    /// The file's bytes; empty when `source` is set.
    public let bytes: [UInt8]
    public let source: Source?

    public init(path: String, bytes: [UInt8]) {
        (self.path, self.bytes) = (path, bytes)
        source = nil
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    public init(path: String, copying source: Source) {
        self.path = path
        bytes = []
        self.source = source
    }
}
