import RelGraph
import RelGraphAnalysis
import TestSupport
import Testing

struct EgoNetworkTests {
    @Test func depthOneAndTwoAroundKim() throws {
        let g = Projection().apply(to: Fixtures.smallGraph())
        let kim = try #require(g.index(of: "kim-jong-un"))
        let one = EgoNetwork.neighbors(in: g, of: kim, depth: 1)
        // The negated attend and the co-mention are not edges of the default projection.
        #expect(one.map(\.id) == ["andrei-belousov", "vladimir-putin"])
        #expect(one.allSatisfy { $0.depth == 1 && $0.types == ["meet"] })
        let two = EgoNetwork.neighbors(in: g, of: kim, depth: 2)
        #expect(two.map(\.id) == ["andrei-belousov", "vladimir-putin"])
    }
}
