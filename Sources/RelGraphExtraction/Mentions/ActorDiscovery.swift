import RelGraph

/// Discovers actors no lexicon knows from runs of capitalised words.
///
/// A run (capitalised words, hyphenated parts, and the connectors of/for/and/the inside organisation names) is
/// - an organisation, military unit or outlet when it has two or more words and one is an organisation head
///   (Agency, Institute, University, Ministry, Council, Service, Party, Army, Corps, Fleet, News ...), the kind
///   following the head; a demonym just before it is kept in the name ("Russian Defense Ministry");
/// - a person when it has two to four name words and a person cue: a title before it (President, Dr.,
///   aide, analyst), a speech verb after it ("said", "told"), "from"/"of"/"at" and an organisation after it, an
///   appositive (", a professor"), "according to" before it, or the form of a Korean name (a common family name
///   and a hyphenated given name: "Kim Yong-nam");
/// - an organisation defined with its acronym ("National Intelligence Service (NIS)") when the acronym's
///   letters are the run's initials; the acronym then names it for the rest of the document;
/// - an outlet when it is a capitalised web name ("Time.news").
/// Sentence-initial words, months and weekdays, and anything the lexicon matched (places, events and weapons
/// included) are never discovered.
///
/// - Complexity: O(n) in the number of tokens, plus one lexicon pass for the discovered names.
enum ActorDiscovery {
    /// Adds discovered actors and all their mentions to `table`.
    /// - Parameters:
    ///   - table: the document's mentions so far (lexicon mentions).
    ///   - titles: ``Vocabulary/personTitles`` with the title keys known from the lexicon.
    static func discover(in table: inout MentionTable, titles: WordSet) {
        var found: [String: LexiconEntry] = [:]
        var order: [String] = []
        func record(_ entry: LexiconEntry) {
            if var existing = found[entry.id] {
                existing.aliases = Array(Set(existing.aliases + entry.aliases)).sorted()
                found[entry.id] = existing
            } else {
                found[entry.id] = entry
                order.append(entry.id)
            }
        }
        for s in table.sentences.indices {
            // Through a buffer: tokens are borrowed, where the array's subscript would copy (and retain) them.
            table.sentences[s].tokens.withUnsafeBufferPointer { tokens in
                var i = 0
                while i < tokens.count {
                    // Both kinds of name below start with a capitalised word.
                    guard tokens[i].kind == .word, tokens[i].isCapitalized else {
                        i += 1
                        continue
                    }
                    // A dot byte first, searched in the text's buffer (the view's generic search cost more),
                    // before the token is copied.
                    var text = tokens[i].text
                    if text.withUTF8({ $0.contains(0x2E) }) {
                        let t = tokens[i]
                        if t.text.contains("."), t.text.last != ".", t.text.contains(where: \.isLowercase),
                            !table.covered(s, i)
                        {
                            record(LexiconEntry(id: NameKey.slug(t.text), name: t.text, kind: .media))
                            i += 1
                            continue
                        }
                    }
                    guard startsRun(tokens, i), !table.covered(s, i) else {
                        i += 1
                        continue
                    }
                    var end = i + 1
                    // The run's tokens read in place (a copy of each retained its strings).
                    while end < tokens.count, !table.covered(s, end) {
                        if tokens[end].kind == .word,
                            tokens[end].hyphenated || (tokens[end].isCapitalized && !tokens[end].attached)
                        {
                            end += 1
                        } else if Vocabulary.nameConnectors.contains(tokens[end]), end + 1 < tokens.count,
                            startsRun(tokens, end + 1), !table.covered(s, end + 1)
                        {
                            end += 1
                        } else if tokens[end].isPossessive, end + 1 < tokens.count, startsRun(tokens, end + 1),
                            !table.covered(s, end + 1)
                        {
                            end += 1
                        } else {
                            break
                        }
                    }
                    if let entry = classify(table: table, sentence: s, run: i..<end, titles: titles) {
                        record(entry)
                    }
                    i = end
                }
            }
        }
        guard !found.isEmpty else { return }
        // One pass over the discovered entries, each looked up once (three passes copied each three times). An
        // entry decides only its own id's filing, so filing them one by one is filing them all first.
        var matched: [LexiconEntry] = []
        matched.reserveCapacity(order.count)
        for id in order {
            guard let e = found[id] else { continue }
            // Discovered names may collide with lexicon ids; the lexicon wins.
            var entry: LexiconEntry
            if let p = table.entries.index(forKey: id) {
                entry = table.entries.values[p]
                entry.aliases = e.aliases
                entry.name = e.name
            } else {
                table.entries[id] = e
                table.discovered.insert(id)
                entry = e
            }
            if !e.aliases.isEmpty { table.learntAliases[id, default: []].formUnion(e.aliases) }
            entry.demonyms = []
            matched.append(entry)
        }
        let matcher = LexiconMatcher(entries: matched)
        var matches: [Mention] = []
        for s in table.sentences.indices {
            matcher.find(in: table.sentences[s], into: &matches)
            for m in matches {
                // A discovered name swallows a one-word state mention inside it ("Seoul" of "Seoul Forum ...").
                let inside = table.mentions[s].filter { $0.start < m.end && m.start < $0.end }
                guard inside.allSatisfy({ $0.start >= m.start && $0.end <= m.end && $0.end - $0.start == 1 }),
                    inside.allSatisfy({ $0.kind == .state }), m.end - m.start > 1 || inside.isEmpty
                else { continue }
                table.mentions[s].removeAll { x in inside.contains(x) }
                var mention = m
                mention.source = table.discovered.contains(m.actor) ? .discovered : .lexicon
                table.add(mention, sentence: s)
            }
        }
    }

