import ArgumentParser
import Foundation
import RelGraph
import RelGraphAnalysis

/// Which relations an analysis sees: the options every GRAPH-taking analysis command shares.
struct ProjectionOptions: ParsableArguments {
    @Flag(help: "Keep edge directions (default: undirected). For an edge list, read lines as arcs.")
    var directed = false

    @Flag(help: "Treat every edge as weight 1.")
    var unweighted = false

    @Flag(help: "Count co-mentions as edges (graph files only).")
    var includeCoMentions = false

    @Option(help: "Keep only cooperative or conflictual relations (graph files only).")
    var polarity: Polarity?

    @Option(help: "Drop merged edges lighter than this.")
    var minWeight: Double = 0

    @Option(help: "Keep evidence from documents published on or after YYYY-MM-DD (graph files only).")
    var since: String?

    @Option(help: "Keep evidence from documents published on or before YYYY-MM-DD (graph files only).")
    var until: String?

    func validate() throws {
        for (flag, date) in [("--since", since), ("--until", until)] {
            if let date, date.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) == nil {
                throw ValidationError("\(flag) takes a date YYYY-MM-DD, not '\(date)'.")
            }
        }
        guard minWeight >= 0 else { throw ValidationError("--min-weight must be 0 or more.") }
    }

    var projection: Projection {
        Projection(
            directed: directed, includeCoMentions: includeCoMentions, polarity: polarity, minWeight: minWeight,
            since: since, until: until, unweighted: unweighted)
    }
}

extension Polarity: ExpressibleByArgument {}
extension Direction: ExpressibleByArgument {}
extension CentralityMeasure: ExpressibleByArgument {}

/// A GRAPH argument read: a relgraph graph file or a CSV/TSV edge list.
struct GraphInput {
    enum Source {
        case graphFile(Graph)
        case edgeList(EdgeList)
    }

    let source: Source
    let path: String

    /// Reads `path`: a `.json` file, or any file starting with `{`, is a relgraph graph; anything else an edge
    /// list.
    init(path: String) throws {
        self.path = path
        let isJSON: Bool
        if path.lowercased().hasSuffix(".json") {
            isJSON = true
        } else if let handle = FileHandle(forReadingAtPath: path) {
            defer { try? handle.close() }
            let head = (try? handle.read(upToCount: 256)) ?? Data()
            isJSON = head.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "{")
        } else {
            isJSON = false
        }
        source = isJSON ? .graphFile(try GraphFile.read(path)) : .edgeList(try EdgeList.read(path))
    }

    /// The analysis graph under `options`.
    func project(_ options: ProjectionOptions) throws -> AnalysisGraph {
        switch source {
        case .graphFile(let g): options.projection.apply(to: g)
        case .edgeList(let list): try options.projection.apply(to: list)
        }
    }

    /// The signed (cooperative +, conflictual −) graph for balance.
    func signed(_ options: ProjectionOptions) throws -> SignedGraph {
        switch source {
        case .graphFile(let g): return SignedGraph(g, projection: options.projection)
        case .edgeList(let list):
            try options.projection.checkApplicableToEdgeLists()
            return SignedGraph(list, minWeight: options.minWeight)
        }
    }

    /// The actor `query` names, by id, name or alias (edge lists: by name).
    func actor(_ query: String) throws -> Actor {
        switch source {
        case .graphFile(let g): try ActorLookup(g.actors).find(query)
        case .edgeList(let list):
            try ActorLookup(list.names.map { Actor(id: $0, name: $0, kind: .organization) }).find(query)
        }
    }

    /// `actor`'s node in `graph`, or an error naming why it is absent from the projection.
    func node(of actor: Actor, in graph: AnalysisGraph) throws -> Int {
        guard let v = graph.index(of: actor.id) else {
            throw ValidationError("\(actor.name) is a \(actor.kind.rawValue), not an actor node of the analysis graph.")
        }
        return v
    }
}

/// Writes results as JSON (sorted keys, pretty) to stdout.
enum JSONOutput {
    static func print(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        Swift.print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}

/// A number for a table: up to 6 significant digits.
func formatted(_ x: Double) -> String { String(format: "%.6g", x) }

/// Elapsed seconds since `start`, for the hidden `--timing` flag of the benchmark.
func seconds(since start: ContinuousClock.Instant) -> String {
    let d = ContinuousClock.now - start
    return String(format: "%.4f", Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
}
