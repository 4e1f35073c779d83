/// The actor-relationship graph: documents, actors and relations, every relation carrying its evidence.
///
/// A `Graph` is a value in canonical form: documents, actors and relations sorted, aliases sorted and
/// unique, evidence sorted and unique, weights recomputed. ``canonicalized()`` establishes that form; the
/// file writer and ``GraphMerger`` always produce it, so equal content gives equal bytes.
public struct Graph: Codable, Sendable, Hashable {
    public var documents: [Document] { didSet { isKnownCanonical = false } }
    public var actors: [Actor] { didSet { isKnownCanonical = false } }
    public var relations: [Relation] { didSet { isKnownCanonical = false } }

    /// Whether the graph is known to be in canonical form, because it was built in that form (by
    /// ``CorpusAccumulator``) or found or made so by ``canonicalized()``, and not changed since (any change to
    /// the records clears it): ``canonicalized()`` then returns it without its O(R) check, which cost a corpus
    /// graph on its way to the file a string comparison per pair of evidence records. Not part of the value:
    /// equality, hashing and coding leave it out.
    var isKnownCanonical = false

    private enum CodingKeys: String, CodingKey { case documents, actors, relations }

    public init(documents: [Document] = [], actors: [Actor] = [], relations: [Relation] = []) {
        self.documents = documents
        self.actors = actors
        self.relations = relations
    }

    /// The actor with `id`, if any (binary search: actors are sorted by id in canonical form).
    public func actor(id: String) -> Actor? {
        var low = 0
        var high = actors.count
        while low < high {
            let mid = (low + high) / 2
            if actors[mid].id < id { low = mid + 1 } else { high = mid }
        }
        if low < actors.count, actors[low].id == id { return actors[low] }
        return actors.first { $0.id == id }
    }

    /// The document with `id`, if any.
    public func document(id: String) -> Document? { documents.first { $0.id == id } }

    /// Equal records; whether either is known to be canonical does not matter.
    public static func == (lhs: Graph, rhs: Graph) -> Bool {
        lhs.documents == rhs.documents && lhs.actors == rhs.actors && lhs.relations == rhs.relations
    }

