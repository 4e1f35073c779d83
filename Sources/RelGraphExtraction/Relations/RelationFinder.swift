import RelGraph

/// One relation read from one sentence.
struct FoundRelation: Sendable, Hashable {
    var source: String
    var target: String
    var type: RelationType
    var directed: Bool
    var modality: Modality
    var cue: String
    var attribution: String?
    /// Token index of the cue in its sentence (orders a sentence's relations).
    var position: Int = 0
}

/// Reads the typed relations of one sentence from its cues and mentions.
///
/// For each cue (see ``CueLexicon``), in order:
/// - **Between**: "talks between X and Y", "ties between X and Y" relate X and Y, undirected.
/// - **Noun reading** — the cue follows a determiner ("a meeting"), a possessive ("Belousov's meeting with
///   Kim") or an adjacent actor ("North Korean troop involvement in Ukraine", "the ROK-US alliance"): the source
///   is the possessive or adjacent actor (a possessive pronoun "its"/"their" stands for the clause's subject),
///   or "by"/"from X" after it; the target is the actor after a preposition right after the cue.
/// - **Verb reading** otherwise: the source is the nearest actor before the cue (a verb after "and" shares
///   the subject of the previous verb: "X met Y and invited Z"), with the actors coordinated with it ("X and Y
///   met"); the target is the first actor after the cue in the same clause, with the actors coordinated with
///   it (for invite and request, every actor of the clause). Passive "was invited by X" and "provided by X
///   to Y" take X as the source.
/// - Reciprocal types (meet, talk, cooperate, ally, agree, sign, fight) with a coordinated subject and no
///   object relate the coordinated actors ("North Korea and Russia, which have become allies").
/// - **Speech** (statement, report): the speaker is the subject ("KCNA reported", "X told Y") or the actor
///   after "according to"; it gets a statement edge (report edge for an outlet) to the addressee and to the
///   first actor of what it says; an outlet also to both ends of the first relation it reports. "reported it"
///   refers to the previous sentence. Relations inside what is said are `reported`, attributed to the speaker.
/// A relation between an actor and the state it belongs to (a person and their country, an outlet and its
/// country) is an affiliation, not a relation, and is left out; a report edge is kept.
///
/// - Complexity: O(c·m) per sentence for c cues and m mentions.
struct RelationFinder {
    let tokens: [Token]
    let mentions: [Mention]

    /// The relations of the sentence and the cue hits used.
    struct Result {
        var relations: [FoundRelation]
    }

    /// Speech frames: who speaks, with which cue, and the token range of what is said.
    private struct Frame {
        var speaker: Mention?
        var cue: CueHit
        var content: Range<Int>
        var addressee: Mention?
    }

    init(sentence: Sentence, mentions: [Mention]) {
        self.tokens = sentence.tokens
        self.mentions = Self.parties(mentions)
    }

    /// The mentions of actors that are parties (no attributes), in order: `mentions` itself when all are (no
    /// copy), else a list of the right size (`filter` grew its result one reallocation at a time).
    static func parties(_ mentions: [Mention]) -> [Mention] {
        func isParty(_ m: Mention) -> Bool { !m.isAttribute && (m.kind?.isActor ?? false) }
        if mentions.allSatisfy(isParty) { return mentions }
        var out: [Mention] = []
        out.reserveCapacity(mentions.count)
        for m in mentions where isParty(m) { out.append(m) }
        return out
    }

