import RelGraph

/// Marks mentions that name an actor without making it a party to the sentence, and records affiliations.
///
/// - A state that qualifies a person, outlet, organisation or unit ("Russian President Vladimir Putin",
///   "Russian presidential aide Yury Ushakov", "North Korea's Foreign Minister Choe Son-hui", "the Russian
///   state-run TASS news agency", "Putin (Russian President)") is an attribute: the actor's affiliation, never a
///   relation. Only title and role words may stand between them.
/// - A capital city used as a place ("analysts in Seoul", "the parade in Moscow") is not a mention of the state.
/// The affiliation found is recorded on discovered actors that have none.
enum AttributeMarker {
    /// The keys ``isCityAlias(_:of:keys:)`` compares a token with, made once per lexicon state rather than at
    /// every capital found after "in": the name and demonyms they were made from, and their token keys.
    struct StateKeys: Sendable {
        var name: String
        var demonyms: [String]
        var nameKeys: [String]
        var demonymKeys: [String]

        init(_ entry: LexiconEntry) {
            name = entry.name
            demonyms = entry.demonyms
            nameKeys = Tokenizer.tokenize(entry.name).map(\.key)
            demonymKeys = entry.demonyms.map(Tokenizer.key)
        }

        /// The keys of the states among `entries`, by id (the first entry of an id).
        static func table(_ entries: [LexiconEntry]) -> WordTable<StateKeys> {
            WordTable(entries.lazy.filter { $0.kind == .state }.map { ($0.id, StateKeys($0)) })
        }
    }

    /// - Parameters:
    ///   - roleWords: ``Vocabulary/roleWords`` with the lexicon's title words.
    ///   - states: ``StateKeys`` of the lexicon's states (an entry they were not made from is read itself).
    static func mark(_ table: inout MentionTable, roleWords: WordSet, states: WordTable<StateKeys> = [:]) {
        for s in table.sentences.indices {
            let tokens = table.sentences[s].tokens
            var drop: Set<Int> = []
            for k in table.mentions[s].indices {
                // Most mentions are no state: that read in place first, the copy only after it.
                guard table.mentions[s][k].kind == .state, table.mentions[s][k].source != .role else { continue }
                let m = table.mentions[s][k]
                // A capital city as a location.
                if m.source == .lexicon, m.end - m.start == 1, m.start > 0,
                    Vocabulary.locatives.contains(tokens[m.start - 1]),
                    let entry = table.entries[m.actor], isCityAlias(tokens[m.start], of: entry, keys: states[m.actor])
                {
                    drop.insert(k)
                    continue
                }
                // State + role words + actor.
                var j = m.end
                let possessive = j < tokens.count && tokens[j].isPossessive
                if possessive { j += 1 }
                var roleCount = 0
                var qualified: Int?
                while j < tokens.count, j - m.end <= 7 {
                    if let q = table.mentions[s].firstIndex(where: { $0.start == j }) {
                        qualified = q
                        break
                    }
                    let t = tokens[j]
                    guard t.kind == .word, roleWords.contains(t) || (t.isCapitalized && roleWords.contains(t))
                    else {
                        break
                    }
                    roleCount += 1
                    j += 1
                }
                if let q = qualified, let kind = table.mentions[s][q].kind, kind != .state, kind.isActor,
                    m.source == .demonym || roleCount >= 1
                {
                    table.mentions[s][k].isAttribute = true
                    affiliate(&table, table.mentions[s][q].actor, with: m.actor)
                    continue
                }
                // "Putin (Russian President)".
                if m.start >= 2, tokens[m.start - 1].key == "(",
                    let q = table.mentions[s].lastIndex(where: { $0.end == m.start - 1 }),
                    table.mentions[s][q].kind == .person
                {
                    table.mentions[s][k].isAttribute = true
                    affiliate(&table, table.mentions[s][q].actor, with: m.actor)
                }
            }
            if !drop.isEmpty {
                table.mentions[s] = table.mentions[s].enumerated().filter { !drop.contains($0.offset) }.map(\.element)
            }
        }
    }

    /// Whether `token` names the state's capital or seat rather than the state ("Moscow", "Kremlin").
    ///
    /// `keys`, when made from this entry's name and demonyms, give their keys without tokenizing them again.
    static func isCityAlias(_ token: Token, of entry: LexiconEntry, keys: StateKeys?) -> Bool {
        let key = token.key
        if let keys, keys.name == entry.name, keys.demonyms == entry.demonyms {
            if keys.nameKeys == [key] || keys.demonymKeys.contains(key) { return false }
        } else {
            if Tokenizer.tokenize(entry.name).map(\.key) == [key] { return false }
            if entry.demonyms.contains(where: { Tokenizer.key($0) == key }) { return false }
        }
        if token.isAllCaps || LexiconMatcher.looksLikeDemonym(key) { return false }
        return true
    }

    private static func affiliate(_ table: inout MentionTable, _ actor: String, with state: String) {
        guard table.discovered.contains(actor), table.affiliation(actor) == nil else { return }
        table.entries[actor]?.affiliation = state
    }
}
