import ArgumentParser
import RelGraph
import RelGraphAnalysis

extension RelGraphCommand {
    struct Neighbors: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "neighbors",
            abstract: "List the actors within N hops of an actor, with weights and relation types.",
            discussion: """
                ACTOR is matched by id, name or alias, ignoring case, diacritics and hyphens.
                Example:
                  relgraph neighbors Graphs/seeds.json "kim jong-un" --depth 2
                  relgraph neighbors Graphs/seeds.json "kim jong-un" --directed --direction out
                """)

        @Argument(help: "A relgraph graph file or an edge list.")
        var graph: String

        @Argument(help: "The actor at the centre.")
        var actor: String

        @Option(help: "How many hops to follow.")
        var depth: Int = 1

        @Option(help: "With --directed: follow out-edges, in-edges or both.")
        var direction: Direction = .both

        @OptionGroup var projection: ProjectionOptions

        @Flag(help: "Print JSON [{id, name, depth, weight, types, evidence}].")
        var json = false

        func validate() throws {
            guard depth >= 1 else { throw ValidationError("--depth must be at least 1.") }
        }

        func run() throws {
            let input = try GraphInput(path: graph)
            let actor = try input.actor(self.actor)
            let g = try input.project(projection)
            let rows = EgoNetwork.neighbors(
                in: g, of: try input.node(of: actor, in: g), depth: depth, direction: direction)
            if json {
                struct Row: Encodable {
                    var id, name: String
                    var depth: Int
                    var weight: Double
                    var types: [String]
                    var evidence: Int
                    var via: String
                }
                try JSONOutput.print(
                    rows.map {
                        Row(
                            id: $0.id, name: $0.name, depth: $0.depth, weight: $0.weight, types: $0.types,
                            evidence: $0.evidence, via: g.ids[$0.parent])
                    })
            } else {
                print("Neighbours of \(actor.name) (depth \(depth)):")
                for r in rows {
                    let types = r.types.joined(separator: ",")
                    print("  \(r.depth)  \(r.name)  weight \(formatted(r.weight))  \(types)  evidence \(r.evidence)")
                }
            }
        }
    }
}
