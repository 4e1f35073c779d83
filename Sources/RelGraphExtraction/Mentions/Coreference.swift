import RelGraph

/// Resolves references within one document: short names, titles with a surname, role descriptions and
/// personal pronouns.
///
/// - Short names: a person named in full ("Andrei Belousov", "Kim Jong-un") may later be called by the first or
///   last part of the name ("Belousov", "Kim"), alone or after a title ("Minister Belousov", "Chairman Kim",
///   "Dr. Smith"). When several people share the short name (Kim Jong-un, Kim Yo Jong, Kim Jong-il, Kim
///   Yong-nam), a title narrows them to those the lexicon gives that title; otherwise the name resolves only
///   when one of them dominates the document (at least twice the full mentions of any other). Else it stays
///   unresolved rather than guess wrong.
/// - Role descriptions: a state (demonym or possessive) and a role title not followed by a name ("the Russian
///   Defense Minister", "Russia's defence minister", "the Minister of Defense of Russia") resolve to the
///   lexicon holder of that role: the one named in the document, else the one holding it on the document's date
///   (or now).
/// - Pronouns: he, she, him, his, her resolve to the last person mentioned within the two previous sentences.
enum Coreference {
    /// One role a lexicon entry holds: the title's token keys (several spellings) and the state.
    struct RoleForm: Sendable {
        var keys: [String]
        var entry: LexiconEntry
        var role: LexiconEntry.Role
    }

    /// Title variants of a role: "Defense Minister" also as "Minister of Defense", "Defence Minister".
    static func roleForms(of entries: [LexiconEntry]) -> [RoleForm] {
        var out: [RoleForm] = []
        for e in entries where e.kind == .person {
            for role in e.roles {
                var variants: Set<[String]> = []
                let keys = Tokenizer.tokenize(role.title).map(\.key)
                variants.insert(keys)
                if keys.count == 2 { variants.insert([keys[1], "of", keys[0]]) }
                if keys.count == 3, keys[1] == "of" { variants.insert([keys[2], keys[0]]) }
                for v in variants {
                    variants.insert(v.map { $0 == "defense" ? "defence" : $0 })
                }
                for v in variants.sorted(by: { $0.joined(separator: " ") < $1.joined(separator: " ") }) {
                    out.append(RoleForm(keys: v, entry: e, role: role))
                }
            }
        }
        return out.sorted { $0.keys.count > $1.keys.count }
    }

    /// What coreference needs from the lexicon, computed once per extractor rather than once per document.
    struct Index: Sendable {
        /// Role forms, longest title first.
        var roles: [RoleForm]
        /// Positions in `roles` of the forms whose title starts with a key, in `roles` order.
        var rolesByFirstKey: WordTable<[Int]>
        /// Lexicon persons.
        var persons: [LexiconEntry]
        /// Lexicon persons by the first or last group of their name ("Kim", "Jong-un" as ["jong", "un"]).
        var personsByShortName: [[String]: [LexiconEntry]]
        /// The first key of each short name in `personsByShortName`: a word that is none of them starts no
        /// lexicon short name.
        var shortNameFirstKeys: WordSet
        /// ``groups(_:)`` of the lexicon persons' names, computed once (a document's persons are mostly these).
        var nameGroups: [String: [[String]]]

        init(entries: [LexiconEntry]) {
            roles = roleForms(of: entries)
            var byFirstKey: [String: [Int]] = [:]
            for (n, form) in roles.enumerated() {
                if let first = form.keys.first { byFirstKey[first, default: []].append(n) }
            }
            rolesByFirstKey = WordTable(byFirstKey)
            persons = entries.filter { $0.kind == .person }
            personsByShortName = [:]
            nameGroups = [:]
            for e in persons {
                let g = groups(e.name)
                nameGroups[e.name] = g
                guard g.count >= 2, let first = g.first, let last = g.last else { continue }
                personsByShortName[first, default: []].append(e)
                if last != first { personsByShortName[last, default: []].append(e) }
            }
            shortNameFirstKeys = WordSet(personsByShortName.keys.compactMap { $0.first }.sorted())
        }
    }

    /// Adds role, short-name and pronoun mentions to `table`.
    /// - Parameter shortcuts: whether short names take their shortcuts (the index's name groups, and no lookup
    ///   for a word that starts no short name); false follows the definition, for tests.
    static func resolve(in table: inout MentionTable, index: Index, date: String?, shortcuts: Bool = true) {
        resolveRoles(in: &table, index: index, date: date)
        resolveShortNames(in: &table, index: index, shortcuts: shortcuts)
        resolvePronouns(in: &table)
    }

    // MARK: Roles

