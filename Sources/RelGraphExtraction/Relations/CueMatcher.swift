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
        // Which tokens are inside a mention, in a buffer on the stack (an array was a heap allocation per sentence).
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: tokens.count) { covered in
            covered.initialize(repeating: false)
            mentions.withUnsafeBufferPointer { ms in
                for k in ms.indices where ms[k].start < ms[k].end {
                    for i in ms[k].start..<min(ms[k].end, tokens.count) { covered[i] = true }
                }
            }
            return find(in: sentence, tokens: tokens, covered: UnsafeBufferPointer(covered))
        }
    }

    private func find(
        in sentence: Sentence, tokens: UnsafeBufferPointer<Token>, covered: UnsafeBufferPointer<Bool>
    )
        -> [CueHit]
    {
        var hits: [CueHit] = []
        var i = 0
        while i < tokens.count {
            guard !covered[i], let candidates = byFirst[token: tokens[i]] else {
                i += 1
                continue
            }
            // The phrases read in place: iterating the array would copy each, retaining its words.
            let found: Int? = candidates.withUnsafeBufferPointer { cues in
                for c in cues.indices where i + cues[c].words.count <= tokens.count {
                    let n = cues[c].words.count
                    if (0..<n).allSatisfy({ tokens[i + $0].key == cues[c].words[$0] && !covered[i + $0] }) {
                        return c
                    }
                }
                return nil
            }
            guard let c = found else {
                i += 1
                continue
            }
            let end = i + candidates[c].words.count
            let surface = sentence.text(tokens: i..<end)
            // A sentence has a few cues: room for four at the first, not a new buffer at each of the first hits.
            if hits.capacity == 0 { hits.reserveCapacity(4) }
            hits.append(
                CueHit(
                    type: candidates[c].type, start: i, end: end, negated: candidates[c].negated,
                    reachesClause: candidates[c].reachesClause, surface: surface))
            i = end
        }
        return hits
    }
}
