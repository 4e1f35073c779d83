import Foundation
import TestSupport
import Testing
import Yams

@testable import RelGraphExtraction

/// The fast reader must give the entries the node reader gives on the composed document for every lexicon it
/// accepts (`Lexicon.parse` falls back to composing for the rest, so their result is unchanged by construction).
struct LexiconFastReaderTests {
    /// The definition: the document composed by Yams and read by ``LexiconNodeReader``.
    private static func reference(_ yaml: String) -> [LexiconEntry]? {
        guard let root = (try? Yams.compose(yaml: yaml, .basic)) ?? nil else { return nil }
        return LexiconNodeReader.entries(root)
    }

    private static func builtInText() throws -> String { try shippedLexiconText("actors") }

    @Test func builtInLexiconIsAcceptedAndReadAsComposed() throws {
        let yaml = try Self.builtInText()
        let fast = try #require(LexiconFastReader.entries(yaml))
        #expect(fast.count > 500)
        #expect(fast == Self.reference(yaml))
        #expect(try Lexicon.parse(yaml, path: "actors.yaml").entries == fast)
    }

    @Test(arguments: [
        "actors:\n  - name: Kim Jong-un\n    kind: person\n    aliases: [Kim, 'Marshal Kim', \"null\"]\n    affiliation: ~\n",
        "actors:\n  - {name: TASS, kind: media, id: tass, titles: [], demonyms: null}\n",
        "actors:\n  - name: Andrei Belousov\n    kind: person\n    roles:\n      - {title: Defense Minister, of: russia, from: 2024-05, to: null}\n      - title: First Deputy Prime Minister\n        to: '2024-05'\n",
        "actors:\n  - name: 1945\n    kind: event\n    aliases: [~, '', 12]\n", "actors: ~\n", "other: 1\n",
        "actors: []\n", "actors:\n", "actors:\n\n# only a comment\n",
        "actors:\n  - name: X\n    kind: persona\n", "actors:\n  - name: X\n", "actors:\n  - kind: state\n",
        "actors:\n  - &a {name: X, kind: state}\n  - *a\n", "actors:\n  - name: X\n    kind: state\n    name: Y\n",
        "actors:\n  - name: [X]\n    kind: state\n", "actors:\n  - name: X\n    kind: state\n    aliases: Y\n",
        "actors:\n  - !!map {name: X, kind: state}\n", "actors: {name: X}\n",
        "actors:\n  - name: X\n    kind: state\n    roles: [{of: y}]\n",
        "actors:\n  - name: X\n    kind: state\n    id: ''\n    affiliation: ''\n",
        "actors:\n  - name: X\n    kind: state\n    yes: a\n",
        "actors:\n  - name: 'X'\n    kind: \"state\"\n    id: \"~\"\n",
        // Accepted shapes, and their near misses.
        "actors:\n  - name: X Y  \n    kind: state\n    aliases: [Z,W ,  V]\n  - {name: W, kind: media, aliases: []}\n",
        "actors:\n- name: X\n  kind: state\n  id: ~\n  affiliation: null\n  demonyms:\n",
        "actors:\n  - name: X\n    kind: person\n    roles:\n    - {title: Envoy, of: \"russia\", from: \"2024-05\", to: NULL}\n",
        "actors:\n  - name: X\n    kind: person\n    titles:\n      - Chairman\n      - \"Dear Leader\"\n",
        "actors:\n  - name: X\n    kind: person\n    titles:\n      - Chairman\n    aliases: [A]\n",
        "actors:\n  - name: X\n    kind: person\n    titles:\n      - Chairman\n     aliases: [A]\n",
        "actors:\n  - name: X\n    kind: person\n    titles:\n      - Chair\n        man\n",
        "actors:\n  - name: X\n    kind: person\n  # a comment\n\n    titles: [Chairman]\n",
        "actors:\n  - name: X\n      Y\n    kind: state\n", "actors:\n  - name: X # note\n    kind: state\n",
        "actors:\n  - name: X, Y\n    kind: state\n", "actors:\n  - name: X:Y\n    kind: state\n",
        "actors:\n  - name: X\n    kind: state\n    aliases: [A, B,]\n",
        "actors:\n  - name: X\n    kind: state\n    aliases: [A,\n      B]\n",
        "actors:\n  - name: X\n    kind: state\n    aliases: [A\n      B]\n",
        "actors:\n  - name: \"X \\\" Y\"\n    kind: state\n", "actors:\n  - name: \"X\n    Y\"\n    kind: state\n",
        "actors:\n  - name: X\n    kind: state\nother: 1\n", "actors:\n  - name: X\n    kind: state\n---\n",
        "actors:\n  - name: X\n    kind: state\n  -\n", "actors:\n  - name: X\n    kind: state\n  - Y\n",
        "actors:\n  - name: X\n    kind: state\n    unknown: 1\n",
        "actors:\n  - name: Kim\u{2028}Jong\n    kind: person\n",
        "actors:\n  - name: Ch\u{F6}e S\u{14F}n-h\u{16D}i e\u{301} \u{1F1F0}\u{1F1F5} \u{2019}s\n    kind: person\n",
        "actors:\n  - name: X\u{85}Y\n    kind: state\n", "actors:\n  - name: X\tY\n    kind: state\n",
        "actors:\r\n  - name: X\r\n    kind: state\r\n", "\u{FEFF}actors:\n  - name: X\n    kind: state\n",
        "actors:\n  - name: X\n    kind: state\n    aliases: [\"\", \"~\", ~, -x, a-]\n",
        "actors:\n  - name: X\n    kind: state\n    aliases: [{a: b}]\n",
        "actors:\n  - name: X\n    kind: state\n    roles: [{title: T, of: [a]}]\n",
        "actors:\n  - name: X\n    kind: state\n    roles: {title: T}\n",
        "actors:\n  - {name: X, kind: state, roles: [{title: T, from: \"2024\"}]}\n",
        "actors:\n  - {name: X, kind: state} # c\n", "actors:\n  - {name: X, kind: state}\n    aliases: [Y]\n",
        "actors:\n  - {name: X,kind: state}\n", "actors:\n  - {name:X, kind: state}\n", "actors:\n  - {}\n",
    ])
    func craftedLexiconsAgreeOrAreDeclined(yaml: String) {
        guard let fast = LexiconFastReader.entries(yaml) else { return }
        #expect(fast == Self.reference(yaml), "\(yaml)")
    }

