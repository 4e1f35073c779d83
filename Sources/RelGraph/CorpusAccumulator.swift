/// Gathers per-document graphs into one corpus graph, skipping documents already present (same content
/// hash), optionally on top of an existing graph: the heart of `relgraph build` and `build --into`.
///
/// Records are gathered as they come. Every document id, actor id (or relation end) and alias name gets a number
/// the first time it is seen (``Numbering``, a hash table with a cheap hash of the bytes), and from then on
/// records are grouped by numbers: documents by id number (the first record wins), actors by id number (their
/// records combined as ``Graph/canonicalized()`` combines them, each (actor, name) pair kept once so a name seen
/// in thousands of documents is stored once), relations by a key of numbers, evidence in one flat list tagged
/// with its relation and document. Memory stays near the size of the corpus graph and each record costs a table
/// lookup or two. ``graph()`` then sorts once: the ids are ranked by one sort of the distinct strings, and
/// documents, actors, relations and evidence are sorted by rank, comparing integers (strings only to break
/// ties of evidence of one span), into the canonical form directly.
/// Because the combination is the canonical form's, which does not depend on order, the result does not depend
/// on how documents were grouped or ordered: building A and then adding B gives the same graph, byte for byte,
/// as building A and B at once, on one core or many.
public struct CorpusAccumulator: Sendable {
    /// Document id -> the path it was first read from.
    private var known: [String: String]
    /// Ids of documents and of evidence's documents (evidence may name a document the corpus lacks).
    private var documentIDs = StringNumbering()
    /// Per document id number: the first record of that id, if any.
    private var documentRecords: [Document?] = []
    /// Actor ids and relation ends (an end need not be an actor).
    private var actorIDs = StringNumbering()
    /// Per id number: the index of its actor in `actors`, or -1.
    private var actorOfID: [Int32] = []
    /// The actors combined so far, their aliases left empty (they are in `aliasPairs`).
    private var actors: [Actor] = []
    /// Per actor: the number of its id.
    private var actorID: [Int32] = []
    /// Every name and alias of every actor.
    private var names = StringNumbering()
    /// (actor index << 32 | name number): the names each actor was given.
    private var aliasPairs = Numbering<UInt64>()
    private var relationKeys = Numbering<NumberedRelationKey>()
    /// Evidence as added, with the number of its relation and of its document.
    private var evidence: [Evidence] = []
    private var evidenceRelation: [Int32] = []
    private var evidenceDocument: [Int32] = []
    /// The storage evidence records were moved out of by ``takeGraph()``, kept (see there).
    private var spentEvidence: [[Evidence]] = []

    /// Starts from `base` (an existing graph), or from nothing.
    public init(base: Graph = Graph()) {
        known = Dictionary(base.documents.map { ($0.id, $0.path) }, uniquingKeysWith: { first, _ in first })
        append(base)
    }

    /// Whether a document with this id is already part of the corpus, and if so from which path.
    public func existingPath(ofDocument id: String) -> String? { known[id] }

    /// Claims `document` for the corpus unless a document with the same id is already there.
    /// - Returns: nil when the document is new (its graph must then be given to ``append(_:)``); otherwise
    ///   the path of the document already present.
    public mutating func admit(_ document: Document) -> String? {
        if let earlier = known[document.id] { return earlier }
        known[document.id] = document.path
        return nil
    }

