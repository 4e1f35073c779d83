import RelGraph
import TestSupport
import Testing

struct MergeTests {
    @Test func mergingAGraphWithItselfChangesNothing() {
        let g = Fixtures.smallGraph()
        #expect(GraphMerger.merge([g, g]) == g)
    }

    @Test func negatedEvidenceAddsNoWeight() throws {
        let g = Fixtures.smallGraph()
        let attend = try #require(g.relations.first { $0.type == .attend })
        #expect(attend.weight == 0)
        #expect(attend.isNegatedOnly)
        let meet = try #require(g.relations.first { $0.source == "andrei-belousov" && $0.type == .meet })
        #expect(abs(meet.weight - 0.38 * 1.8) < 1e-9)
        #expect(meet.modality == .asserted)
    }

    @Test func undirectedEndsAreOrdered() throws {
        let g = Fixtures.smallGraph()
        let meet = try #require(g.relations.first { $0.type == .meet && $0.target == "kim-jong-un" })
        #expect(meet.source == "andrei-belousov")
    }
}
