import Foundation
import FuzzDriver
import RelGraph
import RelGraphExtraction

// The article pipeline, bytes to graph file: the first byte picks the reader ('0' .txt, '1' .md, '2' .html,
// '3' .jsonl; every byte value maps to one of the four), the rest is the file. Invariants, each a trap that
// libFuzzer reports: every evidence span lies inside its document's text and is exactly its quote, and the
// merged graph survives a graph-file encode and decode unchanged.
let extractor: Extractor = {
    do {
        return Extractor(lexicon: try Lexicon.builtIn(), cues: try CueLexicon.builtIn())
    } catch {
        fatalError("the built-in lexicons must load: \(error)")
    }
}()
let extensions = ["txt", "md", "html", "jsonl"]

runFuzzTarget { data, size in
    guard let data, size > 0 else { return 0 }
    let path = "fuzz." + extensions[Int(data[0]) % extensions.count]
    let bytes = Data(UnsafeBufferPointer(start: data + 1, count: size - 1))
    guard let result = try? ArticleReader.parse(bytes, path: path) else { return 0 }
    var corpus = CorpusAccumulator()
    for source in result.documents {
        _ = corpus.add(source.document) {
            let graph = extractor.extract(source)
            let text = Array(source.text.utf8)
            for evidence in graph.relations.flatMap(\.evidence) {
                precondition(
                    evidence.start >= 0 && evidence.start <= evidence.end && evidence.end <= text.count,
                    "evidence span \(evidence.start)..<\(evidence.end) outside a text of \(text.count) bytes")
                precondition(
                    String(decoding: text[evidence.start..<evidence.end], as: UTF8.self) == evidence.text,
                    "evidence quote differs from its span")
            }
            return graph
        }
    }
    let graph = corpus.graph()
    do {
        let again = try GraphFile.decode(GraphFile.encode(graph), path: path)
        precondition(again == graph.canonicalized(), "graph file round trip changed the graph")
    } catch {
        preconditionFailure("an extracted graph does not decode: \(error)")
    }
    return 0
}