    /// Adds the graph of documents claimed with ``admit(_:)``.
    /// - Complexity: O(R) expected for R records in `graph`.
    public mutating func append(_ graph: Graph) {
        for d in graph.documents {
            let k = Int(documentNumber(d.id))
            if documentRecords[k] == nil { documentRecords[k] = d }
        }
        graph.actors.withUnsafeBufferPointer { b in
            for i in b.indices { add(b[i]) }
        }
        // A document's evidence names the document over and over: its number is looked up once per run.
        var lastDocument: String?
        var lastNumber: Int32 = 0
        graph.relations.withUnsafeBufferPointer { b in
            for i in b.indices {
                let r = b[i]
                var source = idNumber(r.source)
                var target = idNumber(r.target)
                // Undirected ends in number order, for identity only (the file's order is the strings').
                if !r.directed && target < source { swap(&source, &target) }
                let key = NumberedRelationKey(
                    ends: UInt64(UInt32(source)) << 32 | UInt64(UInt32(target)), type: r.type, directed: r.directed,
                    polarity: r.polarity)
                let relation = relationKeys.number(key, hash: KeyHash.mixed(key.ends | (r.directed ? 1 << 63 : 0)))
                    .number
                for e in r.evidence {
                    if e.document != lastDocument {
                        lastDocument = e.document
                        lastNumber = documentNumber(e.document)
                    }
                    evidence.append(e)
                    evidenceRelation.append(relation)
                    evidenceDocument.append(lastNumber)
                }
            }
        }
    }

    /// ``append(_:)`` of a graph the caller gives up: `graph` is left empty. Its evidence records are moved into
    /// the corpus instead of copied: a copy retained each record's strings, and freeing the document's graph
    /// released them again, for the records that are most of a corpus. When the graph's arrays are shared
    /// (the caller or someone else still holds them), they are copied first, and the result is the same.
    /// - Complexity: O(R) expected for R records in `graph`.
    public mutating func append(taking graph: inout Graph) {
        var taken = Graph()
        swap(&taken, &graph)
        var relations: [Relation] = []
        swap(&relations, &taken.relations)
        append(taken)
        // The holes left by the records moved out are filled with the bits of a record of empty strings and no
        // attribution: no string of it owns storage, so a bitwise copy is a copy, and the graph frees it at no
        // cost (initializing the holes by value called the record's copy and destroy witnesses for each).
        var empty = Evidence(document: "", sentence: 0, start: 0, end: 0, text: "", modality: .asserted, cue: "")
        var lastDocument: String?
        var lastNumber: Int32 = 0
        withUnsafeBytes(of: &empty) { hole in
            relations.withUnsafeMutableBufferPointer { b in
                guard let r0 = b.baseAddress, let holeBits = hole.baseAddress else { return }
                for i in b.indices {
                    let r = r0 + i
                    var source = idNumber(r.pointee.source)
                    var target = idNumber(r.pointee.target)
                    if !r.pointee.directed && target < source { swap(&source, &target) }
                    let key = NumberedRelationKey(
                        ends: UInt64(UInt32(source)) << 32 | UInt64(UInt32(target)), type: r.pointee.type,
                        directed: r.pointee.directed, polarity: r.pointee.polarity)
                    let relation = relationKeys.number(
                        key, hash: KeyHash.mixed(key.ends | (r.pointee.directed ? 1 << 63 : 0))
                    ).number
                    r.pointee.evidence.withUnsafeMutableBufferPointer { e in
                        guard let e0 = e.baseAddress else { return }
                        for k in e.indices {
                            let p = e0 + k
                            if p.pointee.document != lastDocument {
                                lastDocument = p.pointee.document
                                lastNumber = documentNumber(p.pointee.document)
                            }
                            evidence.append(p.move())
                            UnsafeMutableRawPointer(p).copyMemory(
                                from: holeBits, byteCount: MemoryLayout<Evidence>.size)
                            evidenceRelation.append(relation)
                            evidenceDocument.append(lastNumber)
                        }
                    }
                }
            }
        }
    }

    /// ``append(taking:)-(Graph)`` of a document's graph whose evidence records are kept apart (see
    /// ``FoundGraph``): `found` is left empty. The records are moved out of the one list that holds them.
    /// - Complexity: O(R) expected for R records in `found`.
    package mutating func append(taking found: inout FoundGraph) {
        guard !found.evidence.isEmpty else {
            append(taking: &found.graph)
            return
        }
        var taken = FoundGraph(graph: Graph())
        swap(&taken, &found)
        var relations: [Relation] = []
        swap(&relations, &taken.graph.relations)
        // The documents and actors (no relations now).
        append(taken.graph)
        // The holes left by the records moved out are filled as in ``append(taking:)-(Graph)``.
        var empty = Evidence(document: "", sentence: 0, start: 0, end: 0, text: "", modality: .asserted, cue: "")
        withUnsafeBytes(of: &empty) { hole in
            relations.withUnsafeBufferPointer { r in
                taken.evidence.withUnsafeMutableBufferPointer { e in
                    append(relations: r, records: UnsafeBufferPointer(e), movingWithHole: hole.baseAddress)
                }
            }
        }
    }

