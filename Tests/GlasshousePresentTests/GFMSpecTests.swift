import Foundation
import GlasshousePresent
import Testing

/// The CommonMark/GFM spec examples from github/cmark-gfm's test suite (../shared/reference/gfm-spec),
/// rendered by our wrapper with raw HTML allowed (as the spec's own runner does) and compared after
/// the same whitespace normalisation the spec runner applies. Examples that depend on raw HTML are
/// left out: the product omits raw HTML by default. The reference tests skip, saying why, in a clone
/// without ../shared; the cases of Tests/Fixtures/gfm (written here) always run.
@Suite("GFM spec examples")
struct GFMSpecTests {
    struct Example: CustomTestStringConvertible, Sendable {
        let file: String
        let number: Int
        let section: String
        let markdown: String
        let html: String
        var testDescription: String { "\(file) #\(number) (\(section))" }
    }

    /// `shared/reference/gfm-spec` beside the checkout, or beside one of its parents (a worktree
    /// under /work/wt sits one level deeper than /work/main).
    static let referenceFolder: String = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            folder = folder.deletingLastPathComponent()
            let candidate = folder.appendingPathComponent("shared/reference/gfm-spec").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/reference/gfm-spec").path
    }()

    /// Whether ../shared/reference/gfm-spec is there (it is not in a fresh clone).
    static let referencePresent = FileManager.default.fileExists(atPath: referenceFolder + "/spec.txt")
    static let absent: Comment = "needs ../shared/reference/gfm-spec, absent beside this clone; Tests/Fixtures/gfm runs instead"

    static let fixtureFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/gfm").path

    static func examples(_ file: String, in folder: String = referenceFolder) -> [Example] {
        guard let text = try? String(contentsOfFile: folder + "/" + file, encoding: .utf8) else { return [] }
        var examples: [Example] = []
        var section = ""
        var lines = text.components(separatedBy: "\n")[...]
        var number = 0
        while let line = lines.popFirst() {
            if line.hasPrefix("#") { section = line.trimmingCharacters(in: CharacterSet(charactersIn: "# ")) }
            guard line.hasPrefix("````````````````````````````````") && line.contains("example") else { continue }
            number += 1
            var markdown: [String] = []
            var html: [String] = []
            var inHTML = false
            while let body = lines.popFirst(), !body.hasPrefix("````````````````````````````````") {
                if body == "." && !inHTML { inHTML = true; continue }
                if inHTML { html.append(body) } else { markdown.append(body) }
            }
            let fix = { (s: [String]) in s.map { $0.replacingOccurrences(of: "→", with: "\t") }.joined(separator: "\n") + (s.isEmpty ? "" : "\n") }
            examples.append(Example(file: file, number: number, section: section, markdown: fix(markdown), html: fix(html)))
        }
        return examples
    }

    /// Examples whose input or output involves raw HTML (the product omits raw HTML by default).
    static func usesRawHTML(_ example: Example) -> Bool {
        if example.section.contains("HTML") || example.section.contains("tag filter") { return true }
        let tag = try! NSRegularExpression(pattern: "<(/?[A-Za-z][A-Za-z0-9-]*[\\s/>]|!--|\\?|![A-Z]|!\\[CDATA)")
        return tag.firstMatch(in: example.markdown, range: NSRange(example.markdown.startIndex..., in: example.markdown)) != nil
    }

    /// The spec runner's normalisation: whitespace between tags is not significant, attributes of
    /// void elements are compared sorted and `/>` equals `>`.
    static func normalize(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "\n", with: " ")
        let input = try! NSRegularExpression(pattern: "<input ([^>]*?)\\s*/?>")
        for match in input.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            let attributes = (text as NSString).substring(with: match.range(at: 1)).split(separator: " ").sorted().joined(separator: " ")
            text = (text as NSString).replacingCharacters(in: match.range, with: "<input \(attributes)>")
        }
        text = text.replacingOccurrences(of: ">\\s+<", with: "><", options: .regularExpression)
        text = text.replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Examples where Glasshouse knowingly differs from the reference output, and why.
    static let knownDifferences: [String: String] = [
        "extensions.txt#23": "Debian's cmark-gfm 0.29.0.gfm.6 emits newer footnote markup (fn-1 ids, data-footnote attributes)",
        "spec.txt#508": "the link policy drops links whose scheme is not http(s) or mailto (content.md §9)",
        "spec.txt#604": "the link policy drops links whose scheme is not http(s) or mailto (content.md §9)",
        "spec.txt#606": "the link policy drops links whose scheme is not http(s) or mailto (content.md §9)",
        "spec.txt#607": "the link policy drops links whose scheme is not http(s) or mailto (content.md §9)",
        "spec.txt#609": "the link policy drops links whose scheme is not http(s) or mailto (content.md §9)",
        "spec.txt#628": "the link policy drops the ftp: link the autolink extension makes (content.md §9)",
        "spec.txt#610": "the autolink extension (on in Glasshouse) links bare URLs this CommonMark example keeps as text",
        "spec.txt#616": "the autolink extension (on in Glasshouse) links bare URLs this CommonMark example keeps as text",
        "spec.txt#619": "the autolink extension (on in Glasshouse) links bare URLs this CommonMark example keeps as text",
        "spec.txt#614": "the autolink extension (on in Glasshouse) links bare e-mail addresses this CommonMark example keeps as text",
        "spec.txt#620": "the autolink extension (on in Glasshouse) links bare e-mail addresses this CommonMark example keeps as text",
    ]

    static func compared(_ example: Example) -> Bool {
        !usesRawHTML(example) && knownDifferences["\(example.file)#\(example.number)"] == nil
    }

    static let extensionExamples = examples("extensions.txt").filter(compared)
    /// Every example of spec.txt that does not use raw HTML.
    static let specSample = examples("spec.txt").filter(compared)

    @Test("the known differences are still differences (remove them once they are not)", .enabled(if: referencePresent, absent))
    func knownDifferencesHold() {
        let all = Self.examples("extensions.txt") + Self.examples("spec.txt")
        for example in all where Self.knownDifferences["\(example.file)#\(example.number)"] != nil {
            let html = MarkdownRenderer(unsafeHTML: true).render(example.markdown).html
            #expect(Self.normalize(html) != Self.normalize(example.html), "\(example.testDescription) now matches")
        }
    }

    @Test("the reference files are there and parsed", .enabled(if: referencePresent, absent))
    func loaded() {
        #expect(Self.extensionExamples.count >= 15)
        #expect(Self.specSample.count >= 450)
    }

    @Test("GFM extension examples", .enabled(if: referencePresent, absent), arguments: extensionExamples)
    func extensionExample(_ example: Example) {
        let html = MarkdownRenderer(unsafeHTML: true).render(example.markdown).html
        // `<IGNORE>`: the reference only asks that the input renders without crashing.
        guard example.html != "<IGNORE>\n" else { return }
        #expect(Self.normalize(html) == Self.normalize(example.html), "markdown: \(example.markdown)")
    }

    @Test("CommonMark examples without raw HTML", .enabled(if: referencePresent, absent), arguments: specSample)
    func specExample(_ example: Example) {
        let html = MarkdownRenderer(unsafeHTML: true).render(example.markdown).html
        #expect(Self.normalize(html) == Self.normalize(example.html), "markdown: \(example.markdown)")
    }

    static let fixtureExamples = examples("cases.txt", in: fixtureFolder)

    @Test("our own GFM cases are there (they need nothing beside the clone)")
    func fixturesLoaded() {
        #expect(Self.fixtureExamples.count == 8)
        #expect(Self.fixtureExamples.allSatisfy(Self.compared))
    }

    @Test("our own GFM cases (Tests/Fixtures/gfm)", arguments: fixtureExamples)
    func fixtureExample(_ example: Example) {
        let html = MarkdownRenderer(unsafeHTML: true).render(example.markdown).html
        #expect(Self.normalize(html) == Self.normalize(example.html), "markdown: \(example.markdown)")
    }
}
