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

    let entries: [LexiconEntry]
    /// Forms by their first key, longest first.
    private let forms: WordTable<[Form]>
    static let commonWords: WordSet = [
        "turkey", "china", "chad", "jordan", "georgia", "guinea", "niger", "may", "will", "us", "un", "mali", "iran",
    ]

    init(entries: [LexiconEntry]) {
        self.entries = entries
        var forms: [String: [Form]] = [:]
        for (i, e) in entries.enumerated() {
            var seen = Set<[String]>()
            let surfaces = [(e.name, false)] + e.aliases.map { ($0, false) } + e.demonyms.map { ($0, true) }
            for (surface, isDemonym) in surfaces {
                let tokens = Tokenizer.tokenize(surface)
                let keys = tokens.map(Self.matchKey)
                guard let first = keys.first, !first.isEmpty, seen.insert(keys).inserted else { continue }
                let capitals = tokens.map { $0.isAllCaps && $0.text.count <= 6 }
                forms[first, default: []].append(Form(keys: keys, entry: i, isDemonym: isDemonym, capitals: capitals))
            }
        }
        for k in forms.keys { forms[k]?.sort { ($0.keys.count, $1.entry) > ($1.keys.count, $0.entry) } }
        self.forms = WordTable(forms)
    }

    /// The key a token is matched under.
    static func matchKey(_ t: Token) -> String {
        guard t.kind == .word else { return t.key }
        if t.isPossessive { return "'s" }
        if isOwnNameKey(t.key) { return t.key }
        let k = NameKey.key(t.text)
        return k.isEmpty ? t.key : k
    }

    /// Whether a token key is already the ``NameKey`` of its token, as most words' keys are: ASCII letters and
    /// digits only (the token key is lower case and folded like NameKey's), no `y` and no run of `i`.
    private static func isOwnNameKey(_ key: String) -> Bool {
        var previous: UInt8 = 0
        for b in key.utf8 {
            guard (0x61...0x7A).contains(b) || (0x30...0x39).contains(b), b != 0x79, !(b == 0x69 && previous == 0x69)
            else { return false }
            previous = b
        }
        return true
    }

    /// The lexicon mentions of one sentence, not overlapping, in order.
    func find(in sentence: Sentence) -> [Mention] {
        let tokens = sentence.tokens
        let keys = tokens.map(Self.matchKey)
        var out: [Mention] = []
        var i = 0
        while i < tokens.count {
            guard let candidates = forms[keys[i]], tokens[i].kind != .punctuation else {
                i += 1
                continue
            }
            var matched: (Form, Int)?
            for form in candidates where i + form.keys.count <= tokens.count {
                let end = i + form.keys.count
                guard keys[i..<end].elementsEqual(form.keys) else { continue }
                if zip(tokens[i..<end], form.capitals).contains(where: { $1 && !$0.isAllCaps }) { continue }
                // A form may not end inside a hyphenated word ("Korea" in "Korea-based" is fine, "Kim" of "Kim-ism" not).
                if end < tokens.count, tokens[end].hyphenated, tokens[end].kind == .word, form.keys.count == 1,
                    !tokens[end].isCapitalized
                {
                    continue
                }
                if form.keys.count == 1, !tokens[i].isCapitalized, !tokens[i].isAllCaps {
                    if Self.commonWords.contains(tokens[i].key) || tokens[i].key.count < 5 { continue }
                }
                matched = (form, end)
                break
            }
            guard let (form, end) = matched else {
                i += 1
                continue
            }
            let entry = entries[form.entry]
            var stop = end
            // A person's mention takes in the capitalised titles before the name ("President Putin").
            var first = i
            if entry.kind == .person {
                while first > 0, tokens[first - 1].isCapitalized,
                    Vocabulary.personTitles.contains(tokens[first - 1].key),
                    out.last.map({ $0.end < first }) ?? true
                {
                    first -= 1
                }
            }
            let isStateForm = entry.kind == .state && (form.isDemonym || Self.looksLikeDemonym(tokens[end - 1].key))
            if isStateForm, stop < tokens.count, Vocabulary.forceNouns.contains(tokens[stop].key) { stop += 1 }
            let surface = sentence.text(
                bytes: tokens[first].start - sentence.start, tokens[stop - 1].end - sentence.start)
            out.append(
                Mention(
                    actor: entry.id, start: first, end: stop, surface: surface,
                    source: isStateForm ? .demonym : .lexicon))
            i = stop
        }
        return out
    }

    /// Whether a word looks like a demonym adjective ("korean", "russian", "ukrainian", "chinese").
    static func looksLikeDemonym(_ key: String) -> Bool {
        key.hasSuffix("an") || key.hasSuffix("ese") || key.hasSuffix("ish") || key.hasSuffix("i") || key == "us"
    }
}
