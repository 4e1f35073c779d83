import RelGraph

/// Turns one document into a graph. The pipeline, one step per file:
///
/// 1. ``BoilerplateFilter`` keeps the body lines (offsets into the stored text).
/// 2. ``SentenceSplitter`` (over ``Tokenizer``) cuts them into sentences.
/// 3. ``LexiconMatcher`` finds lexicon actors (names, aliases, demonyms).
/// 4. ``ActorDiscovery`` finds actors no lexicon knows.
/// 5. ``Coreference`` resolves role descriptions, short names and pronouns; ``AttributeMarker`` sets apart
///    states that only qualify an actor ("Russian President ...") and capitals used as places.
/// 6. ``RelationFinder`` reads typed, directed relations with modality and attribution from the cues
///    (``CueLexicon``); actors sharing a sentence without one get a `co-mention`.
///
/// `extract` is a pure function of the document: it can run in parallel over documents.
public struct Extractor: Sendable {
    public let lexicon: Lexicon
    public let cues: CueLexicon
    private let matcher: LexiconMatcher
    private let cueMatcher: CueMatcher
    private let coreference: Coreference.Index
    private let entriesByID: [String: LexiconEntry]
    /// Title words of the lexicon with the built-in person titles (for discovery) and role words (for
    /// attributes): combined once here, not per document.
    private let personTitles: WordSet
    private let roleWords: WordSet
    /// The keys the attribute marker compares capitals with, per lexicon state.
    private let stateKeys: WordTable<AttributeMarker.StateKeys>

    /// An extractor with `lexicon` and the built-in cue lexicon (or none, if it cannot be read).
    public init(lexicon: Lexicon) {
        let cues = (try? CueLexicon.builtIn()) ?? CueLexicon(cues: [], negation: [], speculation: [], frames: [])
        self.init(lexicon: lexicon, cues: cues)
    }

