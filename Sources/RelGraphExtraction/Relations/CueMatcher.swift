import RelGraph

/// One cue phrase found in a sentence.
struct CueHit: Sendable, Hashable {
    var type: RelationType
    /// Token range in the sentence.
    var start: Int
    var end: Int
    var negated: Bool
    var reachesClause: Bool
    var surface: String

    var isSpeech: Bool { type == .statement || type == .report }
}

/// Finds the cue phrases of a ``CueLexicon`` in a sentence's tokens, longest first, outside actor mentions.
struct CueMatcher: Sendable {
    private let byFirst: WordTable<[CueLexicon.Cue]>
    let lexicon: CueLexicon

    init(lexicon: CueLexicon) {
        self.lexicon = lexicon
        var byFirst: [String: [CueLexicon.Cue]] = [:]
        for cue in lexicon.cues {
            guard let first = cue.words.first else { continue }
            byFirst[first, default: []].append(cue)
        }
        for k in byFirst.keys {
            byFirst[k]?.sort { ($0.words.count, $1.type.rawValue) > ($1.words.count, $0.type.rawValue) }
        }
        self.byFirst = WordTable(byFirst)
    }

    /// The cues of a sentence, in order, never inside a mention.
    /// - Complexity: O(n·k), n tokens and k phrases sharing a first word.
    func find(in sentence: Sentence, mentions: [Mention]) -> [CueHit] {
        // Through a buffer: tokens are borrowed, where the array's subscript would copy (and retain) them.
        sentence.tokens.withUnsafeBufferPointer { find(in: sentence, tokens: $0, mentions: mentions) }
    }

    private func find(in sentence: Sentence, tokens: UnsafeBufferPointer<Token>, mentions: [Mention]) -> [CueHit] {
        var covered = [Bool](repeating: false, count: tokens.count)
        for m in mentions {
            for i in m.start..<min(m.end, tokens.count) { covered[i] = true }
        }
        var hits: [CueHit] = []
        var i = 0
        while i < tokens.count {
            guard !covered[i], let candidates = byFirst[token: tokens[i]] else {
                i += 1
                continue
            }
            var found: CueLexicon.Cue?
            for cue in candidates where i + cue.words.count <= tokens.count {
                let n = cue.words.count
                if (0..<n).allSatisfy({ tokens[i + $0].key == cue.words[$0] && !covered[i + $0] }) {
                    found = cue
                    break
                }
            }
            guard let cue = found else {
                i += 1
                continue
            }
            let end = i + cue.words.count
            let surface = sentence.text(bytes: tokens[i].start - sentence.start, tokens[end - 1].end - sentence.start)
            hits.append(
                CueHit(
                    type: cue.type, start: i, end: end, negated: cue.negated, reachesClause: cue.reachesClause,
                    surface: surface))
            i = end
        }
        return hits
    }
}
