import RelGraph

/// Writes GEXF 1.3 (https://gexf.net/1.3/) with typed `<attributes>` for the columns in ``ExportColumns``;
/// the output validates against the GEXF 1.3 grammar.
///
/// Gephi reads `label` as the node's name and the edge's `weight` as its weight; the relation type is
/// also the edge's `kind`, so Gephi keeps relations of different types between one pair as parallel edges.
/// Each edge carries its own `type` (directed or undirected): the graph is mixed.
public struct GEXFWriter: Sendable {
    public init() {}

    public func xml(for graph: Graph) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <meta>
                <creator>relgraph</creator>
                <description>Actor-relationship graph; every edge carries its evidence count and top quote.</description>
              </meta>
              <graph defaultedgetype="directed" mode="static">

            """
        out += "    <attributes class=\"node\">\n"
        for (i, c) in ExportColumns.actor.enumerated() {
            out += "      <attribute id=\"\(i)\" title=\"\(c.name)\" type=\"\(c.kind.gexf)\"/>\n"
        }
        out += "    </attributes>\n    <attributes class=\"edge\">\n"
        for (i, c) in ExportColumns.relation.enumerated() {
            out += "      <attribute id=\"\(i)\" title=\"\(c.name)\" type=\"\(c.kind.gexf)\"/>\n"
        }
        out += "    </attributes>\n    <nodes count=\"\(graph.actors.count)\">\n"
        for a in graph.actors {
            out += "      <node id=\"\(XMLEscape.text(a.id))\" label=\"\(XMLEscape.text(a.name))\">\n"
            out += attvalues(ExportColumns.actor.map { $0.value(a) })
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges count=\"\(graph.relations.count)\">\n"
        for (i, r) in graph.relations.enumerated() {
            out += "      <edge id=\"\(ExportColumns.relationID(i))\" source=\"\(XMLEscape.text(r.source))\" "
            out += "target=\"\(XMLEscape.text(r.target))\" type=\"\(r.directed ? "directed" : "undirected")\" "
            out +=
                "weight=\"\(XMLEscape.double(r.weight))\" kind=\"\(r.type.rawValue)\" label=\"\(r.type.rawValue)\">\n"
            out += attvalues(ExportColumns.relation.map { $0.value(r) })
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    private func attvalues(_ values: [ExportColumns.Value?]) -> String {
        var out = "        <attvalues>\n"
        for (i, v) in values.enumerated() {
            guard let v else { continue }
            out += "          <attvalue for=\"\(i)\" value=\"\(XMLEscape.text(v.lexical))\"/>\n"
        }
        return out + "        </attvalues>\n"
    }
}