    /// ``append(_:)`` of a document's graph whose evidence records are kept apart (see ``FoundGraph``), copied.
    /// - Complexity: O(R) expected for R records in `found`.
    package mutating func append(_ found: FoundGraph) {
        guard !found.evidence.isEmpty else {
            append(found.graph)
            return
        }
        var relations: [Relation] = []
        var graph = found.graph
        swap(&relations, &graph.relations)
        append(graph)
        relations.withUnsafeBufferPointer { r in
            found.evidence.withUnsafeBufferPointer { e in
                append(relations: r, records: e, movingWithHole: nil)
            }
        }
    }

    /// Adds relations whose evidence records are apart, one per relation at its index of `records`: copied, or
    /// moved out when `movingWithHole` (the records' storage is then mutable), each hole filled with its bytes.
    private mutating func append(
        relations r: UnsafeBufferPointer<Relation>, records: UnsafeBufferPointer<Evidence>,
        movingWithHole hole: UnsafeRawPointer?
    ) {
        precondition(records.count == r.count, "one evidence record per relation")
        guard let e0 = records.baseAddress else { return }
        var lastDocument: String?
        var lastNumber: Int32 = 0
        for i in r.indices {
            var source = idNumber(r[i].source)
            var target = idNumber(r[i].target)
            // Undirected ends in number order, for identity only (the file's order is the strings').
            if !r[i].directed && target < source { swap(&source, &target) }
            let key = NumberedRelationKey(
                ends: UInt64(UInt32(source)) << 32 | UInt64(UInt32(target)), type: r[i].type, directed: r[i].directed,
                polarity: r[i].polarity)
            let relation = relationKeys.number(key, hash: KeyHash.mixed(key.ends | (r[i].directed ? 1 << 63 : 0)))
                .number
            let p = e0 + i
            if p.pointee.document != lastDocument {
                lastDocument = p.pointee.document
                lastNumber = documentNumber(p.pointee.document)
            }
            if let hole {
                let q = UnsafeMutablePointer(mutating: p)
                evidence.append(q.move())
                UnsafeMutableRawPointer(q).copyMemory(from: hole, byteCount: MemoryLayout<Evidence>.size)
            } else {
                evidence.append(p.pointee)
            }
            evidenceRelation.append(relation)
            evidenceDocument.append(lastNumber)
        }
    }

    /// The number of document id `id`, numbering it (with no record yet) if it is new.
    private mutating func documentNumber(_ id: String) -> Int32 {
        let k = documentIDs.number(id)
        if Int(k) == documentRecords.count { documentRecords.append(nil) }
        return k
    }

    /// The number of actor id (or relation end) `id`, numbering it (with no actor yet) if it is new.
    private mutating func idNumber(_ id: String) -> Int32 {
        let k = actorIDs.number(id)
        if Int(k) == actorOfID.count { actorOfID.append(-1) }
        return k
    }

