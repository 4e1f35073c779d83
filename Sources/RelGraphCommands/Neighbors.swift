import ArgumentParser
import Foundation
import RelGraph
import RelGraphAnalysis

extension RelGraphCommand {
    struct Neighbors: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the actors within N hops of an actor, with weights and relation types.",
            discussion: """
                ACTOR is matched by id, name or alias, ignoring case, diacritics and hyphens.
                Example:
                  relgraph neighbors Graphs/seeds.json "kim jong-un" --depth 2
                """)

        @Argument(help: "A graph file written by 'relgraph build'.")
        var graph: String

        @Argument(help: "The actor at the centre.")
        var actor: String

        @Option(help: "How many hops to follow.")
        var depth: Int = 1

        @Flag(help: "Print JSON instead of a table.")
        var json = false

        func validate() throws {
            guard depth >= 1 else { throw ValidationError("--depth must be at least 1.") }
        }

        func run() throws {
            let g = try GraphFile.read(graph)
            let actor = try ActorLookup(g.actors).find(self.actor)
            let projected = Projection().apply(to: g)
            guard let center = projected.index(of: actor.id) else { return }
            let rows = EgoNetwork.neighbors(in: projected, of: center, depth: depth)
            if json {
                struct Row: Encodable {
                    var id, name: String
                    var depth: Int
                    var weight: Double
                    var types: [String]
                    var evidence: Int
                }
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
                let out = rows.map { Row(id: $0.id, name: $0.name, depth: $0.depth, weight: $0.weight, types: $0.types, evidence: $0.evidence) }
                print(String(decoding: try encoder.encode(out), as: UTF8.self))
            } else {
                print("Neighbours of \(actor.name) (depth \(depth)):")
                for r in rows {
                    print("  \(r.depth)  \(r.name)  weight \(r.weight)  \(r.types.joined(separator: ","))  evidence \(r.evidence)")
                }
            }
        }
    }
}
