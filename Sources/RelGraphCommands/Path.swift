import ArgumentParser
import RelGraph
import RelGraphAnalysis

extension RelGraphCommand {
    struct Path: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "path",
            abstract: "Show how two actors are connected: the strongest-ties path, or the fewest hops.",
            discussion: """
                The strongest-ties path minimises the sum of 1/weight over its edges.
                Example:
                  relgraph path Graphs/seeds.json "Kim Jong-un" "Zelensky"
                """)

        @Argument(help: "A relgraph graph file or an edge list.")
        var graph: String

        @Argument(help: "The actor to start from.")
        var from: String

        @Argument(help: "The actor to reach.")
        var to: String

        @Flag(help: "Minimise the number of hops instead of 1/weight.")
        var fewestHops = false

        @OptionGroup var projection: ProjectionOptions

        @Flag(help: "Print JSON {actors, cost, hops: [{source, target, types, evidence}]}.")
        var json = false

        func run() throws {
            let input = try GraphInput(path: graph)
            let (a, b) = (try input.actor(from), try input.actor(to))
            let g = try input.project(projection)
            let (s, t) = (try input.node(of: a, in: g), try input.node(of: b, in: g))
            let found =
                fewestHops ? FewestHopsPath.path(in: g, from: s, to: t) : StrongestPath.path(in: g, from: s, to: t)
            guard let path = found else {
                Terminal.error("No path from \(a.name) to \(b.name) in this projection.")
                throw ExitCode(1)
            }
            if json {
                struct Hop: Encodable {
                    var source, target: String
                    var weight: Double
                    var types: [String]
                    var evidence: Int
                }
                struct Output: Encodable {
                    var actors: [String]
                    var cost: Double
                    var hops: [Hop]
                }
                let hops = path.hops.map {
                    Hop(
                        source: g.ids[$0.source], target: g.ids[$0.target], weight: $0.weight, types: $0.types,
                        evidence: $0.evidence)
                }
                try JSONOutput.print(Output(actors: path.nodes.map { g.ids[$0] }, cost: path.cost, hops: hops))
            } else {
                print("\(a.name) → \(b.name): \(path.hops.count) hops, cost \(formatted(path.cost))")
                for h in path.hops {
                    let types = h.types.joined(separator: ",")
                    print(
                        "  \(g.names[h.source]) — \(g.names[h.target])  weight \(formatted(h.weight))  \(types)  evidence \(h.evidence)"
                    )
                }
            }
        }
    }
}