    /// Combines an actor's record into its entry as ``Graph/canonicalized()`` does: every name becomes an alias of
    /// the smallest, counts add up, the smallest kind and affiliation win.
    private mutating func add(_ a: Actor) {
        let id = Int(idNumber(a.id))
        var index = Int(actorOfID[id])
        // Whether the record's name is the entry's: every name an entry has had is among its names already, so
        // the usual record (the lexicon's name again) adds no name.
        var nameKnown = false
        if index < 0 {
            index = actors.count
            actorOfID[id] = Int32(index)
            var first = a
            first.aliases = []
            actors.append(first)
            actorID.append(Int32(id))
        } else {
            actors.withUnsafeMutableBufferPointer { b in
                nameKnown = a.name == b[index].name
                if a.name < b[index].name { b[index].name = a.name }
                if a.kind != b[index].kind { b[index].kind = min(b[index].kind, a.kind) }
                b[index].mentions += a.mentions
                b[index].documents += a.documents
                b[index].discovered = b[index].discovered && a.discovered
                // The smaller of two affiliations, or the one there is (no array of the two, as in the definition).
                if let other = a.affiliation, b[index].affiliation.map({ other < $0 }) ?? true {
                    b[index].affiliation = other
                }
            }
        }
        if !nameKnown { addName(a.name, of: index) }
        // A document lists a name once per mention: repeats in a row are skipped before any lookup.
        a.aliases.withUnsafeBufferPointer { b in
            for i in b.indices where i == 0 || b[i] != b[i - 1] { addName(b[i], of: index) }
        }
    }

    private mutating func addName(_ name: String, of actor: Int) {
        let pair = UInt64(actor) << 32 | UInt64(UInt32(names.number(name)))
        _ = aliasPairs.number(pair, hash: KeyHash.mixed(pair))
    }

    /// Adds the graph of one document unless a document with the same id is already present.
    /// - Parameters:
    ///   - document: the document's identity (its id is the content hash).
    ///   - extract: makes the document's graph; called only when the document is new.
    /// - Returns: nil when added; otherwise the path of the document already present.
    public mutating func add(_ document: Document, extract: () -> Graph) -> String? {
        if let earlier = admit(document) { return earlier }
        append(extract())
        return nil
    }

    /// Number of documents in the corpus.
    public var documentCount: Int { known.count }

    /// The corpus graph, canonical: equal to the canonical form of all the records added, built in that form.
    /// - Complexity: O(R log R) integer comparisons for R records, plus O(n log n) string comparisons to rank
    ///   the n distinct ids.
    public func graph() -> Graph {
        evidence.withUnsafeBufferPointer { graph(evidence: $0, moving: nil) }
    }

    /// ``graph()`` for a corpus that is done, its evidence records moved into the graph instead of copied (a
    /// copy retained each record's strings). The accumulator is left with its documents and actors and no
    /// relations; the storage the records were moved out of is kept with it (freeing it record by record cost
    /// a third of what moving saves, and `relgraph build` leaves the accumulator alive to exit).
    public mutating func takeGraph() -> Graph {
        var records: [Evidence] = []
        swap(&records, &evidence)
        // The holes are filled with the bits of a record of empty strings and no attribution: none of its strings
        // owns storage, so the bits are a copy of it.
        var empty = Evidence(document: "", sentence: 0, start: 0, end: 0, text: "", modality: .asserted, cue: "")
        let g = withUnsafeBytes(of: &empty) { hole in
            records.withUnsafeMutableBufferPointer { b in
                graph(evidence: UnsafeBufferPointer(b), moving: b.baseAddress.map { (to: $0, hole: hole) })
            }
        }
        spentEvidence.append(records)
        relationKeys = Numbering<NumberedRelationKey>()
        evidenceRelation = []
        evidenceDocument = []
        return g
    }

    /// The corpus graph with evidence records `evidence` (the accumulator's), copied into it, or moved out of
    /// `moving.to` (the same records) with each hole filled with the bytes of `moving.hole`.
    private func graph(
        evidence: UnsafeBufferPointer<Evidence>,
        moving: (to: UnsafeMutablePointer<Evidence>, hole: UnsafeRawBufferPointer)?
    ) -> Graph {
        let documentRank = documentIDs.ranks()
        let idRank = actorIDs.ranks()
        let documents = documentRecords.indices.filter { documentRecords[$0] != nil }
            .sorted { documentRank[$0] < documentRank[$1] }
            .map { documentRecords[$0].unsafelyUnwrapped }
        var g = Graph(
            documents: documents, actors: canonicalActors(idRank: idRank),
            relations: canonicalRelations(
                idRank: idRank, documentRank: documentRank, evidence: evidence, moving: moving))
        // Built in canonical form: the graph file's writer need not check it (tests hold the claim to the check).
        g.isKnownCanonical = true
        return g
    }

