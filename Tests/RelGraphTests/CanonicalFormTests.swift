import RelGraph
import Testing

/// `Graph.canonicalized()` sorts and combines neighbours; these tests hold it to the definition it replaced
/// (group with dictionaries and sets, then sort) on random graphs full of duplicates, and check that merging
/// stays order-free.
struct CanonicalFormTests {
    @Test(arguments: 0..<40)
    func sortingCanonicalFormEqualsTheGroupingDefinition(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let graph = Self.randomGraph(&rng)
        #expect(graph.canonicalized() == Self.reference(graph))
    }

    @Test(arguments: 0..<20)
    func canonicalFormIsIdempotentAndIgnoresInputOrder(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let graph = Self.randomGraph(&rng)
        let canonical = graph.canonicalized()
        #expect(canonical.canonicalized() == canonical)
        var shuffled = graph
        shuffled.actors.shuffle(using: &rng)
        shuffled.relations.shuffle(using: &rng)
        for k in shuffled.relations.indices { shuffled.relations[k].evidence.shuffle(using: &rng) }
        // Documents keep the first record of an id, so only their order among distinct ids may change.
        #expect(shuffled.canonicalized().actors == canonical.actors)
        #expect(shuffled.canonicalized().relations == canonical.relations)
    }

    @Test(arguments: 0..<20)
    func mergingCanonicalGraphsIsAssociativeAndCommutative(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        // As in a build: each graph holds its own documents.
        let a = Self.randomGraph(&rng, documentIds: ["d1"]).canonicalized()
        let b = Self.randomGraph(&rng, documentIds: ["d2", "d3"]).canonicalized()
        let c = Self.randomGraph(&rng, documentIds: ["d4"]).canonicalized()
        let left = GraphMerger.merge([GraphMerger.merge([a, b]), c])
        let right = GraphMerger.merge([a, GraphMerger.merge([b, c])])
        #expect(left == right)
        #expect(GraphMerger.merge([a, b]).relations == GraphMerger.merge([b, a]).relations)
    }

    /// `documentCount` counts runs of sorted evidence; it must equal the number of distinct documents whether or
    /// not the evidence is sorted.
    @Test(arguments: 0..<20)
    func documentCountIsTheNumberOfDistinctDocuments(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let graph = Self.randomGraph(&rng, documentIds: ["d1", "d2", "d10", "a-long-document-id-beyond-small"])
        for relation in graph.relations + graph.canonicalized().relations {
            #expect(relation.documentCount == Set(relation.evidence.map(\.document)).count)
        }
    }

    /// The accumulator sorts evidence by document rank before the canonical form checks it; the corpus graph
    /// must be the canonical form of what was added, whether or not every evidence's document is in the corpus.
    @Test(arguments: 0..<40)
    func accumulatorGivesTheCanonicalForm(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        var graph = Self.randomGraph(&rng, documentIds: ["d10", "d2", "d1", "d3-long-id-beyond-small-strings"])
        if seed % 2 == 0 {
            // Every document present: the rank path.
            for id in ["d10", "d2", "d1", "d3-long-id-beyond-small-strings"] {
                graph.documents.append(Document(id: id, path: "p", title: "t", sha256: id))
            }
        }
        let more = Self.randomGraph(&rng, documentIds: ["d2", "d1"])
        var accumulator = CorpusAccumulator(base: graph)
        accumulator.append(more)
        let expected = Graph(
            documents: graph.documents + more.documents, actors: graph.actors + more.actors,
            relations: graph.relations + more.relations
        ).canonicalized()
        #expect(accumulator.graph() == expected)
    }

    /// Evidence's `<` compares field by field; it must be the lexicographic order of the tuple it documents.
    @Test func evidenceOrderIsTheDocumentedTupleOrder() {
        var rng = SeededGenerator(seed: 11)
        let pool = (0..<300).map { _ in
            Evidence(
                document: ["d1", "d2", "d3-long-id-beyond-small-strings"].randomElement(using: &rng) ?? "",
                sentence: Int.random(in: 0...1, using: &rng), start: Int.random(in: 0...1, using: &rng),
                end: Int.random(in: 1...2, using: &rng), text: ["x", "y"].randomElement(using: &rng) ?? "",
                modality: Modality.allCases.randomElement(using: &rng) ?? .asserted,
                cue: ["", "met"].randomElement(using: &rng) ?? "",
                attribution: [nil, "", "a"].randomElement(using: &rng) ?? nil)
        }
        func tupleLess(_ l: Evidence, _ r: Evidence) -> Bool {
            if (l.document, l.start, l.end, l.cue) != (r.document, r.start, r.end, r.cue) {
                return (l.document, l.start, l.end, l.cue) < (r.document, r.start, r.end, r.cue)
            }
            return (l.sentence, l.text, l.modality.rawValue, l.attribution == nil ? 0 : 1, l.attribution ?? "")
                < (r.sentence, r.text, r.modality.rawValue, r.attribution == nil ? 0 : 1, r.attribution ?? "")
        }
        for (a, b) in zip(pool, pool.shuffled(using: &rng)) {
            #expect((a < b) == tupleLess(a, b))
            #expect((a < a) == false)
        }
    }

