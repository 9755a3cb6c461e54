import GlasshouseCore

/// The JSON Schema pieces the export's three documents are built from.
extension ExportSchemas {
    static func document(id: String, title: String, _ root: JSON, defs: [(String, JSON)] = []) -> JSON {
        guard case .object(let pairs) = root else { return root }
        var head: [(String, JSON)] = [
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string("https://glasshouse.dev/schema/\(id).json")),
            ("title", .string(title)),
        ]
        head += pairs
        if !defs.isEmpty { head.append(("$defs", .object(defs))) }
        return .object(head)
    }

    /// A fixed-shape object: every key required (but `optional`), no other key allowed.
    static func object(_ properties: [(String, JSON)], optional: Set<String> = []) -> JSON {
        .object([
            ("type", .string("object")),
            ("properties", .object(properties)),
            ("required", .array(properties.map(\.0).filter { !optional.contains($0) }.map { .string($0) })),
            ("additionalProperties", .bool(false)),
        ])
    }

    static func adding(_ schema: JSON, _ extra: [(String, JSON)]) -> JSON {
        guard case .object(let pairs) = schema else { return schema }
        return .object(pairs + extra)
    }

    /// An object whose keys are ids or names and whose values all have one schema.
    static func map(_ values: JSON, description: String? = nil) -> JSON {
        var pairs: [(String, JSON)] = [("type", .string("object")), ("additionalProperties", values)]
        if let description { pairs.append(("description", .string(description))) }
        return .object(pairs)
    }

    static func array(_ items: JSON) -> JSON { .object([("type", .string("array")), ("items", items)]) }
    static func ref(_ name: String) -> JSON { .object([("$ref", .string("#/$defs/\(name)"))]) }
    static func constant(_ value: String) -> JSON { .object([("const", .string(value))]) }
    static func constant(_ value: Bool) -> JSON { .object([("const", .bool(value))]) }
    static func enumeration(_ values: [String]) -> JSON { .object([("enum", .array(values.map { .string($0) }))]) }
    static func nullable(_ schema: JSON) -> JSON { .object([("anyOf", .array([schema, .object([("type", .string("null"))])]))]) }
    /// A section of a team: its figures, `null` without data, or `{"private": true}` when withheld.
    static func section(_ schema: JSON) -> JSON { .object([("anyOf", .array([schema, .object([("type", .string("null"))]), ref("withheld")]))]) }
    static func withheldOr(_ schema: JSON) -> JSON { .object([("anyOf", .array([schema, ref("withheld")]))]) }
    static func integer(minimum: Int) -> JSON { .object([("type", .string("integer")), ("minimum", .int(minimum))]) }
    static func fraction(_ description: String?) -> JSON {
        var pairs: [(String, JSON)] = [("type", .string("number")), ("minimum", .int(0)), ("maximum", .int(1))]
        if let description { pairs.append(("description", .string(description))) }
        return .object(pairs)
    }
    static func percent(_ description: String) -> JSON {
        .object([("type", .string("number")), ("exclusiveMinimum", .int(0)), ("exclusiveMaximum", .int(100)), ("description", .string(description))])
    }

    static let string = JSON.object([("type", .string("string"))])
    static let number = JSON.object([("type", .string("number"))])
    static let boolean = JSON.object([("type", .string("boolean"))])
    /// A Quick Check score, 0–10 (metrics.md §2.12).
    static let score = JSON.object([("type", .string("number")), ("minimum", .int(0)), ("maximum", .int(10))])
    static let id = JSON.object([("type", .string("string")), ("pattern", .string("^[a-z0-9][a-z0-9-]{0,62}$"))])
    static let date = JSON.object([("type", .string("string")), ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))])
    static let month = JSON.object([("type", .string("string")), ("pattern", .string("^[0-9]{4}-[0-9]{2}$"))])
    static let week = JSON.object([("type", .string("string")), ("pattern", .string("^[0-9]{4}-W[0-9]{2}$"))])
    static let timestamp = JSON.object([
        ("type", .string("string")),
        ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")),
    ])
}
