import ArgumentParser
import Foundation
import RelGraph

extension RelGraphCommand {
    struct Evidence: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "evidence",
            abstract: "Show every sentence behind an actor's relations (or one pair's), strongest first.",
            discussion: """
                Relations are grouped and ordered by weight; each sentence is quoted exactly as in the \
                article, with its document, date, position (UTF-8 bytes), modality, cue and attribution. \
                On a terminal the cue is shown in bold (never when NO_COLOR is set or output is piped).
                ACTOR and OTHER match ids, names and aliases ignoring case, diacritics, hyphens and \
                transliteration (Zelensky = Zelenskyy).
                Examples (on a build of seeds/):
                  relgraph evidence Graphs/seeds.json "kim jong un"
                  relgraph evidence Graphs/seeds.json Russia "North Korea"
                  relgraph evidence Graphs/seeds.json Putin --json | jq '.relations[0].evidence[0].text'
                """)

        @Argument(help: "A graph file written by 'relgraph build'.")
        var graph: String

        @Argument(help: "The actor whose relations to show.")
        var actor: String

        @Argument(help: "Only relations between ACTOR and this actor.")
        var other: String?

        @Flag(help: "Print the report as JSON (every field, nothing abbreviated).")
        var json = false

        func run() throws {
            let g = try GraphFile.read(graph)
            let lookup = ActorLookup(g.actors)
            let query = EvidenceQuery(actor: try lookup.find(actor).id, other: try other.map { try lookup.find($0).id })
            let report = query.run(on: g)
            if json {
                try Terminal.printJSON(report)
            } else {
                print(EvidenceText(color: Terminal.colorEnabled).render(report), terminator: "")
            }
        }
    }
}
