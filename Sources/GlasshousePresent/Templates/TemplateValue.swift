import Foundation
import Synchronization

/// A value as templates see it. View models produce these directly (`ViewModel.templateFields`),
/// so that rendering never inspects a Swift value dynamically.
///
/// What each case does in a template: text and integers print (escaped) and are sections that
/// always render, once, with themselves on top of the stack; `bool` is a section when true;
/// `html` prints as it is through `{{{ }}}` and is a section unless empty; `absent` (a nil
/// optional) prints nothing and is falsy; a list is a section over its elements, falsy when
/// empty; an object is a section with its fields in scope.
public enum TemplateValue: Sendable {
    case text(String)
    case integer(Int)
    case bool(Bool)
    case html(String)
    case absent
    case list([TemplateValue])
    case object(TemplateObject)
}

/// A view model's fields as templates see them: its shape (the names) and the values in that order.
public struct TemplateObject: Sendable {
    let shape: TemplateShape
    let values: [TemplateValue]

    /// The field with the interned name `symbol`; nil when the object has no such field.
    func value(_ symbol: Int) -> TemplateValue? {
        let symbols = shape.symbols
        for index in symbols.indices where symbols[index] == symbol { return values[index] }
        return nil
    }
}

/// The field names of one view-model type, interned once per type (see `TemplateSymbols`).
final class TemplateShape: Sendable {
    let symbols: [Int]

    init(_ names: [String]) {
        symbols = names.map(TemplateSymbols.symbol)
    }
}

/// Names interned to small integers, shared by view-model shapes and compiled templates, so that
/// a template looks a field up by comparing integers instead of hashing strings.
enum TemplateSymbols {
    private static let table = Mutex<[String: Int]>([:])

    static func symbol(_ name: String) -> Int {
        table.withLock { table in
            if let symbol = table[name] { return symbol }
            let symbol = table.count
            table[name] = symbol
            return symbol
        }
    }
}

/// How a view model's type lists its template variables: each name with a function that reads it.
/// GlasshousePresent's view models get theirs at build time from TemplateFieldsPlugin (one per
/// stored property); other conformances write it by hand (a field missing here is an unknown
/// variable, which the strict template check reports when a template uses it).
public struct TemplateFields<Model>: Sendable {
    let shape: TemplateShape
    private let readers: [@Sendable (Model) -> TemplateValue]

    public init(_ fields: TemplateField<Model>...) {
        shape = TemplateShape(fields.map(\.name))
        readers = fields.map(\.read)
    }

    /// `model` as a template object.
    func object(_ model: Model) -> TemplateObject {
        TemplateObject(shape: shape, values: readers.map { $0(model) })
    }
}

/// One template variable of a view model: its name and how to read it.
public struct TemplateField<Model>: Sendable {
    let name: String
    let read: @Sendable (Model) -> TemplateValue

    public init<Value: TemplateRepresentable>(_ name: String, _ read: @escaping @Sendable (Model) -> Value) {
        self.name = name
        self.read = { read($0).templateValue }
    }
}

/// A Swift value that templates can show: text, integers, booleans, trusted HTML, optionals and
/// arrays of those, and view models.
public protocol TemplateRepresentable {
    var templateValue: TemplateValue { get }
}

extension String: TemplateRepresentable {
    public var templateValue: TemplateValue { .text(self) }
}

extension Int: TemplateRepresentable {
    public var templateValue: TemplateValue { .integer(self) }
}

extension Bool: TemplateRepresentable {
    public var templateValue: TemplateValue { .bool(self) }
}

extension Optional: TemplateRepresentable where Wrapped: TemplateRepresentable {
    public var templateValue: TemplateValue { self?.templateValue ?? .absent }
}

extension Array: TemplateRepresentable where Element: TemplateRepresentable {
    public var templateValue: TemplateValue { .list(map(\.templateValue)) }
}

/// What a value does in a section, a problem report and a transform.
extension TemplateValue {
    /// What a problem report calls the value.
    var kindName: String {
        switch self {
        case .text: "text"
        case .integer: "number"
        case .bool: "boolean"
        case .html: "HTML"
        case .absent: "missing value"
        case .list: "list"
        case .object: "object"
        }
    }

    /// Whether a section over the value renders nothing (and an inverted one renders): a nil
    /// optional, false, an empty list or empty HTML. Text, numbers and objects never are.
    var isFalsy: Bool {
        switch self {
        case .absent: true
        case .bool(let flag): !flag
        case .list(let items): items.isEmpty
        case .html(let html): html.isEmpty
        case .text, .integer, .object: false
        }
    }

    /// The value transformed, or nil when the transform does not apply to its kind.
    func applying(_ transform: TemplateTransform) -> TemplateValue? {
        switch (self, transform) {
        case (.list(let items), .empty): .bool(items.isEmpty)
        case (.list(let items), .count): .integer(items.count)
        case (.list(let items), .first): items.first
        case (.list(let items), .last): items.last
        case (.list(let items), .reversed): .list(items.reversed())
        case (.text(let text), .empty): .bool(text.isEmpty)
        case (.text(let text), .lowercased): .text(text.lowercased())
        case (.text(let text), .uppercased): .text(text.uppercased())
        case (.text(let text), .capitalized): .text(text.capitalized)
        case (.text(let text), .reversed): .text(String(text.reversed()))
        case (.integer(let number), .equalzero): .bool(number == 0)
        case (.integer(let number), .plusone): .integer(number + 1)
        case (.integer(let number), .minusone): .integer(number - 1)
        case (.integer(let number), .even): .bool(number & 1 == 0)
        case (.integer(let number), .odd): .bool(number & 1 == 1)
        default: nil
        }
    }
}