    /// Whether a capitalised run may start at token `i`.
    private static func startsRun(_ tokens: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        tokens[i].kind == .word && tokens[i].isCapitalized && !tokens[i].isPossessive
            && !(tokens[i].isSingleCharacter && tokens[i].key != "o")
    }

    /// What the run `run` of sentence `s` names, if it is an actor.
    private static func classify(
        table: MentionTable, sentence s: Int, run: Range<Int>, titles: WordSet
    )
        -> LexiconEntry?
    {
        let tokens = table.sentences[s].tokens
        var a = run.lowerBound
        var b = run.upperBound
        var hasTitle = false
        // "Kyiv-based Centre for ...": the place before "-based" is not part of the name.
        if let based = (a..<b).last(where: { tokens[$0].hyphenated && tokens[$0].key == "based" }) { a = based + 1 }
        // Leading non-name words and titles ("According", "Foreign Minister").
        while a < b {
            if titles.contains(tokens[a]) && !tokens[a].hyphenated {
                hasTitle = true
            } else if !Vocabulary.nonNameWords.contains(tokens[a]) {
                break
            }
            a += 1
        }
        while b > a,
            Vocabulary.nameConnectors.contains(tokens[b - 1]) || tokens[b - 1].isPossessive
                || Vocabulary.calendarWords.contains(tokens[b - 1])
        {
            b -= 1
        }
        guard a < b else { return nil }
        let words = tokens[a..<b]
        // Counted and tested by index: filtering the slice copied its tokens.
        let groups = (a..<b).count { !tokens[$0].hyphenated }
        let surface = table.surface(s, a..<b)
        // An acronym defined right after: "National Intelligence Service (NIS)".
        var acronym: String?
        if b + 2 < tokens.count, tokens[b].key == "(", tokens[b + 2].key == ")", tokens[b + 1].isAllCaps {
            let initials = words.filter { !$0.hyphenated && $0.isCapitalized }.compactMap(\.text.first).map(String.init)
                .joined()
            if initials.uppercased() == tokens[b + 1].text.uppercased() { acronym = tokens[b + 1].text }
        }
        let aliases = acronym.map { [$0] } ?? []
        let heads = (a..<b).compactMap { Vocabulary.organizationHeads[token: tokens[$0]] }
        let headKind = heads.contains("media") ? "media" : heads.last
        if groups >= 2, let headKind, let kind = ActorKind(rawValue: headKind) {
            var name = surface
            // "Russian Defense Ministry", "Seoul Forum for Strategic Affairs": a demonym or a one-word place
            // right before the run belongs to the name.
            if a > 0, let m = table.mentions[s].last(where: { $0.end == a }), m.kind == .state,
                m.source == .demonym
                    || (m.end - m.start == 1 && tokens[m.start].isCapitalized && !tokens[m.start].isAllCaps)
            {
                name = table.surface(s, m.start..<b)
            }
            return LexiconEntry(id: NameKey.slug(name), name: name, kind: kind, aliases: aliases)
        }
        if let acronym, groups >= 2 {
            return LexiconEntry(id: NameKey.slug(surface), name: surface, kind: .organization, aliases: [acronym])
        }
        guard (2...4).contains(groups), (a..<b).allSatisfy({ tokens[$0].isCapitalized || tokens[$0].hyphenated }),
            !(a..<b).contains(where: { Vocabulary.calendarWords.contains(tokens[$0]) })
        else { return nil }
        if a == run.lowerBound, a == 0 || isSentenceStart(tokens, a), !hasTitle {
            // A sentence-initial run needs a strong cue after it.
            if !hasPersonCueAfter(table: table, sentence: s, after: b) && !isKoreanName(words) { return nil }
        }
        if hasTitle || hasTitleBefore(tokens, a, titles: titles)
            || hasPersonCueAfter(table: table, sentence: s, after: b)
            || isKoreanName(words) || isAfterAccordingTo(tokens, a)
        {
            return LexiconEntry(id: NameKey.slug(surface), name: surface, kind: .person)
        }
        return nil
    }

