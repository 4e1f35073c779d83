import Foundation
import TestSupport
import Testing

@testable import RelGraphExtraction

/// Speculation frames are searched once per sentence, forward, as far as its cues ask; a cue must be
/// speculative exactly when the definition (every end before the cue searched) says so: for a cue at every
/// token of every sentence of the seeds, the dev articles and made-up speculative sentences, asked in order,
/// in reverse and shuffled.
struct FrameScanTests {
    @Test func everyPositionAgreesWithTheDefinition() throws {
        let lexicon = try CueLexicon.builtIn()
        var texts = [
            "There is speculation that Kim will visit Moscow and meet Putin, and rumors say he may sign a deal.",
            "Kim met Putin. Rumors of a visit grew; analysts said a summit is likely and expected soon.",
        ]
        texts += try Fixtures.developmentArticleTexts()
        var state: UInt64 = 17
        var speculative = 0
        for text in texts {
            for sentence in SentenceSplitter.split(text) {
                let tokens = sentence.tokens
                let cues = tokens.indices.map { k in
                    CueHit(type: .meet, start: k, end: k + 1, negated: false, reachesClause: false, surface: "")
                }
                let expected = cues.map { ModalityClassifier.isSpeculativeByDefinition($0, tokens, lexicon) }
                speculative += expected.filter { $0 }.count
                var orders = [Array(cues.indices), Array(cues.indices.reversed())]
                var shuffled = Array(cues.indices)
                for i in shuffled.indices.reversed() where i > 0 {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    shuffled.swapAt(i, Int((state >> 33) % UInt64(i + 1)))
                }
                orders.append(shuffled)
                for order in orders {
                    var scan = ModalityClassifier.FrameScan()
                    for k in order {
                        #expect(
                            ModalityClassifier.isSpeculative(cues[k], tokens, lexicon, frames: &scan) == expected[k],
                            "\(sentence.text) at \(k)")
                    }
                }
            }
        }
        #expect(speculative > 100)
    }
}
