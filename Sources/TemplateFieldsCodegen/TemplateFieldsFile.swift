/// The Swift file that gives each view model its `templateFields`: one extension per view model,
/// a reader per stored property, so that rendering never reflects on a Swift value. Written at
/// build time by TemplateFieldsGenerator, which TemplateFieldsPlugin runs over GlasshousePresent.
public enum TemplateFieldsFile {
    /// The file's text for these view models, in this order.
    public static func text(for models: [ViewModelDeclaration]) -> String {
        var lines = [
            "// Generated at build time from the view-model declarations by TemplateFieldsPlugin (TemplateFieldsGenerator); do not edit.",
            "// Each view model's templateFields lists its stored properties in declaration order.",
        ]
        for model in models {
            lines += ["", "extension \(model.name) {", "    public static let templateFields = TemplateFields<\(model.name)>("]
            lines += model.fields.enumerated().map { index, field in
                "        .init(\"\(field)\") { $0.\(field) }" + (index < model.fields.count - 1 ? "," : "")
            }
            lines += ["    )", "}"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `paths` in the order a walk of their folder tree visits them: a folder's own files by name,
    /// then its subfolders by name, names compared by Unicode scalar values. The order does not
    /// depend on how the build system listed the files, so the generated file is always the same.
    public static func walkOrder(_ paths: [String]) -> [String] {
        paths.sorted { walkPrecedes($0.split(separator: "/"), $1.split(separator: "/")) }
    }

    static func walkPrecedes(_ left: [Substring], _ right: [Substring]) -> Bool {
        for (index, (leftName, rightName)) in zip(left, right).enumerated()
        where !leftName.unicodeScalars.elementsEqual(rightName.unicodeScalars) {
            let leftIsFile = index == left.count - 1
            let rightIsFile = index == right.count - 1
            if leftIsFile != rightIsFile { return leftIsFile }
            return leftName.unicodeScalars.lexicographicallyPrecedes(rightName.unicodeScalars)
        }
        return left.count < right.count
    }
}