    public init(lexicon: Lexicon, cues: CueLexicon) {
        self.lexicon = lexicon
        self.cues = cues
        self.matcher = LexiconMatcher(entries: lexicon.entries)
        self.cueMatcher = CueMatcher(lexicon: cues)
        self.coreference = Coreference.Index(entries: lexicon.entries)
        self.entriesByID = Dictionary(lexicon.entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var titles = Set<String>()
        for e in lexicon.entries {
            for t in e.titles + e.roles.map(\.title) {
                for token in Tokenizer.tokenize(t) where token.kind == .word { titles.insert(token.key) }
            }
        }
        personTitles = Vocabulary.personTitles.union(titles)
        roleWords = Vocabulary.roleWords.union(titles)
        stateKeys = AttributeMarker.StateKeys.table(lexicon.entries)
    }

    /// Extracts one document into a graph (canonical).
    public func extract(_ source: SourceDocument) -> Graph { records(of: source).canonicalized() }

    /// The records of one document's graph as found, before canonicalisation: relations one per evidence,
    /// unsorted. For callers that canonicalise later anyway (``CorpusAccumulator`` via the parallel build).
    func records(of source: SourceDocument) -> Graph { found(in: source).withEvidence }

    /// ``records(of:)`` with the evidence records apart, one per relation (see ``FoundGraph``): no list of one
    /// record is made per relation, and each record is made in its place in the one list.
    func found(in source: SourceDocument) -> FoundGraph {
        let table = mentions(in: source)
        let doc = source.document
        // Room for a relation per sentence from the start: a document has about two, and growing the lists from
        // one element took a reallocation and a move at each doubling.
        var relations: [Relation] = []
        var evidence: [Evidence] = []
        relations.reserveCapacity(table.sentences.count)
        evidence.reserveCapacity(table.sentences.count)
        var previous: [FoundRelation] = []
        var previousFirst: String?
        // Per-sentence lists, emptied and refilled for each sentence (not allocated anew).
        var linked: [(String, String)] = []
        var ids: [String] = []
        for (s, sentence) in table.sentences.enumerated() {
            let hits = cueMatcher.find(in: sentence, mentions: table.mentions[s])
            // Relations come from cues only: a sentence without one has none (and needs no finder).
            var found =
                hits.isEmpty
                ? []
                : RelationFinder(sentence: sentence, mentions: table.mentions[s])
                    .find(
                        cues: hits, previous: previous, previousFirstActor: previousFirst, cueLexicon: cues,
                        table: table)
            // The actors the sentence names as parties, sorted, each once (repeats removed in place).
            ids.removeAllKeepingStorage()
            for m in table.mentions[s] where !m.isAttribute && (m.kind?.isActor ?? false) {
                ids.append(m.actor)
            }
            Self.sortUnique(&ids)
            // The pairs a relation links, each as (smaller id, larger id): a sentence has a few.
            linked.removeAllKeepingStorage()
            if !found.isEmpty || ids.count > 1 {
                // The record the sentence's relations share but for a found relation's modality, cue and
                // attribution (a co-mention's is this one): made once and copied, where a record made per relation
                // was built in a temporary, copied into the list and destroyed.
                let shared = Evidence(
                    document: doc.id, sentence: s, start: sentence.start, end: sentence.end, text: sentence.text,
                    modality: .asserted, cue: "")
                // Read in place: `for f in found` copied each relation found.
                found.withUnsafeBufferPointer { b in
                    for k in b.indices {
                        evidence.append(shared)
                        let last = evidence.count - 1
                        evidence[last].modality = b[k].modality
                        evidence[last].cue = b[k].cue
                        evidence[last].attribution = b[k].attribution
                        relations.append(
                            Relation(
                                source: b[k].source, target: b[k].target, type: b[k].type, directed: b[k].directed,
                                polarity: b[k].type.defaultPolarity, evidence: []))
                        linked.append(
                            b[k].source < b[k].target ? (b[k].source, b[k].target) : (b[k].target, b[k].source))
                    }
                }
                for x in ids.indices {
                    for y in ids.indices where y > x && !linked.contains(where: { $0 == (ids[x], ids[y]) }) {
                        evidence.append(shared)
                        relations.append(
                            Relation(
                                source: ids[x], target: ids[y], type: .coMention, directed: false, polarity: .neutral,
                                evidence: []))
                    }
                }
            }
            if !table.mentions[s].isEmpty {
                // Filtered in place and moved: `filter` copied each relation kept.
                if found.contains(where: { $0.type == .report }) { found.removeAll { $0.type == .report } }
                previous = found
                previousFirst =
                    table.mentions[s].first { !$0.isAttribute && ($0.kind?.isActor ?? false) }?.actor
            }
        }
        return FoundGraph(
            graph: Graph(documents: [doc], actors: actors(of: table), relations: relations), evidence: evidence)
    }

    /// Sorts `ids` and removes repeats in place: the first of each run of equal ids stays, as
    /// ``sortUniqueByDefinition(_:)`` keeps it, without the two arrays the definition makes.
    static func sortUnique(_ ids: inout [String]) {
        ids.sort()
        var kept = 0
        // The last id kept is equal to every id of its run, so comparing with it is comparing with the
        // previous id of the sorted list.
        for i in ids.indices where kept == 0 || ids[i] != ids[kept - 1] {
            ids.swapAt(kept, i)
            kept += 1
        }
        ids.removeLast(ids.count - kept)
    }

    /// ``sortUnique(_:)`` by its definition.
    static func sortUniqueByDefinition(_ ids: [String]) -> [String] {
        let ids = ids.sorted()
        return ids.indices.filter { $0 == 0 || ids[$0] != ids[$0 - 1] }.map { ids[$0] }
    }

    /// Every mention of every actor in the document (steps 1–5 of the pipeline).
    func mentions(in source: SourceDocument) -> MentionTable {
        let lines = BoilerplateFilter.bodyLines(
            of: source.text, bodyStart: source.bodyStart, firstLineIsTitle: source.firstLineIsTitle)
        // A string's bytes are well-formed UTF-8: the sentences' strings are made without validating them again.
        var table = MentionTable(
            sentences: SentenceSplitter.split(Array(source.text.utf8), lines: lines, validUTF8: true))
        var found: [Mention] = []
        for s in table.sentences.indices {
            matcher.find(in: table.sentences[s], into: &found)
            for m in found {
                // The entry first: the mention takes its kind from the table.
                table.add(m, sentence: s, filing: { entriesByID[$0] })
            }
        }
        ActorDiscovery.discover(in: &table, titles: personTitles)
        AttributeMarker.mark(&table, roleWords: roleWords, states: stateKeys)
        Coreference.resolve(in: &table, index: coreference, date: source.document.published)
        AttributeMarker.mark(&table, roleWords: roleWords, states: stateKeys)
        return table
    }

    /// The document's actors, with their mention counts and the aliases the mentions use, in the order of their
    /// first mentions: unsorted, as ``records(of:)`` leaves its records (``actorsByDefinition(of:)`` gives them
    /// sorted by id, as canonicalising does).
    ///
    /// ``actorsByDefinition(of:)`` looks every mention's entry up by key and its actor up by the entry's id.
    /// The table files each entry under its id, so that key and id agree: one lookup per mention then finds the
    /// actor (or that the key names none), and the entry is read once per actor. A table that files an entry
    /// under another key takes the definition.
    /// - Complexity: O(m) expected for m mentions.
    func actors(of table: MentionTable) -> [Actor] {
        let entries = table.entries
        for i in entries.indices where entries.keys[i] != entries.values[i].id {
            return Self.actorsByDefinition(of: table)
        }
        // Per entry position: its actor's index in `actors`, -1 when the entry is no actor, -2 before its first
        // mention.
        var actorOfEntry = [Int](repeating: -2, count: entries.count)
        var actors: [Actor] = []
        for (s, sentence) in table.mentions.enumerated() {
            for m in sentence {
                guard let e = entries.index(forKey: m.actor) else { continue }
                var a = actorOfEntry[e]
                if a == -2 {
                    // Entries are read in place: copying an entry retains all its arrays.
                    if entries.values[e].kind.isActor {
                        a = actors.count
                        let id = entries.values[e].id
                        actors.append(
                            Actor(
                                id: id, name: entries.values[e].name, kind: entries.values[e].kind, documents: 1,
                                discovered: table.discovered.contains(id), affiliation: entries.values[e].affiliation))
                    } else {
                        a = -1
                    }
                    actorOfEntry[e] = a
                }
                guard a >= 0 else { continue }
                actors[a].mentions += 1
                guard m.source != .pronoun else { continue }
                let surface = table.surface(s, m.start..<m.end)
                if !surface.isEmpty, surface != actors[a].name {
                    // Room for four at the first alias, not a new buffer at each of the first few.
                    if actors[a].aliases.capacity == 0 { actors[a].aliases.reserveCapacity(4) }
                    actors[a].aliases.append(surface)
                }
            }
        }
        for (id, aliases) in table.learntAliases {
            if let e = entries.index(forKey: id), actorOfEntry[e] >= 0 {
                actors[actorOfEntry[e]].aliases += aliases.sorted()
            }
        }
        return actors
    }

    /// ``actors(of:)`` by its definition: each mention's entry by key, its actor by the entry's id.
    static func actorsByDefinition(of table: MentionTable) -> [Actor] {
        var byID: [String: Actor] = [:]
        let entries = table.entries.values
        for (s, sentence) in table.mentions.enumerated() {
            for m in sentence {
                // Entries and actors are read and updated in place: copying an entry retains all its arrays.
                guard let e = table.entries.index(forKey: m.actor), entries[e].kind.isActor else { continue }
                let id = entries[e].id
                if byID.index(forKey: id) == nil {
                    byID[id] = Actor(
                        id: id, name: entries[e].name, kind: entries[e].kind, documents: 1,
                        discovered: table.discovered.contains(id), affiliation: entries[e].affiliation)
                }
                guard let a = byID.index(forKey: id) else { continue }
                byID.values[a].mentions += 1
                guard m.source != .pronoun else { continue }
                let surface = table.surface(s, m.start..<m.end)
                if !surface.isEmpty, surface != entries[e].name { byID.values[a].aliases.append(surface) }
            }
        }
        for (id, aliases) in table.learntAliases where byID[id] != nil { byID[id]?.aliases += aliases.sorted() }
        return byID.values.sorted()
    }
}
