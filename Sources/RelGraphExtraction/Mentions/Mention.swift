import RelGraph

/// One place where a sentence names an actor.
struct Mention: Sendable, Hashable {
    /// How the mention was recognised.
    enum Source: Sendable, Hashable {
        case lexicon
        case demonym
        case discovered
        case shortForm
        case role
        case pronoun
    }

    var actor: String
    /// Token range in the sentence (the mention's text is ``MentionTable/surface(_:_:)`` of it, made only when
    /// it is needed: a copy of a mention, frequent in the passes, then retains one string, not two).
    var start: Int
    var end: Int
    var source: Source
    /// Whether the mention only qualifies another actor ("Russian" in "Russian President Vladimir Putin"): the
    /// actor is named, but it is not a party to the sentence's relations.
    var isAttribute = false
    /// The actor's kind, ``MentionTable/kind(_:)`` of `actor`, set when the mention enters the table (an
    /// actor's entry is in the table by then and its kind never changes), so that the passes after it read the
    /// kind without a dictionary lookup.
    var kind: ActorKind?
}

/// The actors of one document and every mention of them, sentence by sentence.
struct MentionTable: Sendable {
    var sentences: [Sentence]
    /// Mentions per sentence, sorted by start token, not overlapping.
    var mentions: [[Mention]]
    /// Every actor the document names: lexicon entries and discovered ones, by id.
    var entries: EntryTable
    var discovered: Set<String>
    /// Document-local spellings learnt from the text (acronyms defined in it), by actor id.
    var learntAliases: [String: Set<String>] = [:]

    init(sentences: [Sentence]) {
        self.sentences = sentences
        self.mentions = Array(repeating: [], count: sentences.count)
        self.entries = EntryTable()
        self.discovered = []
    }

    /// Whether token `t` of sentence `s` is inside a mention.
    func covered(_ s: Int, _ t: Int) -> Bool { mentions[s].contains { $0.start <= t && t < $0.end } }

    /// Whether tokens `range` of sentence `s` overlap a mention.
    func overlaps(_ s: Int, _ range: Range<Int>) -> Bool {
        mentions[s].contains { $0.start < range.upperBound && range.lowerBound < $0.end }
    }

    /// Adds a mention to sentence `s`, keeping the list sorted.
    ///
    /// The list is sorted already (every add keeps it so and the passes only drop mentions): the mention goes
    /// after the last one that does not sort after it, where appending it and sorting the list stably puts it.
    /// A list found unsorted is appended to and sorted (``addByDefinition(_:sentence:)``).
    mutating func add(_ m: Mention, sentence s: Int) {
        var m = m
        // The entry's kind read in place, through the dictionary's modify accessor (its getter copies the
        // whole entry, retaining all its arrays).
        if let i = entries.index(forKey: m.actor) {
            m.kind = Self.kind(of: &entries.values[i])
        } else {
            m.kind = nil
        }
        insertSorted(m, sentence: s)
    }

    /// ``add(_:sentence:)`` of a mention whose actor's entry, when none is filed yet, is `entry(actor)`: that
    /// entry is filed first (`entries[m.actor] = entries[m.actor] ?? entry(m.actor)`, then `add`), with one
    /// lookup of the actor instead of three.
    mutating func add(_ m: Mention, sentence s: Int, filing entry: (String) -> LexiconEntry?) {
        var m = m
        if let i = entries.index(forKey: m.actor) {
            m.kind = Self.kind(of: &entries.values[i])
        } else if let e = entry(m.actor) {
            m.kind = e.kind
            entries[m.actor] = e
        } else {
            m.kind = nil
        }
        insertSorted(m, sentence: s)
    }

    /// Puts `m`, its kind set, into sentence `s`'s list (see ``add(_:sentence:)``).
    private mutating func insertSorted(_ m: Mention, sentence s: Int) {
        let sorted = mentions[s].withUnsafeBufferPointer { list in
            list.indices.dropFirst().allSatisfy { !Self.precedes(list[$0], list[$0 - 1]) }
        }
        guard sorted else {
            mentions[s].append(m)
            mentions[s].sort(by: Self.precedes)
            return
        }
        let k = mentions[s].withUnsafeBufferPointer { list in
            var k = list.count
            while k > 0, Self.precedes(m, list[k - 1]) { k -= 1 }
            return k
        }
        // Appended and moved down into place (insert(_:at:) took the general replaceSubrange). A sentence
        // names a few actors: room for four at the first, not a new buffer at each of the first appends.
        if mentions[s].capacity == 0 { mentions[s].reserveCapacity(4) }
        mentions[s].append(m)
        mentions[s].withUnsafeMutableBufferPointer { list in
            var j = list.count - 1
            while j > k {
                list.swapAt(j, j - 1)
                j -= 1
            }
        }
    }

    /// ``add(_:sentence:)`` by its definition: append, then sort by start and end.
    mutating func addByDefinition(_ m: Mention, sentence s: Int) {
        var m = m
        m.kind = kind(m.actor)
        mentions[s].append(m)
        mentions[s].sort { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    /// The order of a sentence's mentions: by start token, then end token.
    private static func precedes(_ a: Mention, _ b: Mention) -> Bool { (a.start, a.end) < (b.start, b.end) }

    private static func kind(of entry: inout LexiconEntry) -> ActorKind { entry.kind }

    /// The kind of actor `id`, read in place (`entries[id]?.kind` copied the whole entry, retaining its arrays).
    func kind(_ id: String) -> ActorKind? {
        guard let i = entries.index(forKey: id) else { return nil }
        return entries.values[i].kind
    }

    /// The affiliation of actor `id`, read in place like ``kind(_:)``.
    func affiliation(_ id: String) -> String? {
        guard let i = entries.index(forKey: id) else { return nil }
        return entries.values[i].affiliation
    }

    /// The surface text of tokens `range` of sentence `s`, as written.
    func surface(_ s: Int, _ range: Range<Int>) -> String { sentences[s].text(tokens: range) }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }

    /// Empties the array and keeps its storage, as `removeAll(keepingCapacity: true)` does, by removing the last
    /// element until none is left: the per-sentence lists this empties hold a few elements, and the general
    /// range replacement `removeAll` takes cost ~200 instructions even for one.
    mutating func removeAllKeepingStorage() {
        while !isEmpty { removeLast() }
    }
}
