import TestSupport
import Testing

@testable import RelGraph

/// The corpus sorts a relation's evidence by document rank (ids in string order), looking the rank up once per
/// run of records of one document; the result must be the evidence sorted in its own order without repeats,
/// and evidence of a document without a rank must come back as given.
struct SortedUniqueEvidenceTests {
    @Test(arguments: 0..<8)
    func randomEvidenceIsSortedAndUnique(seed: UInt64) {
        var random = TestRandom(state: seed &+ 41)
        func below(_ n: Int) -> Int { random.below(n) }
        let documents = ["d1", "d10", "d2", "a", "zz", "m"]
        let rank = Dictionary(
            uniqueKeysWithValues: documents.sorted().enumerated().map { ($0.element, Int32($0.offset)) })
        for _ in 0..<300 {
            var evidence: [Evidence] = []
            for _ in 0..<below(15) {
                let d = documents[below(documents.count)]
                // Runs of one document, as a document's records arrive together.
                for _ in 0..<(1 + below(3)) {
                    let start = below(4)
                    evidence.append(
                        Evidence(
                            document: d, sentence: below(3), start: start, end: start + below(3), text: "t\(below(2))",
                            modality: below(2) == 0 ? .asserted : .reported, cue: below(2) == 0 ? "" : "met"))
                }
            }
            let expected = evidence.sorted().reduce(into: [Evidence]()) { out, e in
                if out.last != e { out.append(e) }
            }
            #expect(CorpusAccumulator.sortedUnique(evidence, rank: rank) == expected)
            var unranked = evidence
            unranked.append(
                Evidence(document: "none", sentence: 0, start: 0, end: 1, text: "t", modality: .asserted, cue: ""))
            #expect(CorpusAccumulator.sortedUnique(unranked, rank: rank) == unranked)
        }
    }
}