    private static func resolveRoles(in table: inout MentionTable, index: Index, date: String?) {
        let roles = index.roles
        guard !roles.isEmpty else { return }
        // The actors named in the document before roles are resolved. A role asks about a few candidates: a
        // scan of the mentions costs less than building a set of their actors.
        let mentionsBefore = table.mentions
        func isNamed(_ id: String) -> Bool { mentionsBefore.contains { $0.contains { $0.actor == id } } }
        for s in table.sentences.indices {
            let tokens = table.sentences[s].tokens
            var i = 0
            while i < tokens.count {
                // Most words start no role: that lookup first, the mention scan only after it.
                guard let starting = index.rolesByFirstKey.value(tokens[i].key, hash: tokens[i].keyHash),
                    !table.covered(s, i),
                    let n = starting.first(where: { n in
                        let keys = roles[n].keys
                        return i + keys.count <= tokens.count
                            && (0..<keys.count).allSatisfy { tokens[i + $0].key == keys[$0] }
                    })
                else {
                    i += 1
                    continue
                }
                // Role forms are read in place, by index: a copy of one retains its entry's arrays.
                let title = roles[n].keys
                let end = i + title.count
                // A role followed by a name is a title ("Defense Minister Andrei Belousov"), not a description.
                if end < tokens.count, tokens[end].isCapitalized, tokens[end].kind == .word {
                    i = end
                    continue
                }
                if table.mentions[s].contains(where: { $0.start == end }) {
                    i = end
                    continue
                }
                var state: String?
                var stateMention: Int?
                if let k = table.mentions[s].lastIndex(where: {
                    $0.end == i || ($0.end == i - 1 && tokens[i - 1].isPossessive)
                }),
                    table.mentions[s][k].kind == .state
                {
                    state = table.mentions[s][k].actor
                    stateMention = k
                } else if end + 1 < tokens.count, tokens[end].key == "of",
                    let k = table.mentions[s].firstIndex(where: {
                        $0.start == end + 1 || ($0.start == end + 2 && tokens[end + 1].key == "the")
                    }),
                    table.mentions[s][k].kind == .state
                {
                    state = table.mentions[s][k].actor
                    stateMention = k
                }
                // The candidates as indices into `roles`, filtered as the forms themselves would be.
                var candidates = (index.rolesByFirstKey[title[0]] ?? []).filter {
                    roles[$0].keys == title
                        && (state == nil || roles[$0].role.of == nil || roles[$0].role.of == state)
                }
                if state == nil { candidates = candidates.filter { isNamed(roles[$0].entry.id) } }
                let inDocument = candidates.filter { isNamed(roles[$0].entry.id) }
                if !inDocument.isEmpty { candidates = inDocument }
                let held = candidates.filter { roles[$0].role.isHeld(on: date) }
                if !held.isEmpty { candidates = held }
                let ids = Set(candidates.map { roles[$0].entry.id })
                if ids.count == 1, let pick = candidates.first {
                    let id = roles[pick].entry.id
                    if let k = stateMention { table.mentions[s][k].isAttribute = true }
                    if table.entries.index(forKey: id) == nil { table.entries[id] = roles[pick].entry }
                    table.add(Mention(actor: id, start: i, end: end, source: .role), sentence: s)
                }
                i = end
            }
        }
    }

    // MARK: Short names

    private static func groups(_ name: String) -> [[String]] {
        var out: [[String]] = []
        for t in Tokenizer.tokenize(name) where t.kind == .word {
            if t.hyphenated, !out.isEmpty {
                out[out.count - 1].append(LexiconMatcher.matchKey(t))
            } else {
                out.append([LexiconMatcher.matchKey(t)])
            }
        }
        return out
    }

