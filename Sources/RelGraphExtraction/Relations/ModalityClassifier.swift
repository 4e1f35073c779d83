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
    /// The marks a negation does not reach across, and those (all but the quote) a speculation marker does not.
    static let negationBreaks: WordSet = [",", ";", ":", "\"", "."]
    static let speculationBreaks: WordSet = [",", ";", ":", "."]

    /// The modality of `cue`. `frames` remembers, across the cues of one sentence, how far the sentence has been
    /// searched for speculation frames (a fresh ``FrameScan`` for each sentence).
    static func modality(
        of cue: CueHit, in tokens: [Token], lexicon: CueLexicon, reported: Bool, frames: inout FrameScan
    ) -> Modality {
        if cue.negated || isNegated(cue, tokens, lexicon) { return .negated }
        if isSpeculative(cue, tokens, lexicon, frames: &frames) { return .speculative }
        return reported ? .reported : .asserted
    }

    /// The first token end at which a speculation frame ends in a sentence, searched forward only as far as the
    /// cues asked so far: a frame ends at or before end `e` exactly when the first one does. Each cue used to
    /// search every end before it, so a sentence of several cues searched its start several times.
    struct FrameScan {
        /// Ends `1...searched` have been tried.
        private var searched = 0
        /// The first end with a frame, once found.
        private var first: Int?

        init() {}

        /// Whether a speculation frame ends at some token end in `1...end`.
        mutating func hasFrame(endingBy end: Int, in tokens: [Token], lexicon: CueLexicon) -> Bool {
            if let first { return first <= end }
            while searched < end {
                searched += 1
                if lexicon.frameIndex.matches(tokens, endingAt: searched) {
                    first = searched
                    return true
                }
            }
            return false
        }
    }

    static func isNegated(_ cue: CueHit, _ tokens: [Token], _ lexicon: CueLexicon) -> Bool {
        var end = cue.start
        while end > 0, cue.start - end < 5 {
            if tokens[end - 1].kind == .punctuation, negationBreaks.contains(tokens[end - 1]) { return false }
            if lexicon.negationIndex.matches(tokens, endingAt: end) { return true }
            end -= 1
        }
        return false
    }

    static func isSpeculative(
        _ cue: CueHit, _ tokens: [Token], _ lexicon: CueLexicon, frames: inout FrameScan
    ) -> Bool {
        if frames.hasFrame(endingBy: cue.start, in: tokens, lexicon: lexicon) { return true }
        return isSpeculativeAfterFrames(cue, tokens, lexicon)
    }

    /// ``isSpeculative(_:_:_:frames:)`` by its definition: every end before the cue searched for a frame.
    static func isSpeculativeByDefinition(_ cue: CueHit, _ tokens: [Token], _ lexicon: CueLexicon) -> Bool {
        for end in stride(from: cue.start, through: 1, by: -1)
        where lexicon.frameIndex.matches(tokens, endingAt: end) {
            return true
        }
        return isSpeculativeAfterFrames(cue, tokens, lexicon)
    }

    /// The markers near the cue, when no frame stands before it.
    private static func isSpeculativeAfterFrames(_ cue: CueHit, _ tokens: [Token], _ lexicon: CueLexicon) -> Bool {
        var end = cue.start
        while end > 0, cue.start - end < 13 {
            if tokens[end - 1].kind == .punctuation, speculationBreaks.contains(tokens[end - 1]) { break }
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