    /// Finds the relations. `previous` are the relations of the previous sentence and its first actor, for
    /// "reported it"; `cueLexicon` gives the negation and speculation markers and `table` the actors'
    /// affiliations (arguments, not stored properties: a finder is made per sentence, and storing them retained
    /// each of their arrays).
    func find(
        cues: [CueHit], previous: [FoundRelation], previousFirstActor: String?, cueLexicon: CueLexicon,
        table: MentionTable
    ) -> [FoundRelation] {
        func affiliated(_ a: String, _ b: String) -> Bool { Self.affiliated(a, b, in: table) }
        let frames = speechFrames(cues)
        var out: [FoundRelation] = []
        var lastVerbSources: [Mention] = []
        var lastVerbReaches = false
        var speculationFrames = ModalityClassifier.FrameScan()
        for cue in cues where !cue.isSpeech {
            // The frame's position, not a copy of it: only its speaker's actor is read.
            let frame = frames.firstIndex {
                $0.cue.isSpeech && $0.content.contains(cue.start) && $0.cue.start != cue.start
            }
            let modality = ModalityClassifier.modality(
                of: cue, in: tokens, lexicon: cueLexicon, reported: frame != nil, frames: &speculationFrames)
            let attribution = modality == .negated && frame == nil ? nil : frame.flatMap { frames[$0].speaker?.actor }
            // "X summoned Y to protest ...": a purpose infinitive shares the main verb's subject (but "X
            // invited Y to send ..." makes Y the sender, so not after invite/request).
            let purpose = cue.start > 0 && tokens[cue.start - 1].key == "to" && !lastVerbReaches
            var (sources, targets, between, isVerb) = arguments(of: cue, lastVerbSources: lastVerbSources)
            if purpose && isVerb && !lastVerbSources.isEmpty { sources = lastVerbSources }
            if isVerb && !sources.isEmpty {
                lastVerbSources = sources
                lastVerbReaches = cue.reachesClause
            }
            func emit(_ s: Mention, _ t: Mention, directed: Bool) {
                guard s.actor != t.actor, !affiliated(s.actor, t.actor) else { return }
                // Room for four at the first relation, not a new buffer at each of the first few.
                if out.capacity == 0 { out.reserveCapacity(4) }
                out.append(
                    FoundRelation(
                        source: s.actor, target: t.actor, type: cue.type, directed: directed, modality: modality,
                        cue: cue.surface, attribution: attribution, position: cue.start))
            }
            if let (a, b) = between {
                emit(a, b, directed: false)
                continue
            }
            let reciprocal = isReciprocal(cue.type)
            for s in sources {
                for t in targets { emit(s, t, directed: cue.type.isDirectedByDefault) }
            }
            if reciprocal && sources.count >= 2 {
                for x in 0..<sources.count {
                    for y in (x + 1)..<sources.count { emit(sources[x], sources[y], directed: false) }
                }
            }
        }
        // Speech edges.
        for frame in frames {
            guard let speaker = frame.speaker else { continue }
            let negated = ModalityClassifier.isNegated(frame.cue, tokens, cueLexicon)
            let isOutlet = speaker.kind == .media
            let type: RelationType = frame.cue.isSpeech ? (isOutlet ? .report : .statement) : frame.cue.type
            var about: [String] = []
            if let addressee = frame.addressee { about.append(addressee.actor) }
            // The mentions of what is said: only the first, and (for an outlet) whether one is of an actor, are
            // asked, so they are searched, not filtered into an array per frame.
            func isContent(_ m: Mention) -> Bool {
                frame.content.contains(m.start) && m.start != speaker.start && m.actor != frame.addressee?.actor
                    && !(m.source == .pronoun && m.actor == speaker.actor) && !affiliated(m.actor, speaker.actor)
            }
            let firstContent = mentions.first(where: isContent)
            // The speaker speaks about the subject of what it says (none when that is itself).
            if let first = firstContent, first.actor != speaker.actor { about.append(first.actor) }
            // The first relation inside what an outlet says (searched, not filtered into an array).
            if isOutlet,
                let r = out.first(where: { r in
                    mentions.contains { isContent($0) && $0.actor == r.source }
                        || mentions.contains { isContent($0) && $0.actor == r.target }
                })
            {
                // Appended one by one (concatenating made an array of the two).
                about.append(r.source)
                about.append(r.target)
            }
            if firstContent == nil, frame.content.lowerBound < tokens.count,
                tokens[frame.content.lowerBound].key == "it" || tokens[frame.content.lowerBound].key == "this"
            {
                if let first = previousFirstActor { about.append(first) }
                if isOutlet, let r = previous.first {
                    about.append(r.source)
                    about.append(r.target)
                }
            }
            // Each target once: a target seen before is among the earlier ones of the few in `about` (one that
            // equals it is no more the speaker than it is). A set, made and hashed into per frame, cost more.
            for i in about.indices {
                let target = about[i]
                guard target != speaker.actor, !about[..<i].contains(target) else { continue }
                guard type == .report || !affiliated(speaker.actor, target) else { continue }
                if out.capacity == 0 { out.reserveCapacity(4) }
                out.append(
                    FoundRelation(
                        source: speaker.actor, target: target, type: type, directed: true,
                        modality: negated ? .negated : .asserted, cue: frame.cue.surface, attribution: nil,
                        position: frame.cue.start))
            }
        }
        // Sorted in place (`sorted` sorts a copy with the same algorithm, so the order is the same).
        out.sort { $0.position < $1.position }
        return out
    }

