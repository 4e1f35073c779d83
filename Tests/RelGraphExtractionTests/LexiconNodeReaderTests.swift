import Foundation
import Testing
import Yams

@testable import RelGraphExtraction

/// The node reader must give the entries `YAMLDecoder` gives for every lexicon it accepts, and decline the rest.
struct LexiconNodeReaderTests {
    @Test func builtInLexiconIsReadAsTheDecoderReadsIt() throws {
        let yaml = try shippedLexiconText("actors")
        let root = try #require(try Yams.compose(yaml: yaml, .basic))
        let fast = try #require(LexiconNodeReader.entries(root))
        #expect(fast.count > 500)
        #expect(fast == (try Lexicon.decoded(yaml, path: "actors.yaml")).entries)
    }

    @Test(arguments: [
        "actors:\n  - name: Kim Jong-un\n    kind: person\n    aliases: [Kim, 'Marshal Kim', \"null\"]\n    affiliation: ~\n",
        "actors:\n  - {name: TASS, kind: media, id: tass, titles: [], demonyms: null}\n",
        "actors:\n  - name: Andrei Belousov\n    kind: person\n    roles:\n      - {title: Defense Minister, of: russia, from: 2024-05, to: null}\n      - title: First Deputy Prime Minister\n        to: '2024-05'\n",
        "actors:\n  - name: 1945\n    kind: event\n    aliases: [~, '', 12]\n", "actors: ~\n", "other: 1\n",
        "actors: []\n",
        "actors:\n  - name: X\n    kind: persona\n", "actors:\n  - name: X\n", "actors:\n  - kind: state\n",
        "actors:\n  - &a {name: X, kind: state}\n  - *a\n", "actors:\n  - name: X\n    kind: state\n    name: Y\n",
        "actors:\n  - name: [X]\n    kind: state\n", "actors:\n  - name: X\n    kind: state\n    aliases: Y\n",
        "actors:\n  - !!map {name: X, kind: state}\n", "actors: {name: X}\n",
        "actors:\n  - name: X\n    kind: state\n    roles: [{of: y}]\n",
        "actors:\n  - name: X\n    kind: state\n    id: ''\n    affiliation: ''\n",
        "actors:\n  - name: X\n    kind: state\n    1: a\n    0x1: b\n",
        "actors:\n  - name: X\n    kind: state\n    yes: a\n",
        "base: &b {kind: state}\nactors:\n  - name: X\n    <<: *b\n",
        "actors:\n  - name: 'X'\n    kind: \"state\"\n    id: \"~\"\n",
    ])
    func craftedLexiconsAgreeOrAreDeclined(yaml: String) throws {
        let reference = try? Lexicon.decoded(yaml, path: "test.yaml").entries
        guard let root = try? Yams.compose(yaml: yaml, .basic), let fast = LexiconNodeReader.entries(root) else {
            // Declined: parse falls back to the decoder, so the result is the decoder's by construction.
            return
        }
        #expect(fast == reference, "\(yaml)")
    }

    @Test func plainEntriesAreNotDeclined() throws {
        let yaml = "actors:\n  - name: X Y\n    kind: state\n    aliases: [Z]\n  - name: W\n    kind: media\n"
        let root = try #require(try Yams.compose(yaml: yaml, .basic))
        #expect(LexiconNodeReader.entries(root)?.map(\.id) == ["x-y", "w"])
    }
}
