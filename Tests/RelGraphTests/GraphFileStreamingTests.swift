import Foundation
import TestSupport
import Testing

@testable import RelGraph

/// The graph file is written in pieces; the bytes must be those of one `JSONEncoder` pass over the whole file.
struct GraphFileStreamingTests {
    @Test func streamedBytesEqualOneEncoderPass() throws {
        var withEmpty = Fixtures.smallGraph()
        withEmpty.relations = []
        for graph in [Fixtures.smallGraph(), try Fixtures.analystGraph(), Graph(), withEmpty] {
            var pieces: [Data] = []
            GraphFile.stream(graph) { pieces.append($0) }
            #expect(pieces.reduce(Data(), +) == GraphFile.referenceEncoding(graph))
        }
    }

    @Test func largeGraphsArriveInBoundedPieces() throws {
        var graph = try Fixtures.analystGraph()
        let relations = graph.relations
        // Enough evidence for several megabytes of output.
        for copy in 0..<80 {
            graph.relations += relations.map { r in
                var r = r
                r.evidence = r.evidence.map { e in
                    var e = e
                    e.sentence += 1000 * (copy + 1)
                    return e
                }
                return r
            }
        }
        var sizes: [Int] = []
        var all = Data()
        GraphFile.stream(graph) {
            sizes.append($0.count)
            all.append($0)
        }
        #expect(sizes.count >= 3)
        #expect(try #require(sizes.max()) < 2 << 20)
        #expect(all == GraphFile.referenceEncoding(graph))
    }

    @Test func evidenceOrderIsTotalSoSetOrderCannotLeakIntoTheFile() throws {
        let graph = Fixtures.smallGraph()
        let base = try #require(graph.relations.first?.evidence.first)
        var variants: [Evidence] = []
        for modality in Modality.allCases {
            for attribution in [nil, "tass"] as [String?] {
                var e = base
                e.modality = modality
                e.attribution = attribution
                variants.append(e)
            }
        }
        let sorted = variants.sorted()
        for _ in 0..<20 { #expect(Array(Set(variants)).sorted() == sorted) }
        #expect(variants.shuffled().sorted() == sorted)
    }

    @Test func streamedWriteIsAtomicAndReadable() throws {
        let dir = try Fixtures.temporaryFolder()
        let graph = try Fixtures.analystGraph()
        try GraphFile.write(graph, to: dir + "/g.json")
        #expect(try GraphFile.read(dir + "/g.json") == graph.canonicalized())
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["g.json"])
    }
}
