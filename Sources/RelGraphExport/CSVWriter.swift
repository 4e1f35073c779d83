import RelGraph

/// Which header row the CSV files carry.
public enum CSVDialect: String, CaseIterable, Sendable {
    /// Plain column names (`id`, `source`, `target`, ...): spreadsheets, pandas, Neo4j `LOAD CSV WITH HEADERS`.
    case plain
    /// `neo4j-admin database import full` headers: `id:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE` and typed
    /// properties (`mentions:int`, `aliases:string[]` split on `;`, `weight:double`).
    case neo4jAdmin = "neo4j-admin"
}

/// The three CSV tables of an export.
public struct CSVTables: Sendable, Hashable {
    public var nodes: String
    public var edges: String
    public var evidence: String
}

/// Writes actors, relations and evidence as RFC 4180 CSV: comma-separated, CRLF line ends, a field quoted
/// when it holds a comma, quote, CR or LF, quotes doubled inside. Text is written unchanged (quotes with
/// line breaks stay multi-line fields: give `neo4j-admin` the `--multiline-fields=true` option), except
/// for the characters XML 1.0 cannot carry (NUL and the other C0 controls but tab, LF and CR; U+FFFE,
/// U+FFFF), which become U+FFFD as in GraphML and GEXF.
///
/// `evidence.csv` has one row per evidence with the `relation` id of its row in `edges.csv`, so nothing of
/// the graph file's provenance is lost.
public struct CSVWriter: Sendable {
    public var dialect: CSVDialect

    public init(dialect: CSVDialect = .plain) { self.dialect = dialect }

    public func tables(for graph: Graph) -> CSVTables {
        let admin = dialect == .neo4jAdmin
        func header(_ c: ExportColumns.Column<some Any>) -> String {
            guard admin, c.kind != .string || c.name == "aliases" else { return c.name }
            return c.name == "aliases" ? "aliases:string[]" : "\(c.name):\(c.kind.neo4j)"
        }
        var nodes = [[admin ? "id:ID" : "id"] + ExportColumns.actor.map(header) + (admin ? [":LABEL"] : [])]
        for a in graph.actors {
            var row = [a.id] + ExportColumns.actor.map { $0.value(a)?.lexical ?? "" }
            if admin { row.append("Actor;" + Self.label(a.kind)) }
            nodes.append(row)
        }
        let relationColumns = ExportColumns.relation.filter { !admin || $0.name != "type" }
        var edges = [
            (admin ? [":START_ID", ":END_ID", ":TYPE", "relation"] : ["id", "source", "target"])
                + relationColumns.map(header)
        ]
        var evidence = [
            [
                "relation", "source", "target", "type", "document", "title", "published", "path", "sentence", "start",
                "end", "modality", "cue", "attribution", "text",
            ]
        ]
        let documents = Dictionary(graph.documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (i, r) in graph.relations.enumerated() {
            let id = ExportColumns.relationID(i)
            let lead = admin ? [r.source, r.target, Self.relationshipType(r.type), id] : [id, r.source, r.target]
            edges.append(lead + relationColumns.map { $0.value(r)?.lexical ?? "" })
            for e in r.evidence {
                let doc = documents[e.document]
                evidence.append([
                    id, r.source, r.target, r.type.rawValue, e.document, doc?.title ?? "", doc?.published ?? "",
                    doc?.path ?? "", String(e.sentence), String(e.start), String(e.end), e.modality.rawValue, e.cue,
                    e.attribution ?? "", e.text,
                ])
            }
        }
        return CSVTables(nodes: Self.csv(nodes), edges: Self.csv(edges), evidence: Self.csv(evidence))
    }

    /// A Neo4j label for a kind: `Person`, `State`, `MilitaryUnit`.
    static func label(_ kind: ActorKind) -> String {
        kind.rawValue.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// A Neo4j relationship type for a relation type: `MEET`, `CO_MENTION`.
    static func relationshipType(_ type: RelationType) -> String {
        type.rawValue.uppercased().replacingOccurrences(of: "-", with: "_")
    }

    /// Rows as RFC 4180 text.
    static func csv(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field, quoted when it must be; characters XML 1.0 cannot carry (NUL, other C0 controls but tab,
    /// LF and CR, U+FFFE, U+FFFF) become U+FFFD, as in the GraphML and GEXF exports.
    static func field(_ raw: String) -> String {
        let s = XMLEscape.replacingNonXMLChars(raw)
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return s
        }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
