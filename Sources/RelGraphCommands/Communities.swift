import ArgumentParser
import RelGraph
import RelGraphAnalysis

extension RelGraphCommand {
    struct Communities: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "communities",
            abstract: "Find blocs of actors: Leiden communities (connected, seeded) and their modularity.",
            discussion: """
                Directed graphs are read as undirected. The same --seed gives the same communities.
                Example:
                  relgraph communities Graphs/seeds.json --resolution 1.2
                """)

        enum Method: String, ExpressibleByArgument, CaseIterable {
            case leiden, louvain
        }

        @Argument(help: "A relgraph graph file or an edge list.")
        var graph: String

        @Option(help: "Resolution γ > 0: higher gives more, smaller communities.")
        var resolution: Double = 1

        @Option(help: "leiden (Louvain + refinement, connected communities) or louvain.")
        var method: Method = .leiden

        @Option(help: "Seed for the order in which nodes are visited.")
        var seed: UInt64 = 0

        @OptionGroup var projection: ProjectionOptions

        @Flag(help: "Print JSON {modularity, communities: [[id, ...], ...]}.")
        var json = false

        @Flag(help: .hidden) var timing = false

        func validate() throws {
            guard resolution > 0 else { throw ValidationError("--resolution must be greater than 0.") }
        }

        func run() throws {
            let start = ContinuousClock.now
            let g = try GraphInput(path: graph).project(projection)
            if timing { Terminal.error("load \(seconds(since: start))") }
            let computed = ContinuousClock.now
            var rng = SplitMix64(seed: seed)
            let p = Leiden.partition(of: g, resolution: resolution, refine: method == .leiden, using: &rng)
            if timing { Terminal.error("\(method.rawValue) \(seconds(since: computed)) modularity \(p.modularity)") }
            if json {
                struct Output: Encodable {
                    var modularity: Double
                    var communities: [[String]]
                    var names: [[String]]
                }
                try JSONOutput.print(
                    Output(
                        modularity: p.modularity, communities: p.communities.map { $0.map { g.ids[$0] } },
                        names: p.communities.map { $0.map { g.names[$0] } }))
            } else {
                print("\(p.communities.count) communities, modularity \(formatted(p.modularity)):")
                for (i, c) in p.communities.enumerated() {
                    print("  \(i + 1). (\(c.count)) " + c.map { g.names[$0] }.joined(separator: ", "))
                }
            }
        }
    }
}
