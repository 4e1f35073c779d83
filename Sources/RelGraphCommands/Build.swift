import ArgumentParser
import RelGraph
import RelGraphExtraction

extension RelGraphCommand {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extract actors and relations from articles into a graph file.",
            discussion: """
                INPUT are article files (.txt, .md, .html, .jsonl) or folders, searched recursively.
                Example:
                  relgraph build seeds/ -o Graphs/seeds.json
                """)

        @Argument(help: "Article files or folders.")
        var inputs: [String]

        @Option(name: .shortAndLong, help: "The graph file to write (JSON, written atomically).")
        var output: String

        @Option(name: .long, help: "A YAML lexicon of extra actors; may be repeated.")
        var lexicon: [String] = []

        @Option(name: .long, help: "A YAML cue lexicon of extra relation cues; may be repeated.")
        var cues: [String] = []

        func run() throws {
            var lex = try Lexicon.builtIn()
            for path in lexicon { lex = lex.merged(with: try Lexicon.load(path: path)) }
            let files = try ArticleReader.files(in: inputs)
            var cueLexicon = try CueLexicon.builtIn()
            for path in cues { cueLexicon = cueLexicon.merged(with: try CueLexicon.load(path: path)) }
            let extractor = Extractor(lexicon: lex, cues: cueLexicon)
            var graphs: [Graph] = []
            for file in files {
                let result = try ArticleReader.readWithWarnings(path: file)
                for warning in result.warnings { Terminal.error(warning) }
                graphs += result.documents.map(extractor.extract)
            }
            try GraphFile.write(GraphMerger.merge(graphs), to: output)
        }
    }
}
