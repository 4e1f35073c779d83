import Foundation
import RelGraph
import RelGraphRender
import TestSupport
import Testing

/// Renders through libgvc and checks the files: SVG content, PNG and PDF signatures, JSON, hostile text.
@Suite struct RenderOutputTests {
    func render(_ graph: Graph, _ drawing: DrawingOptions, _ view: RenderView = RenderView()) throws -> Data {
        try Renderer(view: view, drawing: drawing).render(graph).data
    }

    @Test(arguments: Layout.allCases)
    func svgParsesAndNamesEveryActor(layout: Layout) throws {
        let graph = try Fixtures.analystGraph()
        let svg = try #require(XMLText.parse(try render(graph, DrawingOptions(layout: layout))))
        #expect(svg.elements.contains("svg"))
        #expect(!svg.elements.contains("script"))
        for a in graph.actors where a.kind.isActor { #expect(svg.texts.contains(a.name), "missing \(a.name)") }
        let ids = Set(svg.attributes.compactMap { $0["id"] })
        #expect(ids.contains("actor-kim-jong-un"))
        #expect(ids.contains("rel-andrei-belousov--kim-jong-un"))
        #expect(svg.texts.contains { $0.contains("Relation: colour = polarity") }, "legend missing")
    }

    @Test func tooltipsShowQuoteTitleDateAndModality() throws {
        let svg = try #require(XMLText.parse(try render(try Fixtures.analystGraph(), DrawingOptions(layout: .neato))))
        let titles = svg.attributes.compactMap { $0["xlink:title"] }
        let meet = try #require(titles.first { $0.hasPrefix("Andrei Belousov — Kim Jong-un: meet") })
        #expect(meet.contains("“The Russian Minister of Defense met with North Korean Chairman Kim Jong-un"))
        #expect(meet.contains("2024-11-30 (asserted)"))
        #expect(meet.contains("Belousov meets Kim Jong-un in Pyongyang"))
        #expect(titles.contains { $0.hasPrefix("Kim Jong-un · person\n") })
    }

    @Test func hostileNamesRenderAsInertText() throws {
        let hostile = "<script>alert(1)</script> \"q\" \\N back\\slash\nline\u{01}\u{7F}& <b>x</b>"
        let graph = Fixtures.renaming("kim-jong-un", to: hostile, in: Fixtures.smallGraph())
        let data = try render(graph, DrawingOptions(layout: .neato, linkBase: "https://example.org/g?file=a.json&v=1"))
        let svg = try #require(XMLText.parse(data), "SVG is not well-formed XML")
        #expect(!svg.elements.contains("script"))
        #expect(!svg.elements.contains("b"))
        let shown = "<script>alert(1)</script> \"q\" \\N back\\slash line& <b>x</b>"
        #expect(svg.texts.contains(shown))
        let tooltip = try #require(
            svg.attributes.compactMap { $0["xlink:title"] }.first { $0.contains("alert") && $0.contains(" · person") })
        #expect(tooltip.hasPrefix("<script>alert(1)</script> \"q\" ⧵N back⧵slash line& <b>x</b> · person"))
        let links = svg.attributes.compactMap { $0["xlink:href"] }
        #expect(links.contains("https://example.org/g?file=a.json&v=1&actor=kim-jong-un"))
        let dot = String(decoding: try render(graph, DrawingOptions(layout: .neato, format: .dot)), as: UTF8.self)
        #expect(!dot.contains("\u{01}"))
        // `&` is written `&amp;`: Graphviz decodes entities in labels, so the name's own `&` stays a character.
        #expect(dot.contains(#"label="<script>alert(1)</script> \"q\" \\N back\\slash line&amp; <b>x</b>""#))
    }

    @Test func hostileIdsBecomeSafeUniqueSVGIds() throws {
        var graph = Fixtures.smallGraph()
        for i in graph.actors.indices where graph.actors[i].id == "ukraine" { graph.actors[i].id = "ukr\"aine<&>" }
        for i in graph.relations.indices where graph.relations[i].target == "ukraine" {
            graph.relations[i].target = "ukr\"aine<&>"
        }
        graph = graph.canonicalized()
        let svg = try #require(XMLText.parse(try render(graph, DrawingOptions(layout: .neato))))
        let ids = Set(svg.attributes.compactMap { $0["id"] })
        #expect(ids.contains("actor-ukr_aine___"))
        #expect(ids.contains("rel-storm-corps--ukr_aine___"))
    }

    @Test func pngHasSignatureAndScalesWithDPI() throws {
        let graph = Fixtures.smallGraph()
        let small = try render(graph, DrawingOptions(layout: .neato, format: .png, dpi: 48))
        let large = try render(graph, DrawingOptions(layout: .neato, format: .png, dpi: 144))
        for png in [small, large] { #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) }
        let (w1, h1) = try #require(PNGHeader.size(small))
        let (w2, h2) = try #require(PNGHeader.size(large))
        #expect(w1 > 100 && h1 > 100)
        #expect(abs(Double(w2) / Double(w1) - 3) < 0.1)
        #expect(abs(Double(h2) / Double(h1) - 3) < 0.1)
    }

    @Test func pdfStartsWithItsSignature() throws {
        let pdf = try render(Fixtures.smallGraph(), DrawingOptions(layout: .neato, format: .pdf))
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        #expect(pdf.count > 1000)
    }

    @Test func jsonIsGraphvizLayoutJSON() throws {
        let json = try render(Fixtures.smallGraph(), DrawingOptions(layout: .neato, format: .json))
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let nodes = try #require(object["objects"] as? [[String: Any]])
        #expect(Set(nodes.compactMap { $0["label"] as? String }) == Set(Fixtures.smallGraph().actors.map(\.name)))
        #expect(nodes.allSatisfy { $0["pos"] is String })
    }

    @Test func concurrentRendersAreSerialisedAndEqual() async throws {
        let graph = try Fixtures.analystGraph()
        let renderer = Renderer(drawing: DrawingOptions(layout: .neato))
        let expected = try renderer.render(graph).data
        let results = try await withThrowingTaskGroup(of: Data.self) { group in
            for _ in 0..<6 { group.addTask { try await renderer.renderDetached(graph).data } }
            return try await group.reduce(into: [Data]()) { $0.append($1) }
        }
        #expect(results.count == 6)
        #expect(results.allSatisfy { $0 == expected })
    }
}

/// Width and height from a PNG's IHDR chunk.
enum PNGHeader {
    static func size(_ png: Data) -> (Int, Int)? {
        let bytes = [UInt8](png.prefix(24))
        guard bytes.count == 24, bytes[12...15] == [0x49, 0x48, 0x44, 0x52] else { return nil }
        func int(_ i: Int) -> Int { bytes[i..<i + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }
}
