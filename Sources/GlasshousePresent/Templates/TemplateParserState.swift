/// The parser's position in the nesting of sections, partials and parents, and what one level found.
extension TemplateParser {
    /// What the parser knows at a point of the text: the section it is inside, whether it is at
    /// the start of a line, and whether it reads the block definitions of a `{{< parent}}`.
    struct State {
        var sectionName: String?
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        /// The indentation of the first line of a block definition, removed from its other lines.
        var partialDefinitionIndent: Int?

        func section(_ name: String, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func inheritance(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            return state
        }
    }

    /// What one level of parsing found: the nodes, and the block definitions of a parent's body.
    struct Parsed {
        var nodes: [TemplateNode] = []
        var definitions: [String: [TemplateNode]] = [:]
        var hasOtherTags = false
    }
}
