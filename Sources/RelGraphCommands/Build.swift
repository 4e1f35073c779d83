import ArgumentParser
import RelGraph
import RelGraphExtraction

extension RelGraphCommand {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract actors and relations from articles into a graph file.",
            discussion: """
                INPUT are article files (.txt, .md) or folders, searched recursively.
                Example:
                  relgraph build seeds/ -o Graphs/seeds.json
                """)

        @Argument(help: "Article files or folders.")
        var inputs: [String]

        @Option(name: .shortAndLong, help: "The graph file to write (JSON, written atomically).")
        var output: String

        @Option(name: .long, help: "A YAML lexicon of extra actors; may be repeated.")
        var lexicon: [String] = []

        func run() throws {
            var lex = try Lexicon.builtIn()
            for path in lexicon { lex = lex.merged(with: try Lexicon.load(path: path)) }
            let files = try ArticleReader.files(in: inputs)
            let extractor = Extractor(lexicon: lex)
            var graphs: [Graph] = []
            for file in files { graphs += try ArticleReader.read(path: file).map(extractor.extract) }
            try GraphFile.write(GraphMerger.merge(graphs), to: output)
        }
    }
}
