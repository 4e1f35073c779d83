import Foundation
import RelGraph
import RelGraphRender
import TestSupport
import Testing

/// The DOT relgraph generates is deterministic: compared byte for byte with a reviewed golden file.
/// After an intended style change, regenerate it with `RELGRAPH_UPDATE_GOLDEN=1 swift test --filter DotGolden`
/// and review the diff.
struct DotGoldenTests {
    static let golden = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/small-graph.golden.dot")

    func dot() throws -> String {
        let renderer = Renderer(
            view: RenderView(includeCoMentions: true),
            drawing: DrawingOptions(layout: .neato, format: .dot, linkBase: "https://example.org/graph"))
        return String(decoding: try renderer.render(Fixtures.smallGraph()).data, as: UTF8.self)
    }

    @Test func smallGraphMatchesGolden() throws {
        let text = try dot()
        if ProcessInfo.processInfo.environment["RELGRAPH_UPDATE_GOLDEN"] == "1" {
            try text.write(to: Self.golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        #expect(text == expected)
    }

    @Test func dotIsDeterministicAndGraphvizReadsIt() throws {
        let a = try dot()
        #expect(a == (try dot()))
        let canon = try Graphviz.shared.render(dot: a, layout: "neato", format: "canon")
        #expect(canon.data.count > 100)
    }
}
