import ArgumentParser
import RelGraph
import RelGraphAnalysis

extension RelGraphCommand {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stats",
            abstract: "Summarise a graph: size, density, degrees, components, the documents that say most.",
            discussion: """
                For a graph file, also the documents stating the most typed relations (--documents N).
                Example:
                  relgraph stats Graphs/seeds.json --include-co-mentions
                """)

        @Argument(help: "A relgraph graph file or an edge list.")
        var graph: String

        @OptionGroup var projection: ProjectionOptions

        @Option(help: "How many of the documents stating the most relations to list (graph files).")
        var documents = 5

        @Flag(help: "Print JSON.")
        var json = false

        func run() throws {
            let input = try GraphInput(path: graph)
            let s = GraphStats(of: try input.project(projection))
            var top: [DocumentContribution] = []
            if case .graphFile(let g) = input.source { top = Array(g.documentsByRelations().prefix(max(0, documents))) }
            if json {
                struct Output: Encodable {
                    var nodes, edges: Int
                    var directed: Bool
                    var density, total_weight, average_degree: Double
                    var max_degree, isolated, self_loops, weak_components, largest_weak_component: Int
                    var strong_components, largest_strong_component: Int
                    var documents: [Doc]
                }
                struct Doc: Encodable {
                    var id, title, path: String
                    var relations, evidence: Int
                }
                try JSONOutput.print(
                    Output(
                        nodes: s.nodes, edges: s.edges, directed: s.directed, density: s.density,
                        total_weight: s.totalWeight, average_degree: s.averageDegree, max_degree: s.maxDegree,
                        isolated: s.isolated, self_loops: s.selfLoops, weak_components: s.weakComponents,
                        largest_weak_component: s.largestWeakComponent, strong_components: s.strongComponents,
                        largest_strong_component: s.largestStrongComponent,
                        documents: top.map {
                            Doc(
                                id: $0.document.id, title: $0.document.title, path: $0.document.path,
                                relations: $0.relations, evidence: $0.evidence)
                        }))
            } else {
                print("actors \(s.nodes), edges \(s.edges) (\(s.directed ? "directed" : "undirected"))")
                print("density \(formatted(s.density)), total weight \(formatted(s.totalWeight))")
                print("degree: average \(formatted(s.averageDegree)), max \(s.maxDegree); isolated \(s.isolated)")
                print("components: \(s.weakComponents) (largest \(s.largestWeakComponent))")
                if s.directed {
                    print("strong components: \(s.strongComponents) (largest \(s.largestStrongComponent))")
                }
                if !top.isEmpty { print("documents stating the most relations:") }
                for d in top {
                    print(
                        "  \(d.relations) relations, \(d.evidence) sentences  \(d.document.title)  (\(d.document.path))"
                    )
                }
            }
        }
    }
}