    @Test func plainShapesAreAccepted() throws {
        let yaml =
            "actors:\n  - name: X Y  \n    kind: state\n    aliases: [Z,W ,  V]\n"
            + "  - {name: W, kind: media, aliases: [], roles: [{title: T, of: x, from: \"2024-05\", to: ~}]}\n"
            + "  # comment\n\n  - id: q\n    name: Ch\u{F6}e e\u{301} \u{1F600} Workers\u{2019} Party\n    kind: person\n"
            + "    roles:\n    - {title: Envoy, of: \"russia\"}\n    titles:\n      - Chairman\n      - \"Dear Leader\"\n"
        let fast = try #require(LexiconFastReader.entries(yaml))
        #expect(fast.map(\.id) == ["x-y", "w", "q"])
        #expect(fast == Self.reference(yaml))
    }

    /// Random damage to slices of the built-in lexicon: hostile characters and YAML syntax inserted, characters
    /// removed. Every damaged document the fast reader accepts must read as composed.
    @Test(arguments: 0..<4)
    func damagedLexiconsAgreeOrAreDeclined(seed: Int) throws {
        let lines = try Self.builtInText().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let starts = lines.indices.filter { lines[$0].hasPrefix("  - ") }
        let snippets = [
            ":", ": ", "#", " #", "\"", "'", "\t", "\r", "\r\n", "\n", "\n  ", "\n    ", "\n      ", "- ", "-", "[",
            "]", "{", "}", ",", ", ", "~", "null", "\u{E9}", "e\u{301}", "\u{2019}", "\u{1F600}", "\u{85}",
            "\u{2028}", "\u{FEFF}", "\u{FFFE}", "\\", "&a ", "*a", "!", "? ", "%", "@", "`", "|", ">", "  ", "\u{0}",
            "\u{7F}", "name: X", "kind: state", "id:", "roles:", "\n    aliases:\n      - ", "---\n", "...\n", "x",
        ]
        var rng = TestRandom(state: UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 17)
        expectFastReaderAgrees(seed: seed, fast: LexiconFastReader.entries, reference: Self.reference) {
            let first = rng.below(starts.count - 8)
            let end = starts[first + 1 + rng.below(6)]
            let slice = "actors:\n" + lines[starts[first]..<end].joined(separator: "\n") + "\n"
            return damaged(slice, with: snippets, &rng)
        }
    }
}

/// The same reader on the cue lexicon: every document it accepts reads as ``CueNodeReader`` reads the composed
/// tree (`CueLexicon.parse` composes the rest).
struct CueFastReaderTests {
    private static func reference(_ yaml: String) -> CueNodeReader.File? {
        guard let root = (try? Yams.compose(yaml: yaml, .basic)) ?? nil else { return nil }
        return CueNodeReader.file(root)
    }

    private static func builtInText() throws -> String { try shippedLexiconText("cues") }

    @Test func builtInCuesAreAcceptedAndReadAsComposed() throws {
        let yaml = try Self.builtInText()
        let fast = try #require(LexiconFastReader.cueFile(yaml))
        #expect(fast.cues.count > 20 && !fast.negation.isEmpty && !fast.frames.isEmpty)
        #expect(fast == Self.reference(yaml))
    }

