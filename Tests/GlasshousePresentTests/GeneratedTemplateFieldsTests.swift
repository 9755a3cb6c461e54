import GlasshouseCore
import Testing

@testable import GlasshousePresent

/// The view models' `templateFields` come from TemplateFieldsPlugin at build time. A stored
/// property left out would fall through to an outer scope's variable of the same name (or be
/// reported as unknown), and a reader of the wrong property would show the wrong value: these
/// render real view models through their generated fields.
@Suite("Generated template fields: every view-model property is a template variable")
struct GeneratedTemplateFieldsTests {
    struct Theme: ThemeSource {
        var templates: [String: String]
        var templateFiles: [String: String] { templates.keys.reduce(into: [:]) { $0[$1] = "Themes/t/templates/\($1).mustache" } }
    }

    let frame = Frame(
        title: "T1", siteTitle: "S2", root: "../", asOf: "2026-11-20", asOfDisplay: "20 Nov 2026", benchmark: "B3", generator: "G4",
        crumbs: [Crumb(name: "Org", href: "../index.html"), Crumb(name: "Here", href: nil)],
        nav: [NavItem(name: "Teams", href: "teams/", current: true)])

    @Test("each field of Frame, Crumb and NavItem renders its own property")
    func render() throws {
        let template =
            "{{title}}|{{siteTitle}}|{{root}}|{{asOf}}|{{asOfDisplay}}|{{benchmark}}|{{generator}}|"
            + "{{#crumbs}}[{{name}} {{href}}]{{/crumbs}}|{{#nav}}[{{name}} {{href}} {{#current}}now{{/current}}]{{/nav}}"
        let set = try TemplateSet(theme: Theme(templates: ["p": template]))
        #expect(try set.render("p", frame) == "T1|S2|../|2026-11-20|20 Nov 2026|B3|G4|[Org ../index.html][Here ]|[Teams teams/ now]")
    }

    @Test("the fields are the stored properties, in declaration order")
    func storedProperties() {
        func names(_ model: Any) -> [Int] { Mirror(reflecting: model).children.compactMap(\.label).map(TemplateSymbols.symbol) }
        #expect(Frame.templateFields.shape.symbols == names(frame))
        #expect(Frame.templateFields.shape.symbols.count == 9)
        #expect(Crumb.templateFields.shape.symbols == names(frame.crumbs[0]))
        #expect(NavItem.templateFields.shape.symbols == names(frame.nav[0]))
    }
}