    /// The actors in id order, each with its names other than its own, sorted.
    private func canonicalActors(idRank: [Int32]) -> [Actor] {
        // The names of each actor, grouped by counting (pairs are numbered in the order they came).
        let pairs = aliasPairs.keys
        var start = [Int](repeating: 0, count: actors.count + 1)
        for p in pairs { start[Int(p >> 32) + 1] += 1 }
        for k in actors.indices { start[k + 1] += start[k] }
        var next = start
        var grouped = [Int32](repeating: 0, count: pairs.count)
        for p in pairs {
            let a = Int(p >> 32)
            grouped[next[a]] = Int32(truncatingIfNeeded: p)
            next[a] += 1
        }
        let order = actors.indices.sorted { idRank[Int(actorID[$0])] < idRank[Int(actorID[$1])] }
        return order.map { k in
            var a = actors[k]
            // Distinct numbers are distinct strings: sorting is all that is left.
            a.aliases = grouped[start[k]..<start[k + 1]].map { names.keys[Int($0)] }
                .filter { $0 != a.name && !$0.isEmpty }.sorted()
            return a
        }
    }

    /// The relations in key order, each with its evidence sorted and unique and its weight.
    private func canonicalRelations(
        idRank: [Int32], documentRank: [Int32], evidence: UnsafeBufferPointer<Evidence>,
        moving: (to: UnsafeMutablePointer<Evidence>, hole: UnsafeRawBufferPointer)?
    ) -> [Relation] {
        let keys = relationKeys.keys
        // Evidence grouped by relation and, within a relation, ordered by document rank: two stable counting
        // sorts (by rank, then by relation), so no comparison sort over a relation's evidence is left, only
        // over the few records of one document. Records of one document keep the order they came in.
        let rank = evidenceDocument.map { documentRank[Int($0)] }
        let byDocument = Self.countingSorted(Array(evidence.indices), buckets: documentRank.count) { Int(rank[$0]) }
        let (grouped, start) = Self.countingSortedWithStarts(byDocument, buckets: keys.count) {
            Int(evidenceRelation[$0])
        }
        /// The ends of relation `k` as written: undirected ones in string order.
        func ends(_ k: Int) -> (source: Int, target: Int) {
            let s = Int(keys[k].ends >> 32)
            let t = Int(keys[k].ends & 0xFFFF_FFFF)
            return !keys[k].directed && idRank[t] < idRank[s] ? (t, s) : (s, t)
        }
        // RelationKey's order, with ranks for the ids.
        let order = keys.indices.map { (k: $0, ends: ends($0)) }.sorted { a, b in
            let (ka, kb) = (keys[a.k], keys[b.k])
            if a.ends.source != b.ends.source { return idRank[a.ends.source] < idRank[b.ends.source] }
            if a.ends.target != b.ends.target { return idRank[a.ends.target] < idRank[b.ends.target] }
            if ka.type != kb.type { return ka.type.rawValue < kb.type.rawValue }
            if ka.directed != kb.directed { return !ka.directed }
            return ka.polarity.rawValue < kb.polarity.rawValue
        }
        let ids = actorIDs.keys
        return order.map { item in
            let key = keys[item.k]
            let ev = Self.sortedUnique(
                grouped[start[item.k]..<start[item.k + 1]], of: evidence, rank: rank, moving: moving)
            return Relation(
                source: ids[item.ends.source], target: ids[item.ends.target], type: key.type,
                directed: key.directed, polarity: key.polarity,
                weight: RelationWeight.weight(type: key.type, evidence: ev), evidence: ev)
        }
    }

