import ArgumentParser
import RelGraph

extension ActorKind: ExpressibleByArgument {}

extension RelGraphCommand {
    struct Actors: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "actors",
            abstract: "List the actors of a graph with kind, mentions, documents and aliases.",
            discussion: """
                Most mentioned first. Kinds: \(ActorKind.allCases.map(\.rawValue).joined(separator: ", ")).
                Examples (on a build of seeds/):
                  relgraph actors Graphs/seeds.json
                  relgraph actors Graphs/seeds.json --kind person --json
                """)

        @Argument(help: "A graph file written by 'relgraph build'.")
        var graph: String

        @Option(help: "Only actors of this kind.")
        var kind: ActorKind?

        @Flag(help: "Print JSON (the actor records of the graph file).")
        var json = false

        func run() throws {
            let actors = try GraphFile.read(graph).actorsByMentions(kind: kind)
            if json {
                try Terminal.printJSON(actors)
            } else {
                print(
                    Table.render(
                        header: ["ID", "NAME", "KIND", "MENTIONS", "DOCS", "ALIASES"],
                        rows: actors.map {
                            [
                                $0.id, $0.name, $0.kind.rawValue, String($0.mentions), String($0.documents),
                                $0.aliases.joined(separator: "; "),
                            ]
                        }), terminator: "")
            }
        }
    }
}
