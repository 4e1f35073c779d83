import RelGraph

/// Writes a Cypher script (Neo4j 5, Memgraph) that loads the graph with `MERGE`, so running it twice
/// changes nothing:
///
/// - `(:Actor:<Kind> {id})` with name, kind, aliases (a list), mentions, documents, discovered, affiliation;
/// - `(:Document {id})` with title, path, sha256, published, source, url;
/// - one relationship per relation, typed by the relation (`MEET`, `CO_MENTION`), keyed by polarity and
///   direction, with weight, evidence count, modality and top quote;
/// - `(:Evidence {document, start, end, relation})` with the quote, modality, cue and attribution,
///   linked `-[:IN]->` its document and `-[:ABOUT]->` both actors.
///
/// Every string is a single-quoted literal escaped by ``literal(_:)``; labels and types come from enums and
/// are backquoted. A hostile name (quotes, backslashes, newlines, `}`, `]`, `//`) stays inside its literal.
public struct CypherWriter: Sendable {
    public init() {}

    public func script(for graph: Graph) -> String {
        var out = "// relgraph export: \(graph.actors.count) actors, \(graph.relations.count) relations, "
        out += "\(graph.documents.count) documents. Run with cypher-shell -f FILE.\n"
        out += "CREATE CONSTRAINT relgraph_actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;\n"
        out += "CREATE CONSTRAINT relgraph_document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;\n"
        for d in graph.documents {
            out += "MERGE (d:Document {id: \(Self.literal(d.id))}) SET d.title = \(Self.literal(d.title)), "
            out += "d.path = \(Self.literal(d.path)), d.sha256 = \(Self.literal(d.sha256)), "
            out += "d.published = \(Self.literal(d.published)), d.source = \(Self.literal(d.source)), "
            out += "d.url = \(Self.literal(d.url));\n"
        }
        for a in graph.actors {
            out += "MERGE (a:Actor {id: \(Self.literal(a.id))}) SET a:`\(CSVWriter.label(a.kind))`, "
            out += "a.name = \(Self.literal(a.name)), a.kind = \(Self.literal(a.kind.rawValue)), "
            out += "a.aliases = [\(a.aliases.map(Self.literal).joined(separator: ", "))], "
            out += "a.mentions = \(a.mentions), a.documents = \(a.documents), a.discovered = \(a.discovered), "
            out += "a.affiliation = \(Self.literal(a.affiliation));\n"
        }
        for (i, r) in graph.relations.enumerated() {
            let id = ExportColumns.relationID(i)
            out += "MATCH (s:Actor {id: \(Self.literal(r.source))}), (t:Actor {id: \(Self.literal(r.target))}) "
            out +=
                "MERGE (s)-[r:`\(CSVWriter.relationshipType(r.type))` {polarity: \(Self.literal(r.polarity.rawValue)), "
            out += "directed: \(r.directed)}]->(t) SET r.relation = \(Self.literal(id)), "
            out += "r.weight = \(XMLEscape.double(r.weight)), r.evidence = \(r.evidence.count), "
            out += "r.documents = \(r.documentCount), r.modality = \(Self.literal(r.modality.rawValue)), "
            out += "r.cameo = \(Self.literal(r.type.cameoRoot)), r.top_quote = \(Self.literal(r.topQuote));\n"
            for e in r.evidence {
                out += "MATCH (s:Actor {id: \(Self.literal(r.source))}), (t:Actor {id: \(Self.literal(r.target))}), "
                out += "(d:Document {id: \(Self.literal(e.document))}) "
                out +=
                    "MERGE (e:Evidence {document: \(Self.literal(e.document)), `start`: \(e.start), `end`: \(e.end), "
                out += "relation: \(Self.literal(Self.relationKey(r)))}) SET e.sentence = \(e.sentence), "
                out += "e.text = \(Self.literal(e.text)), e.modality = \(Self.literal(e.modality.rawValue)), "
                out += "e.cue = \(Self.literal(e.cue)), e.attribution = \(Self.literal(e.attribution)) "
                out += "MERGE (e)-[:IN]->(d) MERGE (e)-[:ABOUT]->(s) MERGE (e)-[:ABOUT]->(t);\n"
            }
        }
        return out
    }

    /// The relation's identity as one string (`source|type|target|polarity|directed`), stable across exports.
    static func relationKey(_ r: Relation) -> String {
        [r.source, r.type.rawValue, r.target, r.polarity.rawValue, r.directed ? "directed" : "undirected"]
            .joined(separator: "|")
    }

    /// `s` as a Cypher string literal, or `null`.
    static func literal(_ s: String?) -> String {
        guard let s else { return "null" }
        return literal(s)
    }

    /// `s` as a single-quoted Cypher string literal: backslash, both quotes, and the control characters
    /// Cypher names (`\b \t \n \f \r`) are backslash-escaped; any other control or format character becomes
    /// `\uXXXX`. Everything else, including `}`, `]`, `//` and non-ASCII letters, is literal text.
    static func literal(_ s: String) -> String {
        var out = "'"
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\"": out += "\\\""
            case "\u{08}": out += "\\b"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\u{0C}": out += "\\f"
            case "\r": out += "\\r"
            default:
                let category = scalar.properties.generalCategory
                if category == .control || category == .format || category == .lineSeparator
                    || category == .paragraphSeparator || category == .surrogate
                {
                    out += scalar.utf16.map { "\\u" + hex4($0) }.joined()
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "'"
    }

    private static func hex4(_ v: UInt16) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - h.count) + h
    }
}
