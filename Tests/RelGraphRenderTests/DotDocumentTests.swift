import Foundation
import RelGraph
import RelGraphAnalysis
import TestSupport
import Testing

@testable import RelGraphRender

/// Graphviz gets the picture as cgraph calls (``Graphviz/render(document:layout:format:)``), not as DOT text; the
/// result must be exactly what Graphviz makes of the DOT text `--format dot` writes.
struct DotDocumentTests {
    static let hostile = "<script>alert(1)</script> \"q\" \\N back\\slash\\ \nline\u{01}\u{7F}& <b>x</b> \\"

    static func graphs() throws -> [Graph] {
        [
            try Fixtures.analystGraph(),
            Fixtures.renaming("kim-jong-un", to: hostile, in: Fixtures.smallGraph()),
        ]
    }

    /// neato only: Graphviz 2.42's other engines are not deterministic within one process when other layouts run
    /// in between (tests run in parallel), and the order of clusters in its output follows their addresses. The
    /// other engines and clusters are compared with the `dot` program, one process each, by the render benchmark.
    static let drawings: [DrawingOptions] = [
        DrawingOptions(layout: .neato, linkBase: "https://example.org/g?file=a.json&v=1"),
        DrawingOptions(layout: .neato, format: .png, colorBy: .community, dpi: 72),
        DrawingOptions(layout: .neato, legend: false),
    ]

    /// `canon` writes the graph back as DOT from cgraph's structures (attribute declarations, defaults, values,
    /// HTML labels, positions); `svg` shows the layout and every escaped text.
    @Test(arguments: ["canon", "svg"], drawings.indices)
    func documentRendersAsItsText(format: String, drawing: Int) throws {
        let options = Self.drawings[drawing]
        for graph in try Self.graphs() {
            let renderer = Renderer(
                view: RenderView(includeCoMentions: true), drawing: options,
                communities: options.colorBy == .community ? LeidenCommunities() : nil)
            let plan = try renderer.prepare(graph)
            let layout = plan.layout.rawValue
            let fromText = try Graphviz.shared.render(dot: plan.dot, layout: layout, format: format)
            let fromDocument = try Graphviz.shared.render(document: plan.document, layout: layout, format: format)
            #expect(fromDocument.data.count > 100)
            #expect(fromDocument == fromText)
        }
    }

    @Test func tokensAreReadAsGraphvizReadsThem() {
        func value(_ token: String) -> (String, Bool) {
            DotToken.value(of: token) { (String(decoding: $0, as: UTF8.self), $1) }
        }
        #expect(value("11") == ("11", false))
        #expect(value("\"a b\"") == ("a b", false))
        #expect(value(#""say \"hi\"""#) == (#"say "hi""#, false))
        #expect(value(#""back\\slash\\""#) == (#"back\\slash\\"#, false))
        #expect(value(#""line\nbreak""#) == (#"line\nbreak"#, false))
        #expect(value("\"joined\\\nline\"") == ("joinedline", false))
        #expect(value("<<b>x</b>>") == ("<b>x</b>", true))
        #expect(value("\"\"") == ("", false))
    }

    /// A tooltip is escaped as it is composed, piece by piece: the result must equal escaping the whole text, also
    /// when a run of white space, a line break or a multi-byte character meets a piece boundary.
    @Test func escapingInPiecesEqualsEscapingTheWhole() {
        let alphabet: [String] = [
            "a", "Z", "7", " ", "  ", "\t", "\n", "\r\n", "\u{85}", "\u{2028}", "\"", "\\", "&", "<", "\u{01}",
            "\u{7F}",
            "é", "·", "“", "—", "→", "\u{200B}", "\u{202E}", "\u{AD}", "\u{301}", "한", "😀", "\u{E000}", "\u{10FFFF}",
        ]
        var rng = SplitMix64(seed: 5)
        for _ in 0..<500 {
            var pieces: [String] = []
            for _ in 0..<Int.random(in: 1...6, using: &rng) {
                pieces.append(
                    (0..<Int.random(in: 0...5, using: &rng)).map { _ in alphabet.randomElement(using: &rng) ?? "" }
                        .joined())
            }
            var writer = DotEscape.tooltipWriter(capacity: 16)
            for piece in pieces { writer.append(piece) }
            #expect(writer.finish() == DotEscape.tooltip(pieces.joined()), "\(pieces)")
        }
    }
}