    private static func resolveShortNames(in table: inout MentionTable, index: Index, shortcuts: Bool) {
        let lexiconPersons = index.persons
        let lexiconShort = index.personsByShortName
        // Full mentions per person, by the position of its entry in the table (a person mention's entry is
        // there): a table lookup per mention, where a dictionary of ids hashed each id with SipHash and grew.
        var counts = [Int](repeating: 0, count: table.entries.count)
        for sentence in table.mentions {
            for m in sentence where m.source == .lexicon || m.source == .discovered || m.source == .role {
                if m.kind == .person, let e = table.entries.index(forKey: m.actor) { counts[e] += 1 }
            }
        }
        // The persons counted, in id order; an id without a counted mention (an entry filed later) counts 0.
        let counted = counts.indices.filter { counts[$0] > 0 }.map { table.entries.keys[$0] }.sorted()
        func fullCount(_ id: String) -> Int {
            guard let e = table.entries.index(forKey: id), e < counts.count else { return 0 }
            return counts[e]
        }
        // The document's persons by the first and the last group of their names. A document names a few: a list
        // searched by comparing keys costs less than hashing key arrays into a dictionary of sets.
        var short: [(key: [String], ids: [String])] = []
        func file(_ key: [String], _ id: String) {
            if let k = short.firstIndex(where: { $0.key == key }) {
                if !short[k].ids.contains(id) { short[k].ids.append(id) }
            } else {
                short.append((key, [id]))
            }
        }
        for id in counted {
            // The entry's name read in place: the subscript copied the whole entry.
            guard let p = table.entries.index(forKey: id) else { continue }
            let name = table.entries.values[p].name
            let g = (shortcuts ? index.nameGroups[name] : nil) ?? groups(name)
            guard g.count >= 2, let first = g.first, let last = g.last else { continue }
            file(first, id)
            file(last, id)
        }
        guard !short.isEmpty || !lexiconShort.isEmpty else { return }
        // A word that starts no short name (of the document's persons or the lexicon's) finds no candidate.
        // With their hashes: a word is compared with a first key only when the hashes agree.
        let documentFirstKeys = short.compactMap { $0.key.first }.map { (key: $0, hash: WordTable<Bool>.hash($0)) }
        for s in table.sentences.indices {
            let tokens = table.sentences[s].tokens
            var i = 0
            while i < tokens.count {
                guard tokens[i].kind == .word, tokens[i].isCapitalized, !tokens[i].hyphenated, !table.covered(s, i)
                else {
                    i += 1
                    continue
                }
                var end = i + 1
                while end < tokens.count, tokens[end].hyphenated { end += 1 }
                guard
                    !shortcuts || index.shortNameFirstKeys.contains(matchKeyOf: tokens[i])
                        || documentFirstKeys.contains(where: {
                            $0.hash == tokens[i].matchKeyHash && $0.key == tokens[i].matchKey
                        })
                else {
                    i = end
                    continue
                }
                let key = tokens[i..<end].map(\.matchKey)
                // The name must end here: "Kim Jong" of an unknown "Kim Jong-chol" is not "Kim".
                if end < tokens.count, tokens[end].isCapitalized, tokens[end].kind == .word, !table.covered(s, end) {
                    i = end
                    continue
                }
                var titleStart = i
                var title: String?
                var j = i - 1
                if j >= 0, tokens[j].key == "." { j -= 1 }
                if j >= 0, Vocabulary.personTitles.contains(tokens[j]), !table.covered(s, j),
                    tokens[j].kind == .word
                {
                    title = tokens[j].key
                    titleStart = j
                }
                // The candidates, each once.
                var candidates = short.first { $0.key == key }?.ids ?? []
                if let title, candidates.count != 1 {
                    var titled: [String] = []
                    for e in candidates.compactMap({ table.entries[$0] }) + (lexiconShort[key] ?? [])
                    where hasTitle(e, title) && !titled.contains(e.id) {
                        titled.append(e.id)
                    }
                    if !titled.isEmpty { candidates = titled }
                }
                var pick: String?
                if candidates.count == 1 {
                    pick = candidates.first
                } else if candidates.count > 1 {
                    let ranked = candidates.sorted { (fullCount($0), $1) > (fullCount($1), $0) }
                    if let top = ranked.first, fullCount(top) >= 2 * fullCount(ranked[1]) + 1 {
                        pick = top
                    }
                }
                if let pick {
                    if table.entries.index(forKey: pick) == nil,
                        let e = lexiconPersons.first(where: { $0.id == pick })
                    {
                        table.entries[pick] = e
                    }
                    table.add(
                        Mention(
                            actor: pick, start: titleStart, end: end,
                            source: .shortForm), sentence: s)
                }
                i = end
            }
        }
    }

    private static func hasTitle(_ e: LexiconEntry, _ title: String) -> Bool {
        e.titles.contains { Tokenizer.tokenize($0).last?.key == title }
            || e.roles.contains { Tokenizer.tokenize($0.title).contains { $0.key == title } }
    }

    // MARK: Pronouns

    private static func resolvePronouns(in table: inout MentionTable) {
        var lastPerson: (id: String, sentence: Int)?
        // Read once: a static word set is behind a lazy-initialisation check at every access.
        let personPronouns = Vocabulary.personPronouns
        for s in table.sentences.indices {
            let tokens = table.sentences[s].tokens
            var pronouns: [Mention] = []
            var k = 0
            let mentions = table.mentions[s]
            for i in tokens.indices {
                while k < mentions.count, mentions[k].end <= i {
                    if mentions[k].kind == .person, !mentions[k].isAttribute {
                        lastPerson = (mentions[k].actor, s)
                    }
                    k += 1
                }
                guard personPronouns.contains(tokens[i]), tokens[i].kind == .word,
                    let last = lastPerson, s - last.sentence <= 2
                else { continue }
                pronouns.append(
                    Mention(actor: last.id, start: i, end: i + 1, source: .pronoun))
            }
            while k < mentions.count {
                if mentions[k].kind == .person, !mentions[k].isAttribute {
                    lastPerson = (mentions[k].actor, s)
                }
                k += 1
            }
            for p in pronouns where !table.covered(s, p.start) { table.add(p, sentence: s) }
        }
    }
}
