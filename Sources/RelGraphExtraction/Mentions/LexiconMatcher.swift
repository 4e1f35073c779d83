import RelGraph

/// Finds lexicon actors in sentences: every name, alias and demonym of every entry, longest match first.
///
/// Matching compares token keys folded by ``NameKey/key(_:)`` (case, diacritics, y/i and runs of them), so
/// "Kim Jong Un", "Kim Jong-un" and "KIM JONG UN" match one entry, as do Zelensky/Zelenskyy and
/// Yury/Yuri/Yuriy. Acronyms ("US", "NIS") match only in capitals; a one-word form matches a lower-case word
/// only if it is not a common English word. A demonym followed by a force noun ("North Korean troops") is one
/// mention of the state. Entries of kind place, event or weapon are matched too (so that discovery leaves them
/// alone) but are not actors.
struct LexiconMatcher: Sendable {
    struct Form: Sendable {
        var keys: [String]
        var entry: Int
        var isDemonym: Bool
        /// Per token: whether it is an acronym that must match in capitals.
        var capitals: [Bool]
    }

    /// The forms sharing a first key, longest first, split by their second key: a word such as "the" or "kim"
    /// starts dozens of forms, and only those whose second key is the next token's can match there.
    struct Bucket: Sendable {
        /// Forms of two or more keys by their second key, each list longest first.
        var byNext: WordTable<[Form]>
        /// Forms of one key.
        var singles: [Form]
    }

    let entries: [LexiconEntry]
    /// The table of a bucket without forms of two or more keys.
    static let noLongerForms = WordTable<[Form]>([(String, [Form])]())
    /// The index in `buckets` of the forms of each first key (an index, not the bucket: a lookup that returned
    /// the bucket would copy it, retaining its arrays, at every word that starts a form).
    private let firstKeys: WordTable<Int>
    private let buckets: [Bucket]
    static let commonWords: WordSet = [
        "turkey", "china", "chad", "jordan", "georgia", "guinea", "niger", "may", "will", "us", "un", "mali", "iran",
    ]

    init(entries: [LexiconEntry]) {
        self.entries = entries
        var forms: [String: [Form]] = [:]
        // Room for every entry's name and a few more forms, not grown through a rehash per doubling.
        forms.reserveCapacity(2 * entries.count)
        for i in entries.indices {
            // The name, the aliases, then the demonyms, each surface added in turn (not gathered into arrays
            // of pairs first).
            func add(_ surface: String, isDemonym: Bool) {
                let tokens = Tokenizer.tokenize(surface)
                // Tokens read in place through a buffer (mapping the array copied each token).
                tokens.withUnsafeBufferPointer { tokens in
                    let keys = tokens.map(\.matchKey)
                    guard let first = keys.first, !first.isEmpty else { return }
                    // A form the entry already has is under the same first key, with the entry's index: the
                    // list of that key is searched, without a list of the entry's forms made per entry.
                    forms[first, default: []].withAddedForm(keys: keys, entry: i) {
                        // At most six bytes are at most six characters: only a longer text is counted.
                        let capitals = tokens.map { $0.isAllCaps && ($0.text.utf8.count <= 6 || $0.text.count <= 6) }
                        return Form(keys: keys, entry: i, isDemonym: isDemonym, capitals: capitals)
                    }
                }
            }
            add(entries[i].name, isDemonym: false)
            for alias in entries[i].aliases { add(alias, isDemonym: false) }
            for demonym in entries[i].demonyms { add(demonym, isDemonym: true) }
        }
        var buckets: [Bucket] = []
        var firstKeys: [(String, Int)] = []
        for (first, list) in forms {
            firstKeys.append((first, buckets.count))
            buckets.append(Self.bucket(of: list))
        }
        self.firstKeys = WordTable(firstKeys)
        self.buckets = buckets
    }

    /// The bucket of the forms sharing a first key (``bucketByDefinition(of:)``). Most first keys start one form,
    /// of one word: it is the bucket's single, as sorting and splitting the list would find, without the arrays
    /// and the table they make. A first key of one longer form (most names discovered in a document) is that
    /// form under its second key, without the sorted copy, the dictionary and the filter.
    static func bucket(of list: [Form]) -> Bucket {
        if list.count == 1 {
            if list[0].keys.count == 1 { return Bucket(byNext: noLongerForms, singles: list) }
            return Bucket(byNext: WordTable(CollectionOfOne((list[0].keys[1], list))), singles: [])
        }
        return bucketByDefinition(of: list)
    }

    /// The bucket of `list`: its forms longest first (then by entry), those of two keys or more by their second
    /// key, those of one key as singles.
    static func bucketByDefinition(of list: [Form]) -> Bucket {
        let sorted = list.sorted { ($0.keys.count, $1.entry) > ($1.keys.count, $0.entry) }
        var byNext: [String: [Form]] = [:]
        for f in sorted where f.keys.count >= 2 { byNext[f.keys[1], default: []].append(f) }
        // Most first keys start one-word forms only: they share one empty table.
        return Bucket(
            byNext: byNext.isEmpty ? noLongerForms : WordTable(byNext), singles: sorted.filter { $0.keys.count == 1 })
    }

    /// The key a token is matched under.
    static func matchKey(_ t: Token) -> String { t.matchKey }

    /// ``matchKey(_:)`` from the token's fields (read in place, without copying the token).
    @inline(__always)
    static func matchKey(kind: Token.Kind, key: String, text: @autoclosure () -> String) -> String {
        guard kind == .word else { return key }
        // Most keys are their own name keys; "'s" and "'" are not (an apostrophe is not a letter).
        if isOwnNameKey(key) { return key }
        if key == "'s" || key == "'" { return "'s" }
        let k = NameKey.key(text())
        return k.isEmpty ? key : k
    }