    /// The records, as `==` compares them.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(documents)
        hasher.combine(actors)
        hasher.combine(relations)
    }

    /// The graph in canonical form (see the type's documentation).
    ///
    /// Sorting, then combining neighbours: documents by id (the first record of an id wins), actors by id,
    /// relations by key with their evidence sorted and deduplicated. No string is hashed, and input that is
    /// already canonical (or two canonical graphs one after the other, as ``GraphMerger`` gives) costs about
    /// one comparison per record, because the standard library's stable sort finds sorted runs.
    /// - Complexity: O(R log R) for R records (documents, actors, relations, evidence), O(R) on sorted runs.
    ///
    /// A graph known to be canonical (``isKnownCanonical``: a corpus graph on its way to the file) is returned as
    /// it is; one already in canonical form (a graph just read) is recognised by one pass of neighbour comparisons
    /// without allocating anything, and returned as it is. The result is known to be canonical.
    public func canonicalized() -> Graph {
        if isKnownCanonical { return self }
        var g = isCanonical ? self : canonicalizedByDefinition()
        g.isKnownCanonical = true
        return g
    }

    /// ``canonicalized()`` without the check: always sorts and rebuilds.
    func canonicalizedByDefinition() -> Graph {
        Graph(
            documents: Self.canonical(documents), actors: Self.canonical(actors), relations: Self.canonical(relations))
    }

    /// Whether ``canonicalizedByDefinition()`` would give this graph back unchanged, to the bit: documents and
    /// actors strictly increasing by id, aliases strictly increasing without the actor's name or the empty name,
    /// relations strictly increasing by key with undirected ends in order, evidence strictly increasing (so
    /// unique), and each weight the one recomputed from the evidence (compared as bits: `-0.0 == 0.0`, but the
    /// file writes them differently).
    /// - Complexity: O(R) comparisons for R records; no allocation.
    var isCanonical: Bool {
        let documentsSorted = documents.withUnsafeBufferPointer { d in
            d.indices.dropFirst().allSatisfy { d[$0 - 1].id < d[$0].id }
        }
        guard documentsSorted else { return false }
        let actorsCanonical = actors.withUnsafeBufferPointer { a in
            for i in a.indices {
                if i > 0 && !(a[i - 1].id < a[i].id) { return false }
                let aliasesCanonical = a[i].aliases.withUnsafeBufferPointer { n in
                    for k in n.indices {
                        if n[k].isEmpty || n[k] == a[i].name { return false }
                        if k > 0 && !(n[k - 1] < n[k]) { return false }
                    }
                    return true
                }
                if !aliasesCanonical { return false }
            }
            return true
        }
        guard actorsCanonical else { return false }
        return relations.withUnsafeBufferPointer { r in
            for i in r.indices {
                if !r[i].directed && r[i].target < r[i].source { return false }
                if i > 0 && !RelationKey.precedes(r[i - 1], r[i]) { return false }
                let evidenceSorted = r[i].evidence.withUnsafeBufferPointer { e in
                    guard let p = e.baseAddress else { return true }
                    return e.indices.dropFirst().allSatisfy { Evidence.precedes(p + $0 - 1, p + $0) }
                }
                if !evidenceSorted { return false }
                let weight = RelationWeight.weight(type: r[i].type, evidence: r[i].evidence)
                if weight.bitPattern != r[i].weight.bitPattern { return false }
            }
            return true
        }
    }

    /// One record per id, the first of each id in input order; sorted by id.
    private static func canonical(_ documents: [Document]) -> [Document] {
        let sorted = documents.sorted { $0.id < $1.id }
        var out: [Document] = []
        out.reserveCapacity(sorted.count)
        for d in sorted where out.last?.id != d.id { out.append(d) }
        return out
    }

    /// Records of one actor are combined so that the result does not depend on their order (an incremental
    /// build must equal a build of everything at once): counts add up, `discovered` holds only if every record
    /// says so, and where records disagree the smallest name, kind and affiliation win, the other names
    /// becoming aliases.
    private static func canonical(_ actors: [Actor]) -> [Actor] {
        let sorted = actors.sorted { $0.id < $1.id }
        var out: [Actor] = []
        out.reserveCapacity(sorted.count)
        var i = 0
        while i < sorted.count {
            var combined = sorted[i]
            var j = i + 1
            while j < sorted.count, sorted[j].id == combined.id {
                let a = sorted[j]
                combined.aliases += a.aliases + [a.name, combined.name]
                combined.name = min(combined.name, a.name)
                combined.kind = min(combined.kind, a.kind)
                combined.mentions += a.mentions
                combined.documents += a.documents
                combined.discovered = combined.discovered && a.discovered
                combined.affiliation = [combined.affiliation, a.affiliation].compactMap { $0 }.min()
                j += 1
            }
            combined.aliases = uniqueSorted(combined.aliases.filter { $0 != combined.name && !$0.isEmpty })
            out.append(combined)
            i = j
        }
        return out
    }

    /// One relation per key, its evidence sorted and unique, its weight recomputed.
    private static func canonical(_ relations: [Relation]) -> [Relation] {
        let keyed = relations.map { (key: $0.key, evidence: $0.evidence) }.sorted { $0.key < $1.key }
        var out: [Relation] = []
        out.reserveCapacity(keyed.count)
        var i = 0
        while i < keyed.count {
            let key = keyed[i].key
            var evidence = keyed[i].evidence
            var j = i + 1
            while j < keyed.count, keyed[j].key == key {
                evidence += keyed[j].evidence
                j += 1
            }
            let ev = uniqueSorted(evidence)
            out.append(
                Relation(
                    source: key.source, target: key.target, type: key.type, directed: key.directed,
                    polarity: key.polarity, weight: RelationWeight.weight(type: key.type, evidence: ev), evidence: ev))
            i = j
        }
        return out
    }

    /// The elements sorted, equal neighbours dropped (`<` is a total order for the types used here, so equal
    /// elements are neighbours after sorting).
    private static func uniqueSorted<T: Comparable>(_ items: [T]) -> [T] {
        if items.count < 2 { return items }
        // Through a buffer: its elements are borrowed, where the array's subscript would copy (and retain) them.
        let isStrictlySorted = items.withUnsafeBufferPointer { b in
            for k in 1..<b.count where !(b[k - 1] < b[k]) { return false }
            return true
        }
        if isStrictlySorted { return items }
        let sorted = items.sorted()
        var out: [T] = []
        out.reserveCapacity(sorted.count)
        for item in sorted where out.last != item { out.append(item) }
        return out
    }
}