    /// A verb cue followed by "that" ("warned that ...") speaks about the actor of its clause, as speech does.
    private func isVerbWithComplement(_ cue: CueHit) -> Bool {
        !cue.isSpeech && cue.end < tokens.count && tokens[cue.end].key == "that" && !isNounAfterDeterminer(cue)
            && [.threaten, .criticize, .praise, .request, .agree, .support].contains(cue.type)
    }

    private func isReciprocal(_ type: RelationType) -> Bool {
        !type.isDirectedByDefault || type == .fight || type == .sign
    }

    /// Whether one of `a` and `b` is affiliated with the other.
    static func affiliated(_ a: String, _ b: String, in table: MentionTable) -> Bool {
        table.affiliation(a) == b || table.affiliation(b) == a
    }

    // MARK: Speech frames

    private func speechFrames(_ cues: [CueHit]) -> [Frame] {
        var frames: [Frame] = []
        for (n, cue) in cues.enumerated() where cue.isSpeech || isVerbWithComplement(cue) {
            if Self.startsWithAccording(cue.surface) {
                let speaker = mentions.first { $0.start >= cue.end && $0.start <= cue.end + 8 }
                var phraseEnd = speaker?.end ?? cue.end
                while phraseEnd < tokens.count, tokens[phraseEnd].key != "," { phraseEnd += 1 }
                let content = phraseEnd < tokens.count ? (phraseEnd..<tokens.count) : (0..<cue.start)
                frames.append(Frame(speaker: speaker, cue: cue, content: content, addressee: nil))
                continue
            }
            if isNounAfterDeterminer(cue) {
                // "a recent acknowledgment of X from Putin": the speaker follows "by"/"from".
                let agent = agentAfter(cue, within: 14)
                let content = cue.end..<(agent?.start ?? tokens.count)
                frames.append(Frame(speaker: agent, cue: cue, content: content, addressee: nil))
                if let agent {
                    for other in coordinated(after: agent) {
                        frames.append(Frame(speaker: other, cue: cue, content: content, addressee: nil))
                    }
                }
                continue
            }
            var speaker = subject(before: cue.start).last
            // "X welcomed Y's remarks and said ...": the verb after "and" shares the first verb's subject.
            if sharesSubject(cue), n > 0 { speaker = subject(before: cues[n - 1].start).last ?? speaker }
            // A speaker never stands inside a quotation that closes before the verb.
            if let s = speaker, (s.end..<cue.start).contains(where: { tokens[$0].key == "\"" }) { speaker = nil }
            var content = cue.end..<tokens.count
            if speaker == nil, cue.start > 0, [",", "\""].contains(tokens[cue.start - 1].key),
                let after = mentions.first(where: { $0.start >= cue.end && $0.start <= cue.end + 2 })
            {
                // "..., said Peskov."
                speaker = after
                content = 0..<cue.start
            }
            // At most two words after the cue (counted, not copied out).
            var rest = 0
            for t in cue.end..<tokens.count where tokens[t].kind != .punctuation { rest += 1 }
            if let s = speaker, rest <= 2, s.start < cue.start {
                content = 0..<s.start
            }
            var addressee: Mention?
            if Self.addressVerbs.contains(tokens[cue.start]),
                let m = mentions.first(where: { $0.start >= cue.end && $0.start <= cue.end + 2 })
            {
                addressee = m
                content = m.end..<tokens.count
            }
            frames.append(Frame(speaker: speaker, cue: cue, content: content, addressee: addressee))
        }
        return frames
    }

    // MARK: Arguments

