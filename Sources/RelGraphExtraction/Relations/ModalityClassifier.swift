import RelGraph

/// Decides how a sentence holds the relation signalled by a cue.
///
/// - `negated`: the cue itself denies ("skipped"), or a negation ("not", "never", "refrained from") stands at
///   most four tokens before it with no comma between.
/// - `speculative`: a frame anywhere before the cue makes the whole sentence speculative ("There is speculation
///   that", "rumors"); or a marker ("may", "likely", "is expected to", "possibility") stands at most twelve tokens
///   before the cue in the same comma-delimited stretch, or "expected"/"likely" follows within three tokens.
/// - `reported`: the cue lies in what a speaker says ("according to TASS", "X said that", "..., X said").
/// - else `asserted`.
/// Negation wins over speculation, speculation over report.
enum ModalityClassifier {
    /// Words that make a relation speculative when they follow its cue ("a visit is expected").
    static let speculativeAfter: WordSet = ["expected", "likely", "planned", "possible"]

    static func modality(of cue: CueHit, in tokens: [Token], lexicon: CueLexicon, reported: Bool) -> Modality {
        if cue.negated || isNegated(cue, tokens, lexicon) { return .negated }
        if isSpeculative(cue, tokens, lexicon) { return .speculative }
        return reported ? .reported : .asserted
    }

    static func isNegated(_ cue: CueHit, _ tokens: [Token], _ lexicon: CueLexicon) -> Bool {
        var end = cue.start
        while end > 0, cue.start - end < 5 {
            let t = tokens[end - 1]
            if t.kind == .punctuation, [",", ";", ":", "\"", "."].contains(t.key) { return false }
            if lexicon.negationIndex.matches(tokens, endingAt: end) { return true }
            end -= 1
        }
        return false
    }

    static func isSpeculative(_ cue: CueHit, _ tokens: [Token], _ lexicon: CueLexicon) -> Bool {
        for end in stride(from: cue.start, through: 1, by: -1)
        where lexicon.frameIndex.matches(tokens, endingAt: end) {
            return true
        }
        var end = cue.start
        while end > 0, cue.start - end < 13 {
            if tokens[end - 1].kind == .punctuation, [",", ";", ":", "."].contains(tokens[end - 1].key) { break }
            if lexicon.speculationIndex.matches(tokens, endingAt: end) { return true }
            end -= 1
        }
        for j in cue.end..<min(tokens.count, cue.end + 3)
        where Self.speculativeAfter.contains(tokens[j]) {
            return true
        }
        return false
    }
}
