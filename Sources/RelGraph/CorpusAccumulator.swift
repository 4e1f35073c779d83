/// Gathers per-document graphs into one corpus graph, skipping documents already present (same content
/// hash), optionally on top of an existing graph: the heart of `relgraph build` and `build --into`.
///
/// Records are gathered as they come, in hash tables: documents by id (the first record wins), actors by id
/// (their records combined as ``Graph/canonicalized()`` combines them, aliases kept as a set so a name seen
/// in thousands of documents is stored once), relations by key with their evidence appended. Memory stays near
/// the size of the corpus graph and each record costs one table lookup; sorting happens once, in ``graph()``.
/// Because the combination is the canonical form's, which does not depend on order, the result does not depend
/// on how documents were grouped or ordered: building A and then adding B gives the same graph, byte for byte,
/// as building A and B at once, on one core or many.
public struct CorpusAccumulator: Sendable {
    /// Document id -> the path it was first read from.
    private var known: [String: String]
    private var documents: [String: Document] = [:]
    private var actors: [String: (actor: Actor, aliases: Set<String>)] = [:]
    private var relationIndex: [RelationKey: Int] = [:]
    private var relationKeys: [RelationKey] = []
    private var evidence: [[Evidence]] = []

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
        for d in graph.documents where documents[d.id] == nil { documents[d.id] = d }
        for a in graph.actors {
            guard let i = actors.index(forKey: a.id) else {
                actors[a.id] = (a, Set(a.aliases).union([a.name]))
                continue
            }
            // In place (a copy of the entry would copy its alias set on the first insertion).
            Self.combine(&actors.values[i], with: a)
        }
        for r in graph.relations {
            let key = r.key
            if let i = relationIndex[key] {
                evidence[i] += r.evidence
            } else {
                relationIndex[key] = relationKeys.count
                relationKeys.append(key)
                evidence.append(r.evidence)
            }
        }
    }

    /// Combines an actor's record into its entry as ``Graph/canonicalized()`` does: every name becomes an alias of
    /// the smallest, counts add up, the smallest kind and affiliation win.
    private static func combine(_ entry: inout (actor: Actor, aliases: Set<String>), with a: Actor) {
        entry.aliases.formUnion(a.aliases)
        entry.aliases.insert(a.name)
        entry.actor.name = min(entry.actor.name, a.name)
        entry.actor.kind = min(entry.actor.kind, a.kind)
        entry.actor.mentions += a.mentions
        entry.actor.documents += a.documents
        entry.actor.discovered = entry.actor.discovered && a.discovered
        entry.actor.affiliation = [entry.actor.affiliation, a.affiliation].compactMap { $0 }.min()
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

    /// The corpus graph, canonical.
    /// - Complexity: O(R log R) for R records, the sorting of ``Graph/canonicalized()``.
    public func graph() -> Graph {
        // Evidence is sorted here by document rank (ids in string order) instead of by comparing document ids:
        // the canonical form then finds it sorted and unique and only checks it.
        let rank = Dictionary(
            uniqueKeysWithValues: documents.keys.sorted().enumerated().map { ($0.element, Int32($0.offset)) })
        let relations = relationKeys.indices.map { i in
            let k = relationKeys[i]
            return Relation(
                source: k.source, target: k.target, type: k.type, directed: k.directed, polarity: k.polarity,
                evidence: Self.sortedUnique(evidence[i], rank: rank))
        }
        let actors = actors.values.map { entry in
            var a = entry.actor
            a.aliases = Array(entry.aliases)
            return a
        }
        return Graph(documents: Array(documents.values), actors: actors, relations: relations).canonicalized()
    }

    /// `evidence` in ``Evidence``'s order without repeats, comparing documents by `rank` first. Evidence of a
    /// document missing from `rank` is returned as is (the canonical form sorts it).
    /// - Complexity: O(n log n) integer comparisons for n records, plus a full comparison per tie.
    static func sortedUnique(_ evidence: [Evidence], rank: [String: Int32]) -> [Evidence] {
        guard evidence.count > 1 else { return evidence }
        var keys: [(rank: Int32, start: Int, end: Int, index: Int)] = []
        keys.reserveCapacity(evidence.count)
        // Records are borrowed from a buffer, and a run of records of one document looks its rank up once.
        let complete = evidence.withUnsafeBufferPointer { e in
            var last = -1
            var lastRank: Int32 = 0
            for i in e.indices {
                if last < 0 || e[i].document != e[last].document {
                    guard let r = rank[e[i].document] else { return false }
                    last = i
                    lastRank = r
                }
                keys.append((lastRank, e[i].start, e[i].end, i))
            }
            return true
        }
        guard complete else { return evidence }
        return evidence.withUnsafeBufferPointer { e in
            keys.sort { a, b in
                if (a.rank, a.start, a.end) != (b.rank, b.start, b.end) {
                    return (a.rank, a.start, a.end) < (b.rank, b.start, b.end)
                }
                return e[a.index] < e[b.index]
            }
            var out: [Evidence] = []
            out.reserveCapacity(e.count)
            var previous = -1
            for k in keys {
                if previous >= 0, e[previous] == e[k.index] { continue }
                out.append(e[k.index])
                previous = k.index
            }
            return out
        }
    }
}
