/// The actor-relationship graph: documents, actors and relations, every relation carrying its evidence.
///
/// A `Graph` is a value in canonical form: documents, actors and relations sorted, aliases sorted and
/// unique, evidence sorted and unique, weights recomputed. ``canonicalized()`` establishes that form; the
/// file writer and ``GraphMerger`` always produce it, so equal content gives equal bytes.
public struct Graph: Codable, Sendable, Hashable {
    public var documents: [Document]
    public var actors: [Actor]
    public var relations: [Relation]

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

    /// The graph in canonical form (see the type's documentation).
    public func canonicalized() -> Graph {
        var docs: [String: Document] = [:]
        for d in documents where docs[d.id] == nil { docs[d.id] = d }
        // Records of one actor are combined so that the result does not depend on their order (an
        // incremental build must equal a build of everything at once): counts add up, `discovered` holds
        // only if every record says so, and where records disagree the smallest name, kind and affiliation
        // win, the other names becoming aliases.
        var acts: [String: Actor] = [:]
        for a in actors {
            guard var existing = acts[a.id] else {
                acts[a.id] = a
                continue
            }
            existing.aliases += a.aliases + [a.name, existing.name]
            existing.name = min(existing.name, a.name)
            existing.kind = min(existing.kind, a.kind)
            existing.mentions += a.mentions
            existing.documents += a.documents
            existing.discovered = existing.discovered && a.discovered
            existing.affiliation = [existing.affiliation, a.affiliation].compactMap { $0 }.min()
            acts[a.id] = existing
        }
        for (id, var a) in acts {
            a.aliases = Array(Set(a.aliases.filter { $0 != a.name && !$0.isEmpty })).sorted()
            acts[id] = a
        }
        var rels: [RelationKey: [Evidence]] = [:]
        for r in relations { rels[r.key, default: []] += r.evidence }
        let relations = rels.map { key, evidence -> Relation in
            let ev = Array(Set(evidence)).sorted()
            return Relation(
                source: key.source, target: key.target, type: key.type, directed: key.directed,
                polarity: key.polarity, weight: RelationWeight.weight(type: key.type, evidence: ev), evidence: ev)
        }
        return Graph(
            documents: docs.values.sorted(), actors: acts.values.sorted(), relations: relations.sorted())
    }
}
