import ArgumentParser
import RelGraph

extension RelGraphCommand {
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Merge graph files: actors by id, documents by content hash, evidence deduplicated.",
            discussion: """
                Merging is commutative and idempotent: merging a graph with itself gives the same graph.
                A document present in several inputs counts once. Example:
                  relgraph merge Graphs/week1.json Graphs/week2.json -o Graphs/all.json
                """)

        @Argument(help: "Two or more graph files.")
        var graphs: [String]

        @Option(name: .shortAndLong, help: "The merged graph file to write (atomically; may be one of the inputs).")
        var output: String

        @Flag(help: "Say nothing on stderr.")
        var quiet = false

        func validate() throws {
            guard !graphs.isEmpty else { throw ValidationError("Give at least one graph file to merge.") }
        }

        func run() throws {
            let merged = GraphMerger.merge(try graphs.map { try GraphFile.read($0) })
            try GraphFile.write(merged, to: output)
            Terminal.note(
                "wrote \(output): \(merged.documents.count) documents, \(merged.actors.count) actors, "
                    + "\(merged.relations.count) relations", quiet: quiet)
        }
    }
}
