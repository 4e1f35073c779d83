import Foundation
import RelGraph
import Testing

struct EdgeListTests {
    /// Found by fuzzing (Fuzz/corpus/edgelist/weight-overflow.csv): two finite weights of one pair added up to
    /// infinity in the analysis graph, and PageRank turned to NaN.
    @Test func weightsThatAddUpToInfinityAreRejectedWithTheirLine() {
        let csv = "a,b,1e308\na,b,1e308\n"
        #expect(
            throws: GraphError.malformedEdgeList(
                path: "w.csv", line: 2,
                reason: "the weights add up to more than \(Double.greatestFiniteMagnitude); scale them down")
        ) {
            try EdgeList.parse(Data(csv.utf8), path: "w.csv")
        }
    }

    @Test func largeWeightsThatStayFiniteAreKept() throws {
        let list = try EdgeList.parse(Data("a,b,1e307\nb,c,-1e307\n".utf8), path: "w.csv")
        #expect(list.edges.map(\.weight) == [1e307, -1e307])
    }
}
