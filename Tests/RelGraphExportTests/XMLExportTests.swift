import Foundation
import RelGraph
import RelGraphExport
import TestSupport
import Testing

/// GraphML and GEXF against their schemas (xmllint), and what a reader of them sees.
struct XMLExportTests {
    static let graphs: [Graph] = [Fixtures.smallGraph(), ExportFixtures.hostileGraph(), Graph()]

    @Test(arguments: graphs.indices)
    func graphMLValidatesAgainstGraphMLXSD(index: Int) throws {
        let data = Data(GraphMLWriter().xml(for: Self.graphs[index]).utf8)
        let (status, log) = try ExportFixtures.xmllint(data, schemaArgument: "--schema", schema: "graphml.xsd")
        #expect(status == 0, "\(log)")
    }

    @Test(arguments: graphs.indices)
    func gexfValidatesAgainstGEXF13Grammar(index: Int) throws {
        let data = Data(GEXFWriter().xml(for: Self.graphs[index]).utf8)
        let (status, log) = try ExportFixtures.xmllint(data, schemaArgument: "--relaxng", schema: "gexf.rng")
        #expect(status == 0, "\(log)")
    }

    /// The schemas are not toothless: an edge to a node that does not exist, and a weight that is not a
    /// number, are rejected.
    @Test func schemasRejectBrokenFiles() throws {
        let graphML = GraphMLWriter().xml(for: Fixtures.smallGraph())
            .replacingOccurrences(of: "target=\"ukraine\"", with: "target=\"nobody\"")
        let (s1, _) = try ExportFixtures.xmllint(Data(graphML.utf8), schemaArgument: "--schema", schema: "graphml.xsd")
        #expect(s1 != 0)
        let gexf = GEXFWriter().xml(for: Fixtures.smallGraph())
            .replacingOccurrences(of: "weight=\"0.684\"", with: "weight=\"heavy\"")
        #expect(gexf.contains("heavy"))
        let (s2, _) = try ExportFixtures.xmllint(Data(gexf.utf8), schemaArgument: "--relaxng", schema: "gexf.rng")
        #expect(s2 != 0)
    }

    @Test func graphMLCarriesEveryTypedAttributeAndHostileTextIntact() throws {
        let g = ExportFixtures.hostileGraph()
        let xml = try #require(XMLText.parse(Data(GraphMLWriter().xml(for: g).utf8)))
        let keys = xml.attributes.filter { $0["attr.name"] != nil }
        let typed = Dictionary(keys.map { ("\($0["for"] ?? "")/\($0["attr.name"] ?? "")", $0["attr.type"] ?? "") }) {
            a, _ in a
        }
        #expect(typed["node/kind"] == "string")
        #expect(typed["node/aliases"] == "string")
        #expect(typed["node/mentions"] == "int")
        #expect(typed["edge/type"] == "string")
        #expect(typed["edge/polarity"] == "string")
        #expect(typed["edge/weight"] == "double")
        #expect(typed["edge/evidence"] == "int")
        #expect(typed["edge/top_quote"] == "string")
        #expect(xml.elements.filter { $0 == "node" }.count == g.actors.count)
        #expect(xml.elements.filter { $0 == "edge" }.count == g.relations.count)
        // The parser gives back exactly what the graph holds, line breaks included.
        #expect(xml.texts.contains(ExportFixtures.hostileName.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(xml.texts.contains("o'brien {x}"))
        let ids = xml.attributes.compactMap { $0["id"] }
        #expect(ids.contains(GraphMLWriter.nodeID("o'brien {x}")))
    }

    @Test func gexfAttributeValuesRoundTripThroughAnXMLParser() throws {
        let g = ExportFixtures.hostileGraph()
        let xml = try #require(XMLText.parse(Data(GEXFWriter().xml(for: g).utf8)))
        let labels = Set(xml.attributes.compactMap { $0["label"] })
        #expect(labels.contains(ExportFixtures.hostileName))
        let values = Set(xml.attributes.compactMap { $0["value"] })
        #expect(values.contains(ExportFixtures.hostileQuote.replacingOccurrences(of: "\u{07}", with: "\u{FFFD}")))
        #expect(values.contains("a,b;c\"d;e\nf;Ünïcödé"))
        let edges = xml.attributes.filter { $0["source"] != nil }
        #expect(edges.count == g.relations.count)
        #expect(edges.allSatisfy { $0["type"] == "directed" || $0["type"] == "undirected" })
    }

    @Test func nodeIDsAreDistinctNMTokens() {
        let ids = ["kim-jong-un", "a_b", "a b", "a_20_b", "ü", "", "x.y"]
        let made = ids.map(GraphMLWriter.nodeID)
        #expect(Set(made).count == ids.count)
        #expect(made[0] == "kim-jong-un")
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._")
        #expect(made.allSatisfy { !$0.isEmpty && $0.allSatisfy(allowed.contains) })
    }
}