    /// Sources, targets, a between-pair, and whether the cue was read as a verb.
    private func arguments(
        of cue: CueHit, lastVerbSources: [Mention]
    ) -> (
        [Mention], [Mention], (Mention, Mention)?, Bool
    ) {
        // "talks between X and Y"
        if cue.end < tokens.count, Self.betweenWords.contains(tokens[cue.end]) {
            let after = mentions.filter { $0.start > cue.end && $0.start <= cue.end + 4 }
            if let a = after.first, let b = coordinated(after: a).first { return ([], [], (a, b), false) }
        }
        // Noun reading with a possessive or adjacent actor.
        if let owner = adjacentOwner(of: cue) {
            var sources = [owner]
            if let partner = hyphenPartner(of: owner), isReciprocal(cue.type) {
                return ([], [], (partner, owner), false)
            }
            if tokens[owner.start].key == "its" || Vocabulary.possessivePronouns.contains(tokens[owner.start]) {
                sources = subject(before: owner.start)
            }
            return (sources, nounTargets(of: cue), nil, false)
        }
        if isNounAfterDeterminer(cue) {
            var sources: [Mention] = []
            let before = cue.start - 1
            if before >= 0, Vocabulary.possessivePronouns.contains(tokens[before]) {
                sources = subject(before: before)
            }
            if sources.isEmpty, let agent = agentAfter(cue, within: 12) { sources = [agent] }
            var targets = nounTargets(of: cue)
            // "the dispatch of North Korean troops to Russia": of-actor -> to-actor.
            if sources.isEmpty, let of = targets.first, of.start >= 1,
                tokens[of.start - 1].key == "of"
                    || (of.start >= 2 && tokens[of.start - 2].key == "of"),
                let to = mentions.first(where: { m in
                    m.start > of.end && m.start <= of.end + 3
                        && (of.end..<m.start).contains { Self.recipientWords.contains(tokens[$0]) }
                })
            {
                sources = [of]
                targets = [to]
            }
            return (sources, targets, nil, false)
        }
        // Verb reading.
        if let agent = agentAfter(cue, within: 2) {
            let passive = isPassive(cue)
            let patient = passive ? subject(before: cue.start) : objects(after: agent.end, cue: cue)
            return ([agent], patient, nil, true)
        }
        var sources = sharesSubject(cue) ? lastVerbSources : []
        if sources.isEmpty { sources = subject(before: cue.start) }
        return (sources, objects(after: cue.end, cue: cue), nil, true)
    }

    // Word sets of literal ASCII keys (none of K, ";" or "`", so that byte equality is `String` equality): one
    // lookup by the token's hash instead of a string comparison per literal, and no array made per call.
    /// The words that join coordinated actors.
    private static let joiners: WordSet = ["and", ",", "or"]
    /// The words that do not qualify a noun cue after its owner.
    private static let clauseWords: WordSet = ["and", "or", "but", "as", "which", "that"]
    /// The words after a cue that put its actors on both sides ("talks between X and Y").
    private static let betweenWords: WordSet = ["between", "among"]
    /// The words before the recipient of a dispatch ("of X to Y").
    private static let recipientWords: WordSet = ["to", "into", "for"]
    /// The adverbs between a passive auxiliary and its verb.
    private static let passiveAdverbs: WordSet = ["also", "not", "reportedly"]
    /// The words between "by" or "from" and the agent.
    private static let agentDeterminers: WordSet = ["both", "the", "a"]
    /// The words that end the object of a cue that does not reach its clause.
    private static let andOr: WordSet = ["and", "or"]
    /// The speech verbs whose object is the addressee.
    private static let addressVerbs: WordSet = ["told", "tells", "tell", "thanked"]
    /// The words between a person and the organisation they speak from.
    private static let speakerOrigins: WordSet = ["from", "of", "at"]

    /// `surface.lowercased().hasPrefix("according")`: only a surface whose first byte is "a" or "A" may lower-case
    /// to a string starting with "a" (no other character lower-cases to it), so the others are not lower-cased.
    static func startsWithAccording(_ surface: String) -> Bool {
        guard let first = surface.utf8.first, first | 0x20 == 0x61 else { return false }
        return surface.lowercased().hasPrefix("according")
    }

    /// What ends the search for an agent: the clause breakers and a full stop.
    private static let agentStops = Vocabulary.clauseBreakers.union(["."])
    /// The words before an agent: "by", and "from" beyond two words.
    private static let agentMarkers: WordSet = ["by", "from"]
    /// What ends the search for objects: the clause breakers, a full stop, a quote and a question mark.
    private static let objectStops = Vocabulary.clauseBreakers.union([".", "\"", "?"])

