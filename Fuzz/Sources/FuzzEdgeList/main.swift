import Foundation
import FuzzDriver
import RelGraph
import RelGraphAnalysis

// The edge-list reader and the graphs analyses build from it: any bytes either parse or throw a GraphError;
// what parses projects (directed and undirected, weighted unless a weight is not positive) to a CSR graph whose
// figures and PageRank are computed, and to the signed graph `relgraph balance` reads. Invariants: every edge
// names a node, the CSR graph has no more edges than lines, its weights are positive and finite, and PageRank
// sums to 1.
runFuzzTarget { data, size in
    guard let data else { return 0 }
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    guard let list = try? EdgeList.parse(bytes, path: "fuzz.csv") else { return 0 }
    let nodes = Int32(list.names.count)
    for edge in list.edges {
        precondition(edge.source >= 0 && edge.source < nodes && edge.target >= 0 && edge.target < nodes)
    }
    for directed in [false, true] {
        let weighted = list.edges.allSatisfy { $0.weight > 0 }
        let projection = Projection(directed: directed, unweighted: !weighted)
        guard let graph = try? projection.apply(to: list) else {
            preconditionFailure("a projection of an edge list with positive weights failed")
        }
        precondition(
            graph.weights.allSatisfy { $0 > 0 && $0.isFinite },
            "an analysis weight is not positive and finite")
        let stats = GraphStats(of: graph)
        precondition(stats.nodes == list.names.count, "the analysis graph lost nodes")
        precondition(stats.edges <= list.edges.count, "the analysis graph has more edges than lines")
        let rank = PageRank.scores(in: graph, weighted: weighted).values
        if !rank.isEmpty {
            precondition(abs(rank.reduce(0, +) - 1) < 1e-6, "PageRank does not sum to 1")
        }
    }
    // The signed reading `relgraph balance` makes of an edge list.
    let signed = SignedGraph(list)
    precondition(signed.sign.count == signed.graph.edgeCount, "a signed edge without a sign")
    precondition(
        signed.graph.weights.allSatisfy { $0 > 0 && $0.isFinite }, "a signed weight is not positive and finite")
    return 0
}
