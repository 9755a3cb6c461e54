import Foundation
import Testing

@testable import TemplateFieldsCodegen

@Suite("View-model declarations: which structs and which properties become template fields")
struct ViewModelDeclarationTests {
    static let source = """
        import GlasshouseCore

        /// A page.
        public struct Page: Equatable, ViewModel {
            public var title: String
            let count: Int
            /// The rows, in order.
            var items: [Item] = []
            public var label: String { title.uppercased() }
            var total: Int {
                count * 2
            }
            public var watched: Int = 0 {
                didSet {}
            }
            static let shared = 1
            private var hidden: Int
            struct Inner {
                var deep: String
            }
            func render() -> String { title }
            public let last: Bool
        }

        struct Helper: Sendable {
            var ignored: String
        }

        extension Page {
            var alsoIgnored: String { "" }
        }

        public struct Item: ViewModel {
            var name: String
        }

        struct Empty: ViewModel {}
        """

    @Test("stored `var`/`let` at the first level, in order; computed, static, private and nested ones left out")
    func declarations() {
        #expect(
            ViewModelDeclaration.all(in: Self.source) == [
                ViewModelDeclaration(name: "Page", fields: ["title", "count", "items", "last"]),
                ViewModelDeclaration(name: "Item", fields: ["name"]),
                ViewModelDeclaration(name: "Empty", fields: []),
            ])
    }

    @Test("CRLF and CR line ends read like LF")
    func lineEnds() {
        let expected = ViewModelDeclaration.all(in: Self.source)
        #expect(ViewModelDeclaration.all(in: Self.source.replacingOccurrences(of: "\n", with: "\r\n")) == expected)
        #expect(ViewModelDeclaration.all(in: Self.source.replacingOccurrences(of: "\n", with: "\r")) == expected)
    }

    @Test("a struct line counts only with `struct NAME: ` at the start and ViewModel before its brace")
    func structLines() {
        #expect(ViewModelDeclaration.viewModelName("public struct A: ViewModel {") == "A")
        #expect(ViewModelDeclaration.viewModelName("struct A_2: Sendable, ViewModel, Equatable { var x: Int }") == "A_2")
        #expect(ViewModelDeclaration.viewModelName("struct A: Sendable {  // not a ViewModel") == nil)
        #expect(ViewModelDeclaration.viewModelName("struct A: ViewModel") == nil)
        #expect(ViewModelDeclaration.viewModelName("    struct A: ViewModel {") == nil)
        #expect(ViewModelDeclaration.viewModelName("struct A : ViewModel {") == nil)
        #expect(ViewModelDeclaration.viewModelName("struct A<T>: ViewModel {") == nil)
        #expect(ViewModelDeclaration.viewModelName("enum A: ViewModel {") == nil)
    }

    @Test("a property line counts only at four spaces, with a type and no brace")
    func propertyLines() {
        #expect(ViewModelDeclaration.storedProperty("    public let a: [String: Int]") == "a")
        #expect(ViewModelDeclaration.storedProperty("    var b: Int = 3") == "b")
        #expect(ViewModelDeclaration.storedProperty("    var c: Int {") == nil)
        #expect(ViewModelDeclaration.storedProperty("    var d: ") == nil)
        #expect(ViewModelDeclaration.storedProperty("    var e = 3") == nil)
        #expect(ViewModelDeclaration.storedProperty("        var f: Int") == nil)
        #expect(ViewModelDeclaration.storedProperty("    public private(set) var g: Int") == nil)
    }
}