    // MARK: - The definition

    /// The canonical form as first written: dictionaries keyed by id and relation key, sets of evidence.
    static func reference(_ graph: Graph) -> Graph {
        var docs: [String: Document] = [:]
        for d in graph.documents where docs[d.id] == nil { docs[d.id] = d }
        var acts: [String: Actor] = [:]
        for a in graph.actors {
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
        for r in graph.relations { rels[r.key, default: []] += r.evidence }
        let relations = rels.map { key, evidence -> Relation in
            let ev = Array(Set(evidence)).sorted()
            return Relation(
                source: key.source, target: key.target, type: key.type, directed: key.directed,
                polarity: key.polarity, weight: RelationWeight.weight(type: key.type, evidence: ev), evidence: ev)
        }
        return Graph(documents: docs.values.sorted(), actors: acts.values.sorted(), relations: relations.sorted())
    }

    // MARK: - Random graphs with many collisions

    static func randomGraph(_ rng: inout SeededGenerator, documentIds: [String] = ["d1", "d2", "d3"]) -> Graph {
        let ids = ["a", "b", "c", "d", "e", "f"]
        let names = ["Alpha", "Beta", "alpha", "Álpha", "", "Gamma"]
        let docIds = documentIds
        var documents: [Document] = []
        for _ in 0..<Int.random(in: 0...5, using: &rng) {
            let id = docIds.randomElement(using: &rng) ?? "d1"
            documents.append(
                Document(id: id, path: "p\(Int.random(in: 0...3, using: &rng))", title: "t", sha256: id + "-sha"))
        }
        var actors: [Actor] = []
        for _ in 0..<Int.random(in: 0...12, using: &rng) {
            actors.append(
                Actor(
                    id: ids.randomElement(using: &rng) ?? "a", name: names.randomElement(using: &rng) ?? "",
                    kind: ActorKind.allCases.randomElement(using: &rng) ?? .person,
                    aliases: (0..<Int.random(in: 0...3, using: &rng)).map { _ in names.randomElement(using: &rng) ?? ""
                    },
                    mentions: Int.random(in: 0...4, using: &rng), documents: Int.random(in: 0...2, using: &rng),
                    discovered: Bool.random(using: &rng),
                    affiliation: Bool.random(using: &rng) ? nil : ids.randomElement(using: &rng)))
        }
        var relations: [Relation] = []
        for _ in 0..<Int.random(in: 0...15, using: &rng) {
            let evidence = (0..<Int.random(in: 0...4, using: &rng)).map { _ in
                let start = Int.random(in: 0...3, using: &rng) * 10
                return Evidence(
                    document: docIds.randomElement(using: &rng) ?? "d1", sentence: Int.random(in: 0...1, using: &rng),
                    start: start, end: start + 5, text: ["x", "y"].randomElement(using: &rng) ?? "x",
                    modality: Modality.allCases.randomElement(using: &rng) ?? .asserted,
                    cue: ["met", "said"].randomElement(using: &rng) ?? "met",
                    attribution: [nil, "a", "b"].randomElement(using: &rng) ?? nil)
            }
            relations.append(
                Relation(
                    source: ids.randomElement(using: &rng) ?? "a", target: ids.randomElement(using: &rng) ?? "b",
                    type: [RelationType.meet, .coMention, .statement].randomElement(using: &rng) ?? .meet,
                    directed: Bool.random(using: &rng),
                    polarity: [Polarity.cooperative, .neutral].randomElement(using: &rng) ?? .neutral,
                    weight: Double(Int.random(in: 0...9, using: &rng)), evidence: evidence))
        }
        return Graph(documents: documents, actors: actors, relations: relations)
    }
}

/// SplitMix64: a small seeded generator, so every random graph can be reproduced from its seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