    /// The nearest actor before `index` in the clause, with the actors coordinated with it.
    private func subject(before index: Int) -> [Mention] {
        guard var m = mentions.last(where: { $0.end <= index }) else { return [] }
        // A semicolon is punctuation: the kind is read before the key is compared.
        for j in m.end..<index where tokens[j].kind == .punctuation && tokens[j].key == ";" { return [] }
        // "Hong Min from the Korea Institute ... said": the subject is the person, not the institute.
        var j = m.start - 1
        if j >= 0, tokens[j].key == "the" { j -= 1 }
        if j >= 1, Self.speakerOrigins.contains(tokens[j]),
            let p = mentions.last(where: { $0.end == j }), p.kind == .person
        {
            m = p
        }
        // Appended to the coordinated list (most often empty, without storage), not concatenated: one array.
        var out = coordinated(before: m)
        out.append(m)
        return out
    }

    /// Actors joined to `m` by "and"/commas before it ("X and Y").
    private func coordinated(before m: Mention) -> [Mention] {
        var out: [Mention] = []
        var current = m
        // The tokens between are read by index (iterating their slice copied each) and looked up once.
        while let prev = mentions.last(where: { $0.end <= current.start }),
            current.start - prev.end <= 3,
            (prev.end..<current.start).allSatisfy({ Vocabulary.coordinators.contains(tokens[$0]) }),
            (prev.end..<current.start).contains(where: { Self.joiners.contains(tokens[$0]) })
        {
            out.insert(prev, at: 0)
            current = prev
        }
        return out
    }

    /// Actors joined to `m` by "and"/commas after it.
    private func coordinated(after m: Mention) -> [Mention] {
        var out: [Mention] = []
        var current = m
        while let next = mentions.first(where: { $0.start >= current.end }),
            next.start - current.end <= 4,
            (current.end..<next.start).allSatisfy({ Vocabulary.coordinators.contains(tokens[$0]) }),
            (current.end..<next.start).contains(where: { Self.joiners.contains(tokens[$0]) })
        {
            out.append(next)
            current = next
        }
        return out
    }

    /// Whether the cue verb follows "and" (skipping auxiliaries and adverbs): it shares the previous subject.
    private func sharesSubject(_ cue: CueHit) -> Bool {
        var j = cue.start - 1
        while j >= 0, Vocabulary.auxiliaries.contains(tokens[j]) || tokens[j].key.hasSuffix("ly") { j -= 1 }
        guard j >= 0 else { return false }
        return tokens[j].key == "and" || (tokens[j].key == "," && cue.surface.hasSuffix("ing"))
    }

    private func isPassive(_ cue: CueHit) -> Bool {
        var j = cue.start - 1
        while j >= 0, tokens[j].key.hasSuffix("ly") || Self.passiveAdverbs.contains(tokens[j]) { j -= 1 }
        return j >= 0 && Vocabulary.passiveAuxiliaries.contains(tokens[j])
    }

    /// "by X" / "from X" shortly after the cue.
    private func agentAfter(_ cue: CueHit, within distance: Int) -> Mention? {
        var j = cue.end
        // Read once (a static set is behind a lazy-initialisation check at every access).
        let stops = Self.agentStops
        let markers = Self.agentMarkers
        while j < min(tokens.count, cue.end + distance) {
            // One lookup each for the stops and the two markers (comparing the key with each literal called
            // the string comparison for every other word).
            if stops.contains(tokens[j]) { return nil }
            if markers.contains(tokens[j]) && (tokens[j].key == "by" || distance > 2) {
                var n = j + 1
                while n < tokens.count, Self.agentDeterminers.contains(tokens[n]) { n += 1 }
                if let m = mentions.first(where: { $0.start == n || ($0.start == n + 1 && tokens[n].isCapitalized) }) {
                    return m
                }
                return nil
            }
            j += 1
        }
        return nil
    }

