import Foundation
import RelGraph
import RelGraphExport
import RelGraphRender
import TestSupport
import Testing

/// One graph whose names, aliases, quotes, cues, titles and paths are hostile (``Fixtures/hostileNames``),
/// drawn as SVG, exported as DOT, GraphML, GEXF, CSV and Cypher, and each output parsed back the way its
/// consumer reads it: the text comes back as text, and no markup, statement or node appears that the graph
/// does not hold.
///
/// What each format does with characters it cannot carry:
/// - XML (GraphML, GEXF) and CSV: a scalar outside XML 1.0's `Char` (NUL and the other C0 controls but tab,
///   LF and CR; U+FFFE, U+FFFF) becomes U+FFFD, so the damage is visible; everything else is kept.
/// - Cypher: lossless; controls and format characters are `\uXXXX` escapes inside the literal.
/// - DOT and SVG (pictures): control, format and unassigned characters are dropped and a name's line breaks
///   become spaces, so no right-to-left override reorders a label and no control reaches Graphviz.
@Suite struct HostileTextTests {
    static let graph = Fixtures.hostileGraph()
    static let hostile = graph.actors.filter { $0.id.hasPrefix("h") }

    /// A name as a picture shows it: control, format and unassigned scalars dropped, each run of line breaks
    /// (LF, CR, NEL, U+2028, U+2029) and tabs one space.
    static func shown(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for c in s.unicodeScalars {
            if ["\n", "\r", "\t", "\u{85}", "\u{2028}", "\u{2029}"].contains(c) {
                pendingSpace = true
                continue
            }
            switch c.properties.generalCategory {
            case .control, .format, .unassigned, .surrogate: continue
            default: break
            }
            if pendingSpace && out.last != " " { out.append(" ") }
            pendingSpace = false
            out.append(c)
        }
        return String(out)
    }

    /// Graphviz writes a run of spaces as space + no-break spaces; a reader sees spaces.
    static func spaces(_ s: String) -> String { s.replacingOccurrences(of: "\u{A0}", with: " ") }

    static func expectInertXML(_ xml: XMLText, allowed: Set<String>) {
        #expect(Set(xml.elements).isSubset(of: allowed), "\(Set(xml.elements).subtracting(allowed))")
        #expect(!xml.elements.contains("script"))
    }

