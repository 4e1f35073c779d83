import ArgumentParser
import RelGraph
import RelGraphAnalysis

extension RelGraphCommand {
    struct Rank: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rank",
            abstract: "Rank actors by a centrality: degree, strength, pagerank, betweenness, closeness, ...",
            discussion: """
                GRAPH is a relgraph graph file or a CSV/TSV edge list (source,target[,weight[,type]]).
                Path measures (betweenness, closeness, harmonic) use distance = 1/weight: strong ties are short.
                Examples:
                  relgraph rank Graphs/seeds.json --by betweenness --top 10
                  relgraph rank edges.csv --by pagerank --directed --json
                """)

        @Argument(help: "A relgraph graph file or an edge list.")
        var graph: String

        @Option(help: "The measure: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")).")
        var by: CentralityMeasure = .degree

        @Option(help: "Show only the N best (default: 20 in tables, all in JSON).")
        var top: Int?

        @Option(help: "PageRank damping factor, in (0, 1).")
        var alpha: Double = 0.85

        @Option(help: "Betweenness from K sampled pivot sources instead of all (for large graphs).")
        var samples: Int?

        @Option(help: "Seed for sampling.")
        var seed: UInt64 = 0

        @Option(help: "Degree/strength of a directed graph: in, out or both.")
        var direction: Direction = .both

        @OptionGroup var projection: ProjectionOptions

        @Flag(help: "Print JSON [{id, name, score}] best first.")
        var json = false

        @Flag(help: .hidden) var timing = false

        func validate() throws {
            guard alpha > 0 && alpha < 1 else { throw ValidationError("--alpha must be between 0 and 1.") }
            if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
            if let samples, samples < 1 { throw ValidationError("--samples must be at least 1.") }
        }

        func run() throws {
            let start = ContinuousClock.now
            let input = try GraphInput(path: graph)
            let g = try input.project(projection)
            if timing { Terminal.error("load \(seconds(since: start))") }
            let computed = ContinuousClock.now
            let parameters = CentralityMeasure.Parameters(
                alpha: alpha, samples: samples, seed: seed, direction: direction, weighted: !projection.unweighted)
            let scores = by.scores(in: g, parameters: parameters)
            if timing { Terminal.error("\(by.rawValue) \(seconds(since: computed))") }
            let ranking = scores.ranking(ids: g.ids).prefix(top ?? (json ? Int.max : 20))
            if json {
                struct Row: Encodable {
                    var id, name: String
                    var score: Double
                }
                try JSONOutput.print(ranking.map { Row(id: g.ids[$0], name: g.names[$0], score: scores.values[$0]) })
            } else {
                print("\(by.rawValue) over \(g.nodeCount) actors, \(g.edgeCount) edges:")
                for (rank, v) in ranking.enumerated() {
                    print("  \(rank + 1). \(g.names[v])  \(formatted(scores.values[v]))")
                }
            }
        }
    }
}