    /// The first actor after `index` in the clause, with those coordinated with it (every actor of the clause
    /// for a cue that reaches the clause).
    private func objects(after index: Int, cue: CueHit) -> [Mention] {
        var out: [Mention] = []
        var j = index
        while j < tokens.count, j - index <= 14 {
            if let m = mentions.first(where: { $0.start == j }) {
                if out.isEmpty || cue.reachesClause {
                    out.append(m)
                    if !cue.reachesClause {
                        out += coordinated(after: m)
                        return out
                    }
                }
                j = m.end
                continue
            }
            // One lookup for the clause breakers and the three marks, as for the agent.
            if Self.objectStops.contains(tokens[j]) { break }
            let k = tokens[j].key
            if out.isEmpty && !cue.reachesClause && Self.andOr.contains(tokens[j]) { break }
            if tokens[j].kind == .punctuation && k == "," {
                let next = j + 1 < tokens.count ? tokens[j + 1].key : ""
                let elaborates = ["particularly", "especially", "including", "notably", "namely"].contains(next)
                let soon = mentions.contains { $0.start > j + 1 && $0.start <= j + 4 }
                if !(elaborates && soon) { break }
            }
            j += 1
        }
        return out
    }

    /// The target of a noun cue: the actor after a preposition right after it ("meeting with Putin").
    private func nounTargets(of cue: CueHit) -> [Mention] {
        var j = cue.end
        while j < min(tokens.count, cue.end + 3) {
            if Vocabulary.targetPrepositions.contains(tokens[j]), tokens[j].key != "from" {
                var n = j + 1
                while n < min(tokens.count, j + 5) {
                    if let m = mentions.first(where: { $0.start == n }) {
                        var out = [m]
                        out += coordinated(after: m)
                        return out
                    }
                    let t = tokens[n]
                    if t.kind == .punctuation && t.key != "(" && t.key != "'" && t.key != "\"" { break }
                    n += 1
                }
                return []
            }
            if tokens[j].kind == .punctuation { return [] }
            j += 1
        }
        return []
    }

    /// A possessive or adjacent actor before a noun cue ("Kim's meeting", "North Korean troop involvement").
    private func adjacentOwner(of cue: CueHit) -> Mention? {
        guard let m = mentions.last(where: { $0.end <= cue.start }) else {
            return nil
        }
        var j = m.end
        if j < cue.start, tokens[j].isPossessive { j += 1 }
        // The gap's tokens are read by index: iterating their slice copied each.
        let gap = j..<cue.start
        guard gap.count <= 2 else { return nil }
        let isQualifier: (Int) -> Bool = { k in
            tokens[k].kind == .word && !tokens[k].isCapitalized && !Vocabulary.determiners.contains(tokens[k])
                && !Vocabulary.targetPrepositions.contains(tokens[k]) && !Vocabulary.auxiliaries.contains(tokens[k])
                && !tokens[k].key.hasSuffix("ly") && !tokens[k].key.hasSuffix("ing") && !tokens[k].key.hasSuffix("ed")
                && !Self.clauseWords.contains(tokens[k])
        }
        guard gap.allSatisfy(isQualifier) else { return nil }
        // Adjacent without a possessive only for states, demonyms and pronoun-less forms: "Russia-Ukraine war".
        if j == m.end && m.source != .demonym && hyphenPartner(of: m) == nil && m.kind != .state {
            return nil
        }
        if j == m.end && gap.isEmpty && !tokens[cue.start].hyphenated && m.source != .demonym
            && hyphenPartner(of: m) == nil && m.kind == .state && cue.type.isDirectedByDefault
            && !["war", "conflict", "invasion"].contains(tokens[cue.start].key)
        {
            return nil
        }
        return m
    }

    /// The actor joined to `m` by a hyphen before it ("ROK" of "ROK-US").
    private func hyphenPartner(of m: Mention) -> Mention? {
        guard m.start < tokens.count, tokens[m.start].hyphenated else { return nil }
        return mentions.last { $0.end == m.start }
    }

    /// Whether a determiner stands right before the cue or one word before it ("a meeting", "a rare meeting").
    private func isNounAfterDeterminer(_ cue: CueHit) -> Bool {
        for back in 1...3 {
            let j = cue.start - back
            guard j >= 0 else { return false }
            if Vocabulary.determiners.contains(tokens[j]) { return true }
            if tokens[j].kind != .word || mentions.contains(where: { $0.start <= j && j < $0.end }) { return false }
        }
        return false
    }
}