    @Test func svgShowsEveryNameAsText() throws {
        let rendered = try Renderer(view: RenderView(includeCoMentions: true), drawing: DrawingOptions(layout: .neato))
            .render(Self.graph)
        let svg = try #require(XMLText.parse(rendered.data), "the SVG is not well-formed XML")
        Self.expectInertXML(svg, allowed: ["svg", "g", "title", "polygon", "ellipse", "path", "text", "a", "polyline"])
        #expect(svg.elements.filter { $0 == "svg" }.count == 1)
        let texts = Set(svg.texts.map(Self.spaces))
        for a in Self.hostile { #expect(texts.contains(Self.shown(a.name)), "\(a.id.prefix(60))") }
        // The tooltips carry the names too, backslashes shown as ⧵ (Graphviz expands tooltip escapes twice).
        let tips = svg.attributes.compactMap { $0["xlink:title"] }.map(Self.spaces)
        for a in Self.hostile {
            let tip = Self.shown(a.name).replacingOccurrences(of: "\\", with: "\u{29F5}") + " · "
            #expect(tips.contains { $0.hasPrefix(tip) }, "\(tip.prefix(80).debugDescription)")
        }
        #expect(rendered.warnings.isEmpty, "\(rendered.warnings)")
    }

    /// The DOT export drawn by Graphviz: one node per actor (no `{}`/`[]` in a name made another), each
    /// labelled with its name.
    @Test func dotExportDrawsEveryNameAsItsLabel() throws {
        let dot = String(decoding: try Exporter(format: .dot).files(for: Self.graph)[0].data, as: UTF8.self)
        #expect(!dot.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" })
        let rendered = try Graphviz.shared.render(dot: dot, layout: "neato", format: "svg")
        let svg = try #require(XMLText.parse(rendered.data), "Graphviz's SVG of the DOT export is not XML")
        let nodes = svg.attributes.filter { $0["class"] == "node" }
        #expect(nodes.count == Self.graph.actors.filter(\.kind.isActor).count)
        let texts = Set(svg.texts.map(Self.spaces))
        for a in Self.hostile { #expect(texts.contains(Self.shown(a.name)), "\(a.id.prefix(60))") }
    }

    @Test func graphMLRoundTripsEveryNameAliasAndQuote() throws {
        let data = Data(GraphMLWriter().xml(for: Self.graph).utf8)
        let xml = try #require(XMLText.parse(data), "the GraphML is not well-formed XML")
        Self.expectInertXML(xml, allowed: ["graphml", "key", "graph", "node", "edge", "data"])
        #expect(xml.elements.filter { $0 == "node" }.count == Self.graph.actors.count)
        #expect(xml.elements.filter { $0 == "edge" }.count == Self.graph.relations.count)
        let texts = Set(xml.texts)
        for a in Self.hostile {
            #expect(texts.contains(Fixtures.xmlChars(a.name)), "\(a.id.prefix(60))")
            #expect(texts.contains(Fixtures.xmlChars(a.id)))
            #expect(texts.contains(Fixtures.xmlChars(a.aliases.joined(separator: ";"))))
        }
        for r in Self.graph.relations { #expect(texts.contains(Fixtures.xmlChars(r.topQuote ?? ""))) }
        let (status, log) = try ExportFixtures.xmllint(data, schemaArgument: "--schema", schema: "graphml.xsd")
        #expect(status == 0, "\(log)")
    }

    @Test func gexfRoundTripsEveryNameAliasAndQuote() throws {
        let data = Data(GEXFWriter().xml(for: Self.graph).utf8)
        let xml = try #require(XMLText.parse(data), "the GEXF is not well-formed XML")
        Self.expectInertXML(
            xml,
            allowed: [
                "gexf", "meta", "creator", "description", "graph", "attributes", "attribute", "nodes", "node",
                "attvalues", "attvalue", "edges", "edge",
            ])
        let labels = Set(xml.attributes.compactMap { $0["label"] })
        let values = Set(xml.attributes.compactMap { $0["value"] })
        let ids = xml.attributes.filter { $0["label"] != nil && $0["source"] == nil }.compactMap { $0["id"] }
        #expect(Set(ids).count == Self.graph.actors.count)
        for a in Self.hostile {
            #expect(labels.contains(Fixtures.xmlChars(a.name)), "\(a.id.prefix(60))")
            #expect(ids.contains(Fixtures.xmlChars(a.id)))
            #expect(values.contains(Fixtures.xmlChars(a.aliases.joined(separator: ";"))))
        }
        for r in Self.graph.relations { #expect(values.contains(Fixtures.xmlChars(r.topQuote ?? ""))) }
        let (status, log) = try ExportFixtures.xmllint(data, schemaArgument: "--relaxng", schema: "gexf.rng")
        #expect(status == 0, "\(log)")
    }

    @Test(arguments: CSVDialect.allCases)
    func csvRoundTripsEveryCell(dialect: CSVDialect) throws {
        let tables = CSVWriter(dialect: dialect).tables(for: Self.graph)
        let nodes = try RFC4180.parse(tables.nodes)
        let evidence = try RFC4180.parse(tables.evidence)
        #expect(nodes.count == Self.graph.actors.count + 1)
        #expect(try RFC4180.parse(tables.edges).count == Self.graph.relations.count + 1)
        let name = try #require(nodes[0].firstIndex(of: "name"))
        for (row, actor) in zip(nodes.dropFirst(), Self.graph.actors) {
            #expect(row.count == nodes[0].count)
            #expect(row[0] == Fixtures.xmlChars(actor.id))
            #expect(row[name] == Fixtures.xmlChars(actor.name))
        }
        let header = evidence[0]
        let text = try #require(header.firstIndex(of: "text"))
        let cue = try #require(header.firstIndex(of: "cue"))
        let title = try #require(header.firstIndex(of: "title"))
        let rows = evidence.dropFirst().filter { $0[0] != "" && $0[cue] != "" && $0[cue] != "met" }
        for a in Self.hostile {
            let mine = rows.filter { $0[cue] == Fixtures.xmlChars(a.name) }
            #expect(mine.count == 2, "\(a.id.prefix(60))")
            #expect(mine.allSatisfy { $0[text] == Fixtures.xmlChars("They said: " + a.name) && $0[title] == $0[cue] })
        }
        for table in [tables.nodes, tables.edges, tables.evidence] {
            #expect(!table.unicodeScalars.contains("\u{0}"))
        }
    }

    /// Cypher is lossless: every string comes back exactly from its literal, and outside the literals there
    /// is only relgraph's own syntax.
    @Test func cypherLiteralsRoundTripExactly() throws {
        let script = CypherWriter().script(for: Self.graph)
        let statements = try CypherLexer.statements(script)
        let evidence = Self.graph.relations.reduce(0) { $0 + $1.evidence.count }
        #expect(
            statements.count
                == 2 + Self.graph.documents.count + Self.graph.actors.count + Self.graph.relations.count + evidence)
        let literals = Set(statements.flatMap(\.literals))
        for a in Self.hostile {
            #expect(literals.contains(a.name), "\(a.id.prefix(60))")
            #expect(literals.contains(a.id))
            #expect(literals.contains("They said: " + a.name))
            #expect(literals.contains(a.name + ".txt"))
        }
        for s in statements {
            #expect(!s.code.contains("\"") && !s.code.contains("script") && !s.code.contains("//"))
            #expect(s.code.filter { $0 == "{" }.count == s.code.filter { $0 == "}" }.count)
            #expect(s.code.filter { $0 == "[" }.count == s.code.filter { $0 == "]" }.count)
        }
        // One statement per line: no literal carries a raw line break, NUL or other control.
        #expect(script.split(separator: "\n").count == statements.count + 1)
        #expect(!script.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" })
    }
}
