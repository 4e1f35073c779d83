import TestSupport
import Testing

@testable import RelGraph

/// The corpus accumulator numbers ids and names and sorts by rank; its graph must be the canonical form of
/// everything added, on random graphs added in several pieces, with hostile ids (empty, long, non-ASCII, quotes,
/// control characters, names that differ only past the first eight bytes), relation ends that are no actor,
/// evidence of documents the corpus lacks, repeats and undirected relations given both ways round.
struct AccumulatorNumberingTests {
    static let ids = [
        "a", "b", "kim-jong-un", "kim-jong-um", "", "Ünïcödé", "id \"q\" \\ \n\u{1}", "abcdefgh-1", "abcdefgh-2",
        "a-long-actor-id-beyond-small-strings-1", "a-long-actor-id-beyond-small-strings-2", "\u{FFFD}",
    ]
    static let documents = ["d1", "d10", "d2", "0123456789abcdef", "0123456789abcdeg", "", "dé"]

    static func randomGraph(_ random: inout TestRandom) -> Graph {
        func pick<T>(_ xs: [T]) -> T { xs[random.below(xs.count)] }
        let names = ["Alpha", "alpha", "Álpha", "", "Gamma", "a \"q\"", "long name beyond sixteen bytes"]
        var g = Graph()
        for _ in 0..<random.below(4) {
            let id = pick(documents)
            g.documents.append(Document(id: id, path: "p\(random.below(3))", title: pick(names), sha256: id))
        }
        for _ in 0..<random.below(10) {
            let alias = pick(names)
            g.actors.append(
                Actor(
                    id: pick(ids), name: pick(names), kind: pick(ActorKind.allCases),
                    aliases: (0..<random.below(5)).map { _ in random.below(2) == 0 ? alias : pick(names) },
                    mentions: random.below(5), documents: random.below(3), discovered: random.below(2) == 0,
                    affiliation: random.below(2) == 0 ? nil : pick(ids)))
        }
        for _ in 0..<random.below(14) {
            let document = pick(documents)
            let evidence = (0..<random.below(5)).map { _ in
                let start = random.below(3) * 10
                return Evidence(
                    document: random.below(4) == 0 ? pick(documents) : document, sentence: random.below(2),
                    start: start, end: start + random.below(2) * 5,
                    text: pick(["x", "y", "", "long text of a sentence"]),
                    modality: pick(Modality.allCases), cue: pick(["met", "said", ""]),
                    attribution: pick([nil, "a", "b"]))
            }
            g.relations.append(
                Relation(
                    source: pick(ids), target: pick(ids), type: pick([RelationType.meet, .coMention, .statement]),
                    directed: random.below(2) == 0, polarity: pick([Polarity.cooperative, .neutral]),
                    weight: Double(random.below(9)), evidence: evidence))
        }
        return g
    }

    @Test(arguments: 0..<60)
    func accumulatedGraphIsTheCanonicalFormOfEverythingAdded(seed: UInt64) {
        var random = TestRandom(state: seed &+ 41)
        let base = Self.randomGraph(&random)
        let pieces = (0..<random.below(6)).map { _ in Self.randomGraph(&random) }
        var accumulator = CorpusAccumulator(base: seed % 3 == 0 ? Graph() : base)
        var all = seed % 3 == 0 ? Graph() : base
        for g in pieces {
            accumulator.append(g)
            all.documents += g.documents
            all.actors += g.actors
            all.relations += g.relations
        }
        let g = accumulator.graph()
        #expect(g == all.canonicalized())
        // Built in canonical form and marked so: the mark must hold up to the check it lets the writer skip.
        #expect(g.isKnownCanonical)
        #expect(g.isCanonical)
        #expect(GraphFile.encode(g) == GraphFile.encode(all.canonicalizedByDefinition()))
    }

    /// Moving a graph's evidence into the corpus (``CorpusAccumulator/append(taking:)``) must give what copying it
    /// gives, for graphs that are the only references to their arrays and for graphs that share them (which must
    /// be left as they were), and must leave the graph given up empty.
    @Test(arguments: 0..<30)
    func takingAGraphEqualsCopyingIt(seed: UInt64) {
        Self.sameCorpus(seed: seed, salt: 77) { random, copying, taking in
            // Two equal graphs with storage of their own: the same draws from the same state.
            var again = random
            let g = Self.randomGraph(&random)
            var own = Self.randomGraph(&again)
            copying.append(g)
            if random.below(2) == 0 {
                taking.append(taking: &own)
                #expect(own == Graph())
            } else {
                var shared = g
                taking.append(taking: &shared)
                #expect(shared == Graph())
                #expect(g == own)
            }
        }
    }