    private static func isSentenceStart(_ tokens: [Token], _ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, tokens[j].kind == .punctuation { j -= 1 }
        // "E: Welcome" — a speaker label also starts a sentence.
        return j < 0 || (j == 0 && tokens[0].isSingleCharacter && tokens[1].key == ":")
    }

    private static func hasTitleBefore(_ tokens: [Token], _ i: Int, titles: WordSet) -> Bool {
        var j = i - 1
        if j >= 0, tokens[j].key == "." { j -= 1 }
        return j >= 0 && titles.contains(tokens[j])
    }

    private static func isAfterAccordingTo(_ tokens: [Token], _ i: Int) -> Bool {
        i >= 2 && tokens[i - 1].key == "to" && tokens[i - 2].key == "according"
    }

    /// A Korean name: a common family name, then a given name with a hyphen ("Kim Yong-nam", "Lim Eul-chul").
    private static func isKoreanName(_ words: ArraySlice<Token>) -> Bool {
        guard let first = words.first, Vocabulary.koreanSurnames.contains(first) else { return false }
        let groups = words.filter { !$0.hyphenated }.count
        return groups == 2 && words.contains { $0.hyphenated }
    }

    /// Whether what follows token `b` shows the run before it is a person.
    private static func hasPersonCueAfter(table: MentionTable, sentence s: Int, after b: Int) -> Bool {
        let tokens = table.sentences[s].tokens
        guard b < tokens.count else { return false }
        let next = tokens[b].key
        if Vocabulary.speechVerbs.contains(tokens[b]) { return true }
        if ["from", "of", "at"].contains(next) {
            for j in (b + 1)..<min(tokens.count, b + 9) {
                if tokens[j].isCapitalized, Vocabulary.organizationHeads[token: tokens[j]] != nil { return true }
                if let m = table.mentions[s].first(where: { $0.start == j }),
                    let kind = m.kind, kind == .organization || kind == .media
                {
                    return true
                }
                if [",", ";", "."].contains(tokens[j].key) { break }
            }
        }
        if next == ",", b + 2 < tokens.count {
            var j = b + 1
            if ["a", "an", "the"].contains(tokens[j].key) { j += 1 }
            for k in j..<min(tokens.count, j + 3) where Vocabulary.personAppositives.contains(tokens[k]) {
                return true
            }
        }
        return false
    }
}
