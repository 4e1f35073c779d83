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

    /// Random records with every control character, quotes, backslashes, slashes and non-ASCII text: the
    /// hand-written record writer must give `JSONEncoder`'s bytes.
    @Test(arguments: 0..<25)
    func hostileRandomRecordsEqualOneEncoderPass(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        var pieces: [String] = (0..<32).map { String(UnicodeScalar(UInt8($0))) }
        pieces += [
            "\"", "\\", "/", "\u{7F}", "é", "e\u{301}", "\u{2028}", "\u{200F}", "😀", "北朝鮮", "<script>", "]]>", "a",
        ]
        func text() -> String {
            (0..<Int.random(in: 0...12, using: &rng)).map { _ in pieces.randomElement(using: &rng) ?? "" }.joined()
        }
        var graph = CanonicalFormTests.randomGraph(&rng)
        graph.actors = graph.actors.map { a in
            var a = a
            a.name = text()
            a.aliases = (0..<Int.random(in: 0...3, using: &rng)).map { _ in text() }
            a.affiliation = Bool.random(using: &rng) ? nil : text()
            return a
        }
        graph.documents = graph.documents.map { d in
            var d = d
            d.title = text()
            d.path = text()
            d.url = Bool.random(using: &rng) ? nil : text()
            d.source = Bool.random(using: &rng) ? nil : text()
            d.published = Bool.random(using: &rng) ? nil : text()
            return d
        }
        graph.relations = graph.relations.map { r in
            var r = r
            r.type = RelationType.allCases.randomElement(using: &rng) ?? .meet
            r.evidence = r.evidence.map { e in
                var e = e
                e.text = text()
                e.cue = text()
                return e
            }
            return r
        }
        var pieces2: [Data] = []
        GraphFile.stream(graph) { pieces2.append($0) }
        #expect(pieces2.reduce(Data(), +) == GraphFile.referenceEncoding(graph))
    }

    @Test func numbersAreWrittenAsJSONEncoderWritesThem() throws {
        var rng = SeededGenerator(seed: 7)
        var values: [Double] = [0, -0.0, 1, 0.1, 0.3, 1e-6, 1e-7, 2.5e-7, 1e15, 1e16, 1e21, 123_456.789, 0.684, 1.368]
        values += (0..<2000).map { _ in (Double.random(in: 0...5000, using: &rng) * 1_000_000).rounded() / 1_000_000 }
        values += (0..<500).map { _ in Double.random(in: -1e30...1e30, using: &rng) }
        let encoder = JSONEncoder()
        for v in values {
            var mine = ByteBuffer(capacity: 16)
            GraphFileRecords.double(v, &mine)
            let reference = try encoder.encode([v])
            #expect(Data([0x5B] + mine.bytes + [0x5D]) == reference, "\(v)")
        }
    }

    @Test func integersAreWrittenAsTheirDecimalDescription() {
        var values = [0, 1, 9, 10, 99, 100, 999_999_999, 1_000_000_000, -1, -10, Int.max, Int.min]
        var power = 1
        while power <= 1_000_000_000_000 {
            values += [power - 1, power, power + 1]
            power *= 10
        }
        for v in values {
            var mine = ByteBuffer(capacity: 16)
            GraphFileRecords.int(v, &mine)
            #expect(String(decoding: mine.bytes, as: UTF8.self) == String(v))
        }
    }

    /// The eight-byte test of the string writer against its byte-by-byte definition: every byte value at every
    /// position among harmless filler, and random words (UTF-8 lead and continuation bytes included).
    @Test func wordTestFindsExactlyTheBytesThatNeedEscaping() {
        func definition(_ word: UInt64) -> Bool {
            (0..<8).contains { k in
                let b = UInt8(truncatingIfNeeded: word >> (8 * UInt64(k)))
                return b < 0x20 || b == 0x22 || b == 0x5C
            }
        }
        for position in 0..<8 {
            for value in 0...255 {
                var word: UInt64 = 0x6161_6161_6161_6161
                word &= ~(UInt64(0xFF) << (8 * UInt64(position)))
                word |= UInt64(value) << (8 * UInt64(position))
                #expect(JSONText.needsEscape(word) == definition(word), "byte \(value) at \(position)")
            }
        }
        var rng = SeededGenerator(seed: 11)
        let interesting: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xE2]
        for _ in 0..<20_000 {
            var word: UInt64 = 0
            for k in 0..<8 {
                let b =
                    Bool.random(using: &rng)
                    ? interesting.randomElement(using: &rng) ?? 0 : UInt8.random(in: 0...255, using: &rng)
                word |= UInt64(b) << (8 * UInt64(k))
            }
            #expect(JSONText.needsEscape(word) == definition(word), "\(String(word, radix: 16))")
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