    /// Two accumulators on the same base (empty for an even seed, else a random graph) given 1 to 6 rounds of
    /// `round` (the random source, the reference, the accumulator under test) must give the same graph, as a
    /// value and as a file. Returns both for further checks.
    @discardableResult
    static func sameCorpus(
        seed: UInt64, salt: UInt64,
        _ round: (inout TestRandom, inout CorpusAccumulator, inout CorpusAccumulator) -> Void
    ) -> (reference: CorpusAccumulator, tested: CorpusAccumulator) {
        var random = TestRandom(state: seed &+ salt)
        let base = seed % 2 == 0 ? Graph() : randomGraph(&random)
        var reference = CorpusAccumulator(base: base)
        var tested = CorpusAccumulator(base: base)
        for _ in 0..<(1 + random.below(6)) { round(&random, &reference, &tested) }
        #expect(tested.graph() == reference.graph())
        #expect(GraphFile.encode(tested.graph()) == GraphFile.encode(reference.graph()))
        return (reference, tested)
    }

    /// A graph given with its evidence records apart, one relation per record (``FoundGraph``), moved or copied
    /// into the corpus, must give what the graph with each relation's records in its own list gives; the found
    /// graph given up must be left empty, and a shared one as it was.
    @Test(arguments: 0..<30)
    func foundGraphEqualsItsGraph(seed: UInt64) {
        let (reference, apart) = Self.sameCorpus(seed: seed, salt: 4242) { random, reference, apart in
            let g = Self.randomGraph(&random)
            // One relation per record, the records apart: as extraction gives them.
            var split = g
            split.relations = []
            var records: [Evidence] = []
            for r in g.relations {
                for e in r.evidence {
                    var one = r
                    one.evidence = []
                    split.relations.append(one)
                    records.append(e)
                }
            }
            // A relation without records has no place apart: it stays with its own (empty) list only when
            // none has records; otherwise the graph is given whole.
            let found =
                g.relations.contains(where: \.evidence.isEmpty)
                ? FoundGraph(graph: g) : FoundGraph(graph: split, evidence: records)
            reference.append(found.withEvidence)
            switch random.below(3) {
            case 0:
                var own = found
                apart.append(taking: &own)
                #expect(own.graph == Graph() && own.evidence.isEmpty)
            case 1:
                var shared = found
                apart.append(taking: &shared)
                #expect(shared.graph == Graph() && shared.evidence.isEmpty)
                // The records were moved out of a copy: the list the caller still holds is as it was.
                #expect(found.evidence == (found.evidence.isEmpty ? [] : records))
            default:
                apart.append(found)
            }
            #expect(found.withEvidence.relations.count == found.graph.relations.count)
        }
        var taken = apart
        #expect(GraphFile.encode(taken.takeGraph()) == GraphFile.encode(reference.graph()))
    }

    /// The graph taken from an accumulator that is done (its evidence moved, not copied) must be the graph it
    /// gives, and the accumulator must be left with its documents and actors and no relations, able to go on.
    @Test(arguments: 0..<30)
    func takenGraphIsTheGraph(seed: UInt64) {
        var random = TestRandom(state: seed &+ 909)
        var accumulator = CorpusAccumulator(base: Self.randomGraph(&random))
        for _ in 0..<random.below(6) { accumulator.append(Self.randomGraph(&random)) }
        let expected = accumulator.graph()
        let taken = accumulator.takeGraph()
        #expect(taken == expected)
        #expect(taken.isKnownCanonical)
        #expect(GraphFile.encode(taken) == GraphFile.encode(expected))
        var withoutRelations = expected
        withoutRelations.relations = []
        #expect(accumulator.graph() == withoutRelations)
        // Going on after: the relations added later are the corpus's relations.
        let more = Self.randomGraph(&random)
        accumulator.append(more)
        var fresh = CorpusAccumulator(base: withoutRelations)
        fresh.append(more)
        #expect(accumulator.takeGraph() == fresh.graph())
    }

    /// The counting sort that orders evidence by document rank and relation must be a stable sort by key.
    @Test(arguments: 0..<4)
    func countingSortIsAStableSortByKey(seed: UInt64) {
        var random = TestRandom(state: seed &+ 17)
        for _ in 0..<200 {
            let buckets = 1 + random.below(20)
            let keys = (0..<random.below(60)).map { _ in random.below(buckets) }
            var items = Array(keys.indices)
            for i in items.indices.reversed() { items.swapAt(i, random.below(i + 1)) }
            let (sorted, starts) = CorpusAccumulator.countingSortedWithStarts(items, buckets: buckets) { keys[$0] }
            let expected = items.enumerated().sorted { (keys[$0.element], $0.offset) < (keys[$1.element], $1.offset) }
                .map(\.element)
            #expect(sorted == expected)
            for k in 0..<buckets { #expect(sorted[starts[k]..<starts[k + 1]].allSatisfy { keys[$0] == k }) }
        }
    }

    @Test func stringNumbersAreDenseAndStable() {
        var numbering = Numbering<String>()
        let strings = Self.ids + Self.documents + (0..<500).map { "s\($0)" }
        for (k, s) in strings.enumerated() where !strings[..<k].contains(s) {
            #expect(numbering.number(s) == Int32(numbering.count - 1))
        }
        for s in strings {
            #expect(numbering.keys[Int(numbering.find(s) ?? -1)] == s)
        }
        #expect(numbering.find("absent") == nil)
        let rank = numbering.ranks()
        let sorted = numbering.keys.sorted()
        for k in numbering.keys.indices { #expect(sorted[Int(rank[k])] == numbering.keys[k]) }
    }
}
