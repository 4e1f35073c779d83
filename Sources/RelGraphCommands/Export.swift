import ArgumentParser
import Foundation
import RelGraph
import RelGraphExport

extension ExportFormat: ExpressibleByArgument {}
extension CSVDialect: ExpressibleByArgument {}

extension RelGraphCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the graph for Gephi, Cytoscape, Neo4j, Graphviz or a spreadsheet.",
            discussion: """
                Formats:
                  graphml  GraphML 1.0 with typed attributes (Gephi, Cytoscape, yEd, NetworkX)
                  gexf     GEXF 1.3 with typed attributes (Gephi)
                  csv      nodes.csv, edges.csv, evidence.csv (spreadsheets, Neo4j LOAD CSV;
                           --csv-headers neo4j-admin for 'neo4j-admin database import full')
                  cypher   MERGE statements for cypher-shell (every string escaped)
                  dot      Graphviz DOT, as 'relgraph render' draws it
                  json     the relgraph graph file
                Every node carries kind, aliases, mentions and documents; every edge its type, polarity, \
                weight, evidence count and top quote. Files are written atomically.
                For csv, PATH is a folder when it exists or ends with '/' (out/ -> out/nodes.csv, \
                out/edges.csv, out/evidence.csv), otherwise a prefix (out/seeds -> out/seeds.nodes.csv ...).
                Examples (on a build of seeds/):
                  relgraph export Graphs/seeds.json --format graphml -o Graphs/seeds.graphml
                  relgraph export Graphs/seeds.json --format csv -o Graphs/csv/
                  relgraph export Graphs/seeds.json --format csv --csv-headers neo4j-admin -o import/seeds
                  relgraph export Graphs/seeds.json --format cypher -o seeds.cypher && cypher-shell -f seeds.cypher
                """)

        @Argument(help: "A graph file written by 'relgraph build'.")
        var graph: String

        @Option(help: "The format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
        var format: ExportFormat

        @Option(name: .shortAndLong, help: "The file to write; for csv a folder or a prefix (see above).")
        var output: String

        @Option(help: "CSV header dialect: plain or neo4j-admin.")
        var csvHeaders: CSVDialect = .plain

        @Flag(help: "Do not list the files written on stderr.")
        var quiet = false

        func validate() throws {
            if csvHeaders != .plain && format != .csv {
                throw ValidationError("--csv-headers applies to --format csv only.")
            }
        }

        func run() throws {
            let g = try GraphFile.read(graph)
            let files = try Exporter(format: format, csvDialect: csvHeaders).files(for: g)
            if format == .csv && output.hasSuffix("/") {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            }
            var isDir: ObjCBool = false
            let isFolder = FileManager.default.fileExists(atPath: output, isDirectory: &isDir) && isDir.boolValue
            let paths = Exporter.destinations(of: files, output: output, isFolder: isFolder)
            for (file, path) in zip(files, paths) {
                // Made again by this one command from the graph file: not waiting for the disk.
                try AtomicFile.write(file.data, to: path, durability: .renamed)
                Terminal.note("wrote \(path)", quiet: quiet)
            }
        }
    }
}
