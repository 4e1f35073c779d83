import Foundation
import Testing
import Yams

@testable import RelGraphExtraction

/// The cue node reader must give the lexicon `YAMLDecoder` gives for every document it accepts, and decline the
/// rest (which then go through the decoder and its error messages).
struct CueNodeReaderTests {
    @Test func builtInCuesAreReadAsTheDecoderReadsThem() throws {
        let yaml = try shippedLexiconText("cues")
        let root = try #require(try Yams.compose(yaml: yaml, .basic))
        let fast = try #require(CueNodeReader.file(root))
        #expect(fast.cues.count > 20)
        #expect(!fast.negation.isEmpty && !fast.speculation.isEmpty)
        let reference = try CueLexicon.decoded(yaml, path: "cues.yaml")
        let parsed = try CueLexicon.parse(yaml, path: "cues.yaml")
        #expect(parsed.cues == reference.cues)
        #expect(parsed.negation == reference.negation)
        #expect(parsed.speculation == reference.speculation)
        #expect(parsed.frames == reference.frames)
    }

    @Test(arguments: [
        "cues:\n  - type: meet\n    words: [met, 'held talks', \"null\"]\n    negated: [snubbed]\n",
        "cues:\n  - {type: invite, words: [invited], reach: clause}\nmodality:\n  negation: [not]\n",
        "cues: ~\nmodality: ~\n", "cues: []\n", "other: 1\n", "modality:\n  frames: [rumors]\n",
        "cues:\n  - type: meeting\n    words: [met]\n", "cues:\n  - words: [met]\n",
        "cues:\n  - type: meet\n    words: met\n", "cues:\n  - &a {type: meet, words: [met]}\n  - *a\n",
        "cues:\n  - type: meet\n    type: visit\n", "cues:\n  - !!map {type: meet, words: [met]}\n",
        "cues:\n  - type: meet\n    words: [~, '', 12, yes]\n    reach: ~\n", "modality: [not]\n",
        "cues:\n  - type: meet\n    words: [met]\n    yes: a\n", "modality:\n  negation: not\n",
        "base: &b {type: meet}\ncues:\n  - words: [met]\n    <<: *b\n",
        "cues:\n  - type: 'meet'\n    words: [\"met\"]\n    reach: 1\n",
    ])
    func craftedDocumentsAgreeOrAreDeclined(yaml: String) throws {
        let reference = (try? YAMLDecoder().decode(CueLexicon.File.self, from: yaml))?.read
        guard let root = try? Yams.compose(yaml: yaml, .basic), let fast = CueNodeReader.file(root) else {
            // Declined: parse falls back to the decoder, so the result is the decoder's by construction.
            return
        }
        #expect(fast == reference, "\(yaml)")
    }

    @Test func plainDocumentsAreNotDeclined() throws {
        let yaml = "cues:\n  - type: meet\n    words: [met]\nmodality:\n  speculation: [may]\n"
        let root = try #require(try Yams.compose(yaml: yaml, .basic))
        #expect(CueNodeReader.file(root)?.cues.map(\.words) == [["met"]])
        #expect(CueNodeReader.file(root)?.speculation == ["may"])
    }

}
