import ArgumentParser
import RelGraph
import RelGraphAnalysis

extension RelGraphCommand {
    struct Balance: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "balance",
            abstract: "Count balanced and unbalanced triads of cooperation (+) and conflict (−).",
            discussion: """
                A triangle is balanced when the product of its signs is positive ("my friend's enemy is my enemy").
                For an edge list, a negative weight or a type '-', 'negative' or 'conflictual' marks conflict.
                Example:
                  relgraph balance Graphs/seeds.json
                """)

        @Argument(help: "A relgraph graph file or an edge list.")
        var graph: String

        @OptionGroup var projection: ProjectionOptions

        @Option(help: "List at most N unbalanced triads in the table.")
        var top: Int = 20

        @Flag(help: "Print JSON {balanced, unbalanced, unbalanced_triads: [{actors, signs}], tension}.")
        var json = false

        func run() throws {
            let signed = try GraphInput(path: graph).signed(projection)
            let census = TriadBalance.census(of: signed)
            let g = signed.graph
            if json {
                struct Triad: Encodable {
                    var actors: [String]
                    var signs: [Int]
                }
                struct Tension: Encodable {
                    var id, name: String
                    var triads: Int
                }
                struct Output: Encodable {
                    var balanced, unbalanced: Int
                    var by_negative_edges: [Int]
                    var unbalanced_triads: [Triad]
                    var tension: [Tension]
                }
                try JSONOutput.print(
                    Output(
                        balanced: census.balanced, unbalanced: census.unbalanced, by_negative_edges: census.byNegatives,
                        unbalanced_triads: census.unbalancedTriads.map {
                            Triad(actors: $0.nodes.map { g.ids[$0] }, signs: $0.signs)
                        },
                        tension: census.tension.map {
                            Tension(id: g.ids[$0.node], name: g.names[$0.node], triads: $0.triads)
                        }))
            } else {
                let total = census.balanced + census.unbalanced
                print("\(total) signed triads: \(census.balanced) balanced, \(census.unbalanced) unbalanced")
                print("  by negative edges (0,1,2,3): \(census.byNegatives.map(String.init).joined(separator: ", "))")
                for t in census.unbalancedTriads.prefix(top) {
                    let pairs = [(0, 1), (0, 2), (1, 2)].enumerated().map { i, p in
                        "\(g.names[t.nodes[p.0]]) \(t.signs[i] > 0 ? "+" : "−") \(g.names[t.nodes[p.1]])"
                    }
                    print("  unbalanced: " + pairs.joined(separator: "; "))
                }
            }
        }
    }
}