    @Test(arguments: [
        "cues:\n  - type: meet\n    words: [met, \"held talks with\",\n      summit]\n    reach: clause\n",
        "cues:\n- type: meet\n  words:\n    - met\n    - summit\n  negated: [snubbed]\nmodality:\n  negation: [not]\n",
        "modality:\n  # a comment\n  negation: [not, never,\n    \"refrained from\"]\n\n  frames: []\n",
        "cues:\n  - type: meet\n    words: [met,\n    summit]\n",
        "cues:\n  - type: meet\n    words: [met,\n\n      summit]\n",
        "cues:\n  - type: meet\n    words: [met,\n      # c\n      summit]\n",
        "cues:\n  - type: meat\n    words: [met]\n",
        "cues:\n  - type: meet\n    words: [met\n      , summit]\n", "cues:\n  - type: meet\n    words: [met,]\n",
        "cues:\n  - type: meet\n    words: [met]\n    words: [x]\n", "cues:\n  - type: meet\n    colour: red\n",
        "cues: ~\nmodality: null\n", "cues:\n  - type: meet\n    reach: ~\n", "cues:\n  - type: meet\n    words: x\n",
        "modality:\n  negation: [not]\n  speculation:\n    - may\n", "other: 1\n", "cues:\n  - meet\n",
        "cues:\n  - type: meet\n    words: [met, summit\n      talks]\n",
        "cues:\n  - type: meet\n    words: [met,\n  summit]\n", "modality:\n  negation: [not,\n   never]\n",
    ])
    func craftedCueLexiconsAgreeOrAreDeclined(yaml: String) {
        guard let fast = LexiconFastReader.cueFile(yaml) else { return }
        #expect(fast == Self.reference(yaml), "\(yaml)")
    }

    @Test func multiLinePhraseListsAreAccepted() throws {
        let yaml =
            "cues:\n  - type: meet\n    words: [met, \"held talks with\",\n      summit]\n    reach: clause\n"
            + "modality:\n  # a comment\n  negation: [not, never,\n    \"refrained from\"]\n\n  frames: []\n"
        let fast = try #require(LexiconFastReader.cueFile(yaml))
        #expect(fast.cues.first?.words == ["met", "held talks with", "summit"])
        #expect(fast == Self.reference(yaml))
    }

    /// Random damage to slices of the built-in cue lexicon, as for the actor lexicon.
    @Test(arguments: 0..<4)
    func damagedCueLexiconsAgreeOrAreDeclined(seed: Int) throws {
        let lines = try Self.builtInText().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let starts = lines.indices.filter { lines[$0].hasPrefix("  - ") }
        let modality = lines.firstIndex { $0.hasPrefix("modality:") } ?? lines.count
        let snippets = [
            ":", ": ", "#", " #", "\"", "'", "\t", "\r", "\n", "\n  ", "\n    ", "\n      ", "- ", "[", "]", "{", "}",
            ",", ", ", ",\n", ",\n      ", ",\n  ", "~", "null", "\u{E9}", "e\u{301}", "\u{2019}", "\u{1F600}",
            "\u{85}", "\u{2028}", "\\", "&a ", "*a", "!", "? ", "  ", "type: meet", "reach:", "x",
        ]
        var rng = TestRandom(state: UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 23)
        expectFastReaderAgrees(seed: seed, fast: LexiconFastReader.cueFile, reference: Self.reference) {
            let first = rng.below(starts.count - 4)
            let end = starts[first + 1 + rng.below(3)]
            var slice = "cues:\n" + lines[starts[first]..<end].joined(separator: "\n") + "\n"
            if rng.below(2) == 0 { slice += lines[modality...].joined(separator: "\n") }
            return damaged(slice, with: snippets, &rng)
        }
    }
}

/// `text` with one or two random cuts (up to four characters) or insertions of one of `snippets`.
private func damaged(_ text: String, with snippets: [String], _ rng: inout TestRandom) -> String {
    var scalars = Array(text.unicodeScalars)
    for _ in 0..<(1 + rng.below(2)) {
        let at = rng.below(scalars.count)
        if rng.below(4) == 0 {
            scalars.removeSubrange(at..<min(scalars.count, at + 1 + rng.below(4)))
        } else {
            scalars.insert(contentsOf: snippets[rng.below(snippets.count)].unicodeScalars, at: at)
        }
    }
    return String(String.UnicodeScalarView(scalars))
}

/// The text of the lexicon `name`.yaml shipped in the extraction module's resources.
func shippedLexiconText(_ name: String) throws -> String {
    let url = try #require(Bundle.module.url(forResource: name, withExtension: "yaml"))
    return try String(contentsOf: url, encoding: .utf8)
}

/// On 150 documents from `document`: wherever the fast reader accepts one, it reads what `reference` reads; both
/// outcomes occur more than ten times, so that the comparison is not vacuous.
private func expectFastReaderAgrees<T: Equatable>(
    seed: Int, fast: (String) -> T?, reference: (String) -> T?, document: () -> String
) {
    var accepted = 0
    var declined = 0
    for _ in 0..<150 {
        let yaml = document()
        guard let read = fast(yaml) else {
            declined += 1
            continue
        }
        accepted += 1
        #expect(read == reference(yaml), "seed \(seed): \(yaml)")
    }
    #expect(accepted > 10)
    #expect(declined > 10)
}
