import Foundation
import RelGraph
import TestSupport
import Testing

@testable import RelGraphExtraction

/// Streaming `.jsonl` reading and parallel extraction give what reading whole files on one core gives.
struct StreamingTests {
    private static let lines = [
        #"{"title": "One", "date": "2024-11-30", "text": "Vladimir Putin met Kim Jong Un in Pyongyang."}"#,
        #"{"title": broken"#,
        "",
        #"{"title": "Three", "source": "Wire", "text": "KCNA reported that Russia will supply fuel to North Korea."}"#,
        "{\"text\": \"Sergei Shoigu arrived in Pyongyang.\\nHe met Kim Jong Un on Friday.\"}\r",
        #"{"text": "   "}"#,
        #"{"text": "Ukraine said North Korean troops fought in Kursk."}"#,
    ]

    private func corpus() throws -> String {
        let path = (try Fixtures.temporaryFolder() as NSString).appendingPathComponent("c.jsonl")
        try Self.lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The line feed search by `memchr` finds what the slice's `firstIndex(of:)` finds, from every start.
    @Test func lineFeedSearchAgreesWithFirstIndex() {
        var rng = TestRandom(state: 5)
        for _ in 0..<500 {
            let bytes = (0..<rng.below(40)).map { _ in [0x0A, 0x41, 0x20, 0x00, 0xFF, 0x0D][rng.below(6)] as UInt8 }
            for start in 0...bytes.count {
                #expect(JSONLinesArticles.lineFeed(in: bytes, from: start) == bytes[start...].firstIndex(of: 0x0A))
            }
        }
    }

    @Test(arguments: [1, 7, 64, 1 << 20])
    func streamingEqualsReadingWhole(blockSize: Int) throws {
        let path = try corpus()
        let whole = try ArticleReader.readWithWarnings(path: path)
        var streamed: [SourceDocument] = []
        var warnings: [String] = []
        try JSONLinesArticles.stream(path: path, strict: false, blockSize: blockSize, warning: { warnings.append($0) })
        {
            streamed.append($0)
        }
        #expect(streamed == whole.documents)
        #expect(warnings == whole.warnings)
        #expect(streamed.map(\.document.path) == ["\(path)#1", "\(path)#4", "\(path)#5", "\(path)#7"])
        #expect(warnings.count == 2 && warnings[0].hasPrefix("\(path), line 2: skipped"))
        #expect(warnings[1].hasPrefix("\(path), line 6: skipped, its \"text\" is empty"))
    }

    @Test func invalidUTF8InALineIsRepairedWithAWarningGivingTheFileOffset() throws {
        let path = (try Fixtures.temporaryFolder() as NSString).appendingPathComponent("bad.jsonl")
        var bytes = Array((Self.lines[0] + "\n").utf8)
        let second = Array(#"{"text": "Kim Jong Un met Vladimir Putin in Vladivostok."}"#.utf8)
        let offset = bytes.count + second.firstIndex(of: UInt8(ascii: "V"))!
        bytes += second
        bytes[offset] = 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        var docs: [SourceDocument] = []
        var warnings: [String] = []
        try ArticleReader.forEachDocument(path: path, warning: { warnings.append($0) }) { docs.append($0) }
        #expect(docs.count == 2)
        #expect(docs[1].text.contains("\u{FFFD}ladimir Putin"))
        #expect(
            warnings == [
                "\(path), line 2: invalid UTF-8 at byte \(offset); decoded with U+FFFD replacement characters. "
                    + "Convert the file to UTF-8 for exact text."
            ])
    }

    @Test func strictStopsAtTheFirstMalformedLine() throws {
        let path = try corpus()
        var seen = 0
        #expect {
            try ArticleReader.forEachDocument(path: path, strict: true, warning: { _ in }) { _ in seen += 1 }
        } throws: { error in
            guard case ExtractionError.malformedLine(let p, let line, _) = error else { return false }
            return p == path && line == 2 && error.localizedDescription.contains("drop --strict")
        }
        #expect(seen == 1)
    }

    @Test func parallelExtractionKeepsInputOrderAndResults() throws {
        let path = try corpus()
        let docs = try ArticleReader.readWithWarnings(path: path).documents
        let extractor = try FieldLexicon.extractor()
        let serial = docs.map { extractor.extract($0) }
        for jobs in [1, 2, 3, 8] {
            #expect(extractor.extract(docs, jobs: jobs) == serial)
        }
    }

    @Test func corpusIsTheSameHoweverDocumentsAreGrouped() throws {
        let path = try corpus()
        let extractor = try FieldLexicon.extractor()
        let graphs = try ArticleReader.readWithWarnings(path: path).documents.map { extractor.extract($0) }
        #expect(graphs.count == 4)
        var oneByOne = CorpusAccumulator()
        for g in graphs {
            #expect(oneByOne.admit(g.documents[0]) == nil)
            oneByOne.append(g)
        }
        var grouped = CorpusAccumulator()
        for g in graphs { _ = grouped.admit(g.documents[0]) }
        grouped.append(GraphMerger.merge(Array(graphs[2...])))
        grouped.append(GraphMerger.merge(Array(graphs[..<2])))
        #expect(oneByOne.graph() == grouped.graph())
        #expect(GraphFile.encode(oneByOne.graph()) == GraphFile.encode(GraphMerger.merge(graphs)))
        #expect(oneByOne.admit(graphs[1].documents[0]) == graphs[1].documents[0].path)
    }
}

/// A document's records with their evidence apart (``Extractor/found(in:)``), gathered into a corpus, must give
/// the graph of the documents extracted one by one and canonicalised together, on documents with non-ASCII text.
struct FoundRecordsTests {
    @Test func foundRecordsGiveTheExtractedGraphs() throws {
        let extractor = try Extractor(lexicon: Lexicon.builtIn(), cues: CueLexicon.builtIn())
        let texts = [
            "Vladimir Putin met Kim Jong Un in Pyongyang. KCNA said Russia will supply fuel to North Korea.",
            "Kim Jong-un’s sister Kim Yo-jong criticised Seoul’s “provocations”. Yoon Suk-yeol replied.",
            "Sergei Shoigu arrived in Pyongyang.\nHe met Kim Jong Un on Friday. Zürich talks were cancelled…",
            "Ukraine said North Korean troops fought in Kursk; Zelensky thanked the U.S. and South Korea.",
            "No actors here at all.",
        ]
        let sources = texts.enumerated().map { i, text in
            SourceDocument(
                document: Document(id: "doc\(i)", path: "p\(i)", title: "t\(i)", sha256: ""), text: text)
        }
        var all = Graph()
        var corpus = CorpusAccumulator()
        var copied = CorpusAccumulator()
        for source in sources {
            let g = extractor.extract(source)
            all.documents += g.documents
            all.actors += g.actors
            all.relations += g.relations
            var found = extractor.found(in: source)
            #expect(found.withEvidence.canonicalized() == g)
            copied.append(found)
            corpus.append(taking: &found)
        }
        #expect(GraphFile.encode(corpus.graph()) == GraphFile.encode(all.canonicalized()))
        #expect(GraphFile.encode(copied.graph()) == GraphFile.encode(all.canonicalized()))
        #expect(corpus.graph().relations.count > 3)
    }
}
