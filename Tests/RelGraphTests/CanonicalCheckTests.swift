import Foundation
import TestSupport
import Testing

@testable import RelGraph

/// `canonicalized()` returns a graph it finds canonical as it is; that check must agree with the definition
/// (sort and rebuild) on canonical graphs, on canonical graphs with one thing out of place, and on random ones.
/// The in-place evidence comparison and the run count of documents are held to `<` and to a set.
struct CanonicalCheckTests {
    static func perturbed(_ g: Graph, _ random: inout TestRandom) -> Graph {
        var g = g
        switch random.below(9) {
        case 0 where g.documents.count > 1: g.documents.swapAt(0, g.documents.count - 1)
        case 1 where !g.documents.isEmpty: g.documents.append(g.documents[random.below(g.documents.count)])
        case 2 where g.actors.count > 1: g.actors.swapAt(0, g.actors.count - 1)
        case 3 where !g.actors.isEmpty:
            let k = random.below(g.actors.count)
            g.actors[k].aliases.append(random.below(2) == 0 ? g.actors[k].name : "")
        case 4 where !g.actors.isEmpty:
            let k = random.below(g.actors.count)
            g.actors[k].aliases = ["b", "a"]
        case 5 where g.relations.count > 1: g.relations.swapAt(0, g.relations.count - 1)
        case 6 where !g.relations.isEmpty:
            let k = random.below(g.relations.count)
            g.relations[k].weight = g.relations[k].weight == 0 ? -0.0 : g.relations[k].weight + 1e-6
        case 7 where !g.relations.isEmpty:
            let k = random.below(g.relations.count)
            if let e = g.relations[k].evidence.first { g.relations[k].evidence.append(e) }
        case 8 where !g.relations.isEmpty:
            let k = random.below(g.relations.count)
            let r = g.relations[k]
            g.relations[k].source = r.target
            g.relations[k].target = r.source
        default: break
        }
        return g
    }

    /// A graph marked canonical is returned by `canonicalized()` without the check; so every change to its
    /// records must clear the mark, and the mark must not make two graphs of equal records differ.
    @Test(arguments: 0..<10)
    func knownCanonicalMarkIsClearedByEveryChange(seed: UInt64) throws {
        var random = TestRandom(state: seed &+ 23)
        for _ in 0..<20 {
            let marked = AccumulatorNumberingTests.randomGraph(&random).canonicalized()
            #expect(marked.isKnownCanonical && marked.isCanonical)
            #expect(marked.canonicalized() == marked)
            let p = Self.perturbed(marked, &random)
            #expect(!p.isKnownCanonical || p == marked)
            #expect(p.canonicalized() == p.canonicalizedByDefinition())
            var changed = marked
            switch random.below(4) {
            case 0: changed.documents.append(Document(id: "z", path: "z", title: "", sha256: "z"))
            case 1: changed.actors.append(Actor(id: "", name: "", kind: .person))
            case 2:
                changed.relations.append(
                    Relation(
                        source: "b", target: "a", type: .meet, directed: false,
                        polarity: .cooperative, evidence: []))
            default:
                if changed.relations.isEmpty { changed.relations = [] } else { changed.relations[0].weight += 1 }
            }
            #expect(!changed.isKnownCanonical)
            // The mark is not part of the value.
            let unmarked = marked.canonicalizedByDefinition()
            #expect(unmarked == marked)
            #expect(unmarked.hashValue == marked.hashValue)
            let decoded = try JSONDecoder().decode(Graph.self, from: try JSONEncoder().encode(marked))
            #expect(!decoded.isKnownCanonical && decoded == marked)
        }
    }

    @Test(arguments: 0..<40)
    func checkAgreesWithTheDefinition(seed: UInt64) {
        var random = TestRandom(state: seed &+ 5)
        for _ in 0..<20 {
            let raw = AccumulatorNumberingTests.randomGraph(&random)
            let canonical = raw.canonicalizedByDefinition()
            #expect(canonical.isCanonical)
            for g in [raw, canonical, Self.perturbed(canonical, &random)] {
                let fast = g.canonicalized()
                let slow = g.canonicalizedByDefinition()
                #expect(fast == slow)
                // Equal as values and as files (-0.0 == 0.0, but the file writes them differently).
                #expect(GraphFile.encode(fast) == GraphFile.encode(slow))
                // Canonical exactly when the definition gives it back, weights to the bit.
                let weightsIdentical = zip(g.relations, slow.relations).allSatisfy {
                    $0.weight.bitPattern == $1.weight.bitPattern
                }
                #expect(g.isCanonical == (g == slow && weightsIdentical))
            }
        }
    }

    @Test(arguments: 0..<8)
    func inPlaceEvidenceOrderAndDocumentCountAgreeWithTheirDefinitions(seed: UInt64) {
        var random = TestRandom(state: seed &+ 9)
        let documents = AccumulatorNumberingTests.documents
        for _ in 0..<300 {
            // Copies of one id in separate storage too, so that equal strings with different bits occur.
            let evidence = (0..<random.below(12)).map { _ in
                let d = documents[random.below(documents.count)]
                return Evidence(
                    document: random.below(2) == 0 ? d : String(decoding: Array(d.utf8), as: UTF8.self),
                    sentence: random.below(2), start: random.below(3), end: random.below(3), text: "t",
                    modality: .asserted, cue: random.below(2) == 0 ? "" : "met")
            }
            evidence.withUnsafeBufferPointer { e in
                guard let p = e.baseAddress else { return }
                for i in e.indices {
                    for j in e.indices {
                        #expect(Evidence.precedes(p + i, p + j) == (e[i] < e[j]))
                    }
                }
            }
            for list in [evidence, evidence.sorted()] {
                let r = Relation(
                    source: "a", target: "b", type: .meet, directed: true, polarity: .cooperative, evidence: list)
                #expect(r.documentCount == Set(list.map(\.document)).count)
            }
        }
    }
}