    /// `items` in the order of `key` (0..<buckets), stable: a counting sort.
    /// - Complexity: O(n + buckets).
    static func countingSorted(_ items: [Int], buckets: Int, key: (Int) -> Int) -> [Int] {
        countingSortedWithStarts(items, buckets: buckets, key: key).sorted
    }

    /// ``countingSorted(_:buckets:key:)`` and where each key's items start (`starts[k]..<starts[k + 1]`).
    static func countingSortedWithStarts(
        _ items: [Int], buckets: Int, key: (Int) -> Int
    ) -> (
        sorted: [Int], starts: [Int]
    ) {
        var starts = [Int](repeating: 0, count: buckets + 1)
        for i in items { starts[key(i) + 1] += 1 }
        for k in 0..<buckets { starts[k + 1] += starts[k] }
        var next = starts
        var sorted = [Int](repeating: 0, count: items.count)
        for i in items {
            let k = key(i)
            sorted[next[k]] = i
            next[k] += 1
        }
        return (sorted, starts)
    }

    /// The records `indices` of `e` (in document rank order, `rank[i]` the rank of record `i`'s document) in
    /// ``Evidence``'s order without repeats: each run of one document sorted by span, then by the full order for
    /// ties (a run is mostly sorted already: a document's records come in sentence order).
    /// - Complexity: O(n) for n records whose runs are sorted; O(m log m) comparisons for a run of m otherwise.
    private static func sortedUnique(
        _ indices: ArraySlice<Int>, of e: UnsafeBufferPointer<Evidence>, rank: [Int32],
        moving: (to: UnsafeMutablePointer<Evidence>, hole: UnsafeRawBufferPointer)?
    ) -> [Evidence] {
        var order = Array(indices)
        func precedes(_ a: Int, _ b: Int) -> Bool {
            if e[a].start != e[b].start { return e[a].start < e[b].start }
            if e[a].end != e[b].end { return e[a].end < e[b].end }
            return e[a] < e[b]
        }
        var runStart = 0
        while runStart < order.count {
            var runEnd = runStart + 1
            var sorted = true
            while runEnd < order.count && rank[order[runEnd]] == rank[order[runStart]] {
                if sorted && precedes(order[runEnd], order[runEnd - 1]) { sorted = false }
                runEnd += 1
            }
            if !sorted { order[runStart..<runEnd].sort(by: precedes) }
            runStart = runEnd
        }
        // The records kept, compacted at the front of `order`: all compared before any is moved.
        var kept = 0
        // Records with different keys differ; only records of one key are compared in full.
        for n in order.indices {
            let (a, b) = (n > 0 ? order[n - 1] : -1, order[n])
            if a >= 0, rank[a] == rank[b], e[a].start == e[b].start, e[a].end == e[b].end, e[a] == e[b] { continue }
            order[kept] = b
            kept += 1
        }
        guard let moving, let holeBits = moving.hole.baseAddress else {
            var out: [Evidence] = []
            out.reserveCapacity(kept)
            for n in 0..<kept { out.append(e[order[n]]) }
            return out
        }
        // Not for none: `Array(unsafeUninitializedCapacity: 0)` stores its count (0) into the standard library's one
        // shared empty-array storage, a write ThreadSanitizer reports as a race with any thread reading an empty
        // array.
        guard kept > 0 else { return [] }
        return [Evidence](unsafeUninitializedCapacity: kept) { out, count in
            guard let o = out.baseAddress else { return }
            for n in 0..<kept {
                let p = moving.to + order[n]
                (o + n).moveInitialize(from: p, count: 1)
                // A constant size: a few moves instead of a call.
                UnsafeMutableRawPointer(p).copyMemory(from: holeBits, byteCount: MemoryLayout<Evidence>.size)
            }
            count = kept
        }
    }
}

/// A relation's key with its ends as id numbers (undirected ones in number order).
private struct NumberedRelationKey: Equatable, Sendable {
    /// Source number << 32 | target number.
    var ends: UInt64
    var type: RelationType
    var directed: Bool
    var polarity: Polarity
}
