/// A source file that cannot be imported: the file, where in it (line and column, or a JSON path)
/// and what was expected. Nothing is written when an import fails.
public struct ImportFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var position: String
    public var message: String

    public init(file: String, position: String, message: String) {
        (self.file, self.position, self.message) = (file, position, message)
    }

    /// `file:position: message`, like a compiler.
    public var description: String { position.isEmpty ? "\(file): \(message)" : "\(file):\(position): \(message)" }
}
