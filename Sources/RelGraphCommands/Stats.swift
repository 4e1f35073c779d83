import ArgumentParser
import RelGraph
import RelGraphAnalysis

extension RelGraphCommand {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Summarise a graph: size, density, degrees, components.",
            discussion: """
                Example:
                  relgraph stats Graphs/seeds.json --include-co-mentions
                """)

        @Argument(help: "A relgraph graph file or an edge list.")
        var graph: String

        @OptionGroup var projection: ProjectionOptions

        @Flag(help: "Print JSON.")
        var json = false

        func run() throws {
            let s = GraphStats(of: try GraphInput(path: graph).project(projection))
            if json {
                struct Output: Encodable {
                    var nodes, edges: Int
                    var directed: Bool
                    var density, total_weight, average_degree: Double
                    var max_degree, isolated, self_loops, weak_components, largest_weak_component: Int
                    var strong_components, largest_strong_component: Int
                }
                try JSONOutput.print(
                    Output(
                        nodes: s.nodes, edges: s.edges, directed: s.directed, density: s.density,
                        total_weight: s.totalWeight, average_degree: s.averageDegree, max_degree: s.maxDegree,
                        isolated: s.isolated, self_loops: s.selfLoops, weak_components: s.weakComponents,
                        largest_weak_component: s.largestWeakComponent, strong_components: s.strongComponents,
                        largest_strong_component: s.largestStrongComponent))
            } else {
                print("actors \(s.nodes), edges \(s.edges) (\(s.directed ? "directed" : "undirected"))")
                print("density \(formatted(s.density)), total weight \(formatted(s.totalWeight))")
                print("degree: average \(formatted(s.averageDegree)), max \(s.maxDegree); isolated \(s.isolated)")
                print("components: \(s.weakComponents) (largest \(s.largestWeakComponent))")
                if s.directed {
                    print("strong components: \(s.strongComponents) (largest \(s.largestStrongComponent))")
                }
            }
        }
    }
}
