import RelGraph

/// Writes GraphML 1.0 (http://graphml.graphdrawing.org/specification.html) with typed `<key>`s for the
/// attributes in ``ExportColumns``; the output validates against graphml.xsd.
///
/// Node ids are actor ids made into `xs:NMTOKEN`s (see ``nodeID(_:)``); the original id is kept in the
/// `actor_id` attribute. Every edge says whether it is directed (GraphML allows mixed graphs), so the
/// graph's default is only a default. Relations of different types between one pair are parallel edges.
public struct GraphMLWriter: Sendable {
    public init() {}

    public func xml(for graph: Graph) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        out += "  <key id=\"actor_id\" for=\"node\" attr.name=\"actor_id\" attr.type=\"string\"/>\n"
        out += "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
        for c in ExportColumns.actor {
            out += "  <key id=\"n_\(c.name)\" for=\"node\" attr.name=\"\(c.name)\" attr.type=\"\(c.kind.graphML)\"/>\n"
        }
        out += "  <key id=\"e_label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
        for c in ExportColumns.relation {
            out += "  <key id=\"e_\(c.name)\" for=\"edge\" attr.name=\"\(c.name)\" attr.type=\"\(c.kind.graphML)\"/>\n"
        }
        out += "  <graph id=\"relgraph\" edgedefault=\"directed\">\n"
        for a in graph.actors {
            out += "    <node id=\"\(Self.nodeID(a.id))\">\n"
            out += data("actor_id", .string(a.id))
            out += data("label", .string(a.name))
            for c in ExportColumns.actor { if let v = c.value(a) { out += data("n_" + c.name, v) } }
            out += "    </node>\n"
        }
        for (i, r) in graph.relations.enumerated() {
            out += "    <edge id=\"\(ExportColumns.relationID(i))\" source=\"\(Self.nodeID(r.source))\" "
            out += "target=\"\(Self.nodeID(r.target))\" directed=\"\(r.directed)\">\n"
            out += data("e_label", .string(r.type.rawValue))
            for c in ExportColumns.relation { if let v = c.value(r) { out += data("e_" + c.name, v) } }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    private func data(_ key: String, _ value: ExportColumns.Value) -> String {
        "      <data key=\"\(key)\">\(XMLEscape.text(value.lexical))</data>\n"
    }

    /// An actor id as an `xs:NMTOKEN`: ASCII letters, digits, `-` and `.` are kept; every other character
    /// (including `_`) becomes `_` + its hex code point + `_`. Distinct ids stay distinct, and the slugs
    /// relgraph makes (`kim-jong-un`) are unchanged.
    public static func nodeID(_ id: String) -> String {
        var out = ""
        for s in id.unicodeScalars {
            if s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "-" || s == ".") {
                out.unicodeScalars.append(s)
            } else {
                out += "_" + String(s.value, radix: 16) + "_"
            }
        }
        return out.isEmpty ? "_" : out
    }
}
