import ArgumentParser
import Foundation
import RelGraph
import RelGraphExtraction
import Synchronization

extension RelGraphCommand {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build",
            abstract: "Extract actors and relations from articles into a graph file.",
            discussion: """
                INPUT are article files (.txt, .md, .html, .jsonl) or folders, searched recursively. A document whose \
                text is already in the graph (same SHA-256) is skipped, and stderr says so.
                --into GRAPH adds the new documents to an existing graph (created if missing); the result \
                is byte for byte what one build of all the documents gives.
                Documents are extracted in parallel (--jobs, default: all cores) and merged in input order: the \
                graph is byte for byte the same for any number of jobs. .jsonl files are streamed, so corpora \
                larger than memory build. A malformed .jsonl line is skipped with a warning naming the file and \
                line; --strict makes it an error instead.
                Progress is shown on stderr when it is a terminal; --quiet silences progress and notes.
                Examples:
                  relgraph build seeds/ -o Graphs/seeds.json
                  relgraph build --into Graphs/corpus.json articles/2025-06/
                  relgraph build seeds/ -o Graphs/seeds.json --lexicon my-actors.yaml
                  relgraph build scrape.jsonl -o corpus.json --jobs 2 --strict
                """)

        @Argument(help: "Article files or folders.")
        var inputs: [String]

        @Option(name: .shortAndLong, help: "The graph file to write (JSON, written atomically).")
        var output: String?

        @Option(help: "An existing graph to add the documents to; written back unless -o is given.")
        var into: String?

        @Option(name: .long, help: "A YAML lexicon of extra actors; may be repeated.")
        var lexicon: [String] = []

        @Option(name: .long, help: "A YAML cue lexicon of extra relation cues; may be repeated.")
        var cues: [String] = []

        @Option(name: .shortAndLong, help: "Documents extracted at once (default: the number of cores).")
        var jobs: Int?

        @Flag(help: "Stop at the first malformed .jsonl line instead of skipping it with a warning.")
        var strict = false

        @Flag(help: "No progress and no notes on stderr (errors are still reported).")
        var quiet = false

        func validate() throws {
            guard output != nil || into != nil else {
                throw ValidationError("Say where the graph goes: -o FILE, or --into GRAPH to add to a graph.")
            }
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1 (got \(jobs)).") }
        }

        func run() throws {
            MallocTuning.keepArenaTops()
            var lex = try Lexicon.builtIn()
            for path in lexicon { lex = lex.merged(with: try Lexicon.load(path: path)) }
            let files = try ArticleReader.files(in: inputs)
            var cueLexicon = try CueLexicon.builtIn()
            for path in cues { cueLexicon = cueLexicon.merged(with: try CueLexicon.load(path: path)) }
            let extractor = Extractor(lexicon: lex, cues: cueLexicon)
            var corpus = CorpusAccumulator(base: try into.flatMap(Self.existingGraph) ?? Graph())
            let progress = Terminal.Progress(total: files.count, quiet: quiet)
            let jobs = self.jobs ?? ProcessInfo.processInfo.activeProcessorCount
            // Documents wait in a batch so that `jobs` threads have work. While a batch is extracted, this thread
            // gathers the graphs of the one before into the corpus and reads the next batch (the graphs are
            // gathered in input order, so the result does not depend on that overlap).
            let batchSize = 64 * jobs
            var batch: [SourceDocument] = []
            var pending: PendingExtraction?
            var read = 0
            func flush() {
                var previous = pending?.found() ?? []
                pending = extractor.start(batch, jobs: jobs, canonical: false)
                // The batch's work is let go: its graphs are the only references to their records, which are
                // moved into the corpus (the last batch's are copied, and left alive with it; see `leaveToExit`).
                for k in previous.indices { corpus.append(taking: &previous[k]) }
                batch.removeAll(keepingCapacity: true)
            }
            for (i, file) in files.enumerated() {
                progress.show(i + 1, file)
                try ArticleReader.forEachDocument(path: file, strict: strict, warning: { Terminal.error($0) }) {
                    source in
                    read += 1
                    if let earlier = corpus.admit(source.document) {
                        progress.note("skipped \(source.document.path): same text as \(earlier), already in the graph")
                        return
                    }
                    batch.append(source)
                    if batch.count >= batchSize {
                        flush()
                        progress.show(i + 1, "\(file) (\(read) documents)")
                    }
                }
            }
            flush()
            for found in pending?.found() ?? [] { corpus.append(found) }
            progress.finish()
            if read == 0 && into == nil { throw ExtractionError.noDocuments(inputs: inputs) }
            let destination = output ?? into ?? ""
            // The corpus is done: its evidence records are moved into the graph rather than copied.
            let graph = corpus.takeGraph()
            try GraphFile.write(graph, to: destination)
            Terminal.note("wrote \(destination): \(corpus.documentCount) documents", quiet: quiet)
            Self.leaveToExit(corpus, graph, pending)
        }

        /// The last build's corpus, graph and extraction batch, left alive (see ``leaveToExit(_:_:_:)``).
        private static let lastBuild = Mutex<LastBuild?>(nil)

        private struct LastBuild: Sendable {
            var corpus: CorpusAccumulator
            var graph: Graph
            var pending: PendingExtraction?
        }

        /// Keeps the build's corpus, graph and last batch alive instead of freeing them record by record when
        /// `run()` returns: the process exits right after, and the freeing is ~2 % of a build's instructions
        /// that nobody waits for (as the render command leaves its last Graphviz graph). A later build in the
        /// same process frees the one kept before, so at most one is kept.
        private static func leaveToExit(_ corpus: CorpusAccumulator, _ graph: Graph, _ pending: PendingExtraction?) {
            let kept = LastBuild(corpus: corpus, graph: graph, pending: pending)
            let previous = lastBuild.withLock { last in
                defer { last = kept }
                return last.take()
            }
            _ = previous  // freed here, outside the lock
        }

        /// The graph at `path`, or nil when there is no file yet (so `--into` can start a corpus).
        private static func existingGraph(_ path: String) throws -> Graph? {
            guard FileManager.default.fileExists(atPath: path) else { return nil }
            return try GraphFile.read(path)
        }
    }
}
