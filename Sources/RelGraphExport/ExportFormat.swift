import Foundation
import RelGraph
import RelGraphRender

/// The formats `relgraph export` writes, for the tools analysts already use.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// GraphML 1.0 with typed keys (Gephi, Cytoscape, yEd, NetworkX, igraph).
    case graphml
    /// GEXF 1.3 with typed attributes (Gephi).
    case gexf
    /// nodes.csv, edges.csv and evidence.csv (spreadsheets, Neo4j `LOAD CSV`, `neo4j-admin database import`).
    case csv
    /// Graphviz DOT, as `relgraph render` draws it.
    case dot
    /// A Cypher script of `MERGE` statements (Neo4j, Memgraph).
    case cypher
    /// The relgraph graph file itself (format v1).
    case json

    /// The file extension a single-file export usually carries.
    public var fileExtension: String {
        switch self {
        case .graphml: "graphml"
        case .gexf: "gexf"
        case .csv: "csv"
        case .dot: "dot"
        case .cypher: "cypher"
        case .json: "json"
        }
    }
}

/// One file of an export: a name suffix (empty for single-file formats) and its bytes.
public struct ExportFile: Sendable, Hashable {
    /// For CSV: `nodes.csv`, `edges.csv`, `evidence.csv`; empty for formats that write one file.
    public var name: String
    public var data: Data

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}

/// Turns a graph into the files of one export format. Pure: nothing is written here.
public struct Exporter: Sendable {
    public var format: ExportFormat
    /// For CSV: the header dialect.
    public var csvDialect: CSVDialect

    public init(format: ExportFormat, csvDialect: CSVDialect = .plain) {
        self.format = format
        self.csvDialect = csvDialect
    }

    /// The export's files, in a fixed order.
    /// - Throws: Only for ``ExportFormat/dot``, errors of ``Renderer/prepare(_:)`` (none for a valid graph).
    public func files(for graph: Graph) throws -> [ExportFile] {
        let g = graph.canonicalized()
        switch format {
        case .graphml: return [ExportFile(name: "", data: Data(GraphMLWriter().xml(for: g).utf8))]
        case .gexf: return [ExportFile(name: "", data: Data(GEXFWriter().xml(for: g).utf8))]
        case .csv:
            let tables = CSVWriter(dialect: csvDialect).tables(for: g)
            return [
                ExportFile(name: "nodes.csv", data: Data(tables.nodes.utf8)),
                ExportFile(name: "edges.csv", data: Data(tables.edges.utf8)),
                ExportFile(name: "evidence.csv", data: Data(tables.evidence.utf8)),
            ]
        case .dot:
            // Every relation and co-mention as its own edge, in relgraph's style, without a layout decision
            // the reader's tool would override anyway.
            let renderer = Renderer(
                view: RenderView(includeCoMentions: true, multi: true), drawing: DrawingOptions(format: .dot))
            return [ExportFile(name: "", data: Data(try renderer.prepare(g).dot.utf8))]
        case .cypher: return [ExportFile(name: "", data: Data(CypherWriter().script(for: g).utf8))]
        case .json: return [ExportFile(name: "", data: GraphFile.encode(g))]
        }
    }

    /// Where each of `files` goes for the `-o` argument `output`.
    ///
    /// A single file goes to `output` itself. The CSV files go into `output` when it is an existing folder
    /// or ends with `/` (`out/` -> `out/nodes.csv`), and otherwise next to it with `output` as a prefix
    /// (`out/seeds` -> `out/seeds.nodes.csv`).
    /// - Parameter isFolder: whether `output` names an existing folder.
    public static func destinations(of files: [ExportFile], output: String, isFolder: Bool) -> [String] {
        files.map { file in
            guard !file.name.isEmpty else { return output }
            if isFolder || output.hasSuffix("/") {
                return (output.hasSuffix("/") ? output : output + "/") + file.name
            }
            return output + "." + file.name
        }
    }
}