    /// Whether a token key is already the ``NameKey`` of its token, as most words' keys are: ASCII letters and
    /// digits only (the token key is lower case and folded like NameKey's), no `y` and no run of `i`.
    private static func isOwnNameKey(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { bytes in
            var previous: UInt8 = 0
            for b in bytes {
                guard (0x61...0x7A).contains(b) || (0x30...0x39).contains(b), b != 0x79,
                    !(b == 0x69 && previous == 0x69)
                else { return false }
                previous = b
            }
            return true
        }
    }

    /// The lexicon mentions of one sentence, not overlapping, in order.
    func find(in sentence: Sentence) -> [Mention] {
        var out: [Mention] = []
        find(in: sentence, into: &out)
        return out
    }

    /// ``find(in:)`` into `out`, emptied first: a caller that reads sentence after sentence reuses one array's
    /// storage (a new array grew, and allocated, at most sentences' first mentions).
    func find(in sentence: Sentence, into out: inout [Mention]) {
        out.removeAllKeepingStorage()
        // Through a buffer: tokens are borrowed, where the array's subscript would copy (and retain) them.
        sentence.tokens.withUnsafeBufferPointer { find(in: sentence, tokens: $0, into: &out) }
    }

    private func find(in sentence: Sentence, tokens: UnsafeBufferPointer<Token>, into out: inout [Mention]) {
        var i = 0
        while i < tokens.count {
            guard tokens[i].kind != .punctuation, let b = firstKeys[matchKeyOf: tokens[i]] else {
                i += 1
                continue
            }
            var matched: Match?
            if i + 1 < tokens.count, let longer = buckets[b].byNext[matchKeyOf: tokens[i + 1]] {
                matched = firstMatch(longer, at: i, tokens: tokens)
            }
            if matched == nil { matched = firstMatch(buckets[b].singles, at: i, tokens: tokens) }
            guard let form = matched else {
                i += 1
                continue
            }
            let end = form.end
            // The entry's fields are read in place (a copy of the entry would retain all its arrays).
            let kind = entries[form.entry].kind
            var stop = end
            // A person's mention takes in the capitalised titles before the name ("President Putin").
            var first = i
            if kind == .person {
                while first > 0, tokens[first - 1].isCapitalized,
                    Vocabulary.personTitles.contains(tokens[first - 1]),
                    out.last.map({ $0.end < first }) ?? true
                {
                    first -= 1
                }
            }
            let isStateForm = kind == .state && (form.isDemonym || Self.looksLikeDemonym(tokens[end - 1].key))
            if isStateForm, stop < tokens.count, Vocabulary.forceNouns.contains(tokens[stop]) { stop += 1 }
            out.append(
                Mention(
                    actor: entries[form.entry].id, start: first, end: stop, source: isStateForm ? .demonym : .lexicon))
            i = stop
        }
    }

    /// What ``firstMatch(_:at:tokens:)`` found: the form's entry and kind of name, and the token after it (the
    /// form itself is not returned: a copy of it would retain its arrays).
    private struct Match {
        var entry: Int
        var isDemonym: Bool
        var end: Int
    }

    /// The first of `candidates` (longest first) that matches at token `i`.
    private func firstMatch(
        _ candidates: [Form], at i: Int, tokens: UnsafeBufferPointer<Token>
    ) -> Match? {
        // Forms read in place through a buffer: iterating the array would copy each, retaining its arrays.
        candidates.withUnsafeBufferPointer { forms in
            for k in forms.indices where i + forms[k].keys.count <= tokens.count {
                let end = i + forms[k].keys.count
                // Compared by index: the slices and zip of the general forms copied keys and tokens.
                guard (0..<forms[k].keys.count).allSatisfy({ tokens[i + $0].matchKey == forms[k].keys[$0] }) else {
                    continue
                }
                if (0..<forms[k].keys.count).contains(where: { forms[k].capitals[$0] && !tokens[i + $0].isAllCaps }) {
                    continue
                }
                // A form may not end inside a hyphenated word ("Korea" in "Korea-based" is fine, "Kim" of "Kim-ism" not).
                if end < tokens.count, tokens[end].hyphenated, tokens[end].kind == .word, forms[k].keys.count == 1,
                    !tokens[end].isCapitalized
                {
                    continue
                }
                if forms[k].keys.count == 1, !tokens[i].isCapitalized, !tokens[i].isAllCaps {
                    if Self.commonWords.contains(tokens[i]) || tokens[i].key.count < 5 { continue }
                }
                return Match(entry: forms[k].entry, isDemonym: forms[k].isDemonym, end: end)
            }
            return nil
        }
    }

    /// Whether a word looks like a demonym adjective ("korean", "russian", "ukrainian", "chinese").
    static func looksLikeDemonym(_ key: String) -> Bool {
        key.hasSuffix("an") || key.hasSuffix("ese") || key.hasSuffix("ish") || key.hasSuffix("i") || key == "us"
    }
}

extension [LexiconMatcher.Form] {
    /// Appends `make()`'s form unless the list has a form of `entry` with `keys`.
    fileprivate mutating func withAddedForm(keys: [String], entry: Int, _ make: () -> LexiconMatcher.Form) {
        guard !contains(where: { $0.entry == entry && $0.keys == keys }) else { return }
        append(make())
    }
}
