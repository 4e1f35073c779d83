/// Closeness centrality, with Wasserman and Faust's correction for graphs that are not connected.
public enum Closeness {
    /// `c(u) = (r−1)/Σ_v d(v,u) · (r−1)/(n−1)` where r is the number of nodes that reach u (u included), as
    /// NetworkX's `closeness_centrality(G, distance=…, wf_improved=True)`; 0 when no other node reaches u.
    /// On directed graphs distances are incoming (from v to u).
    ///
    /// - Parameters:
    ///   - graph: The graph.
    ///   - weighted: Distances are Σ 1/weight instead of hop counts.
    /// - Returns: One score per node.
    /// - Complexity: O(V·E) unweighted, O(V·(E + V log V)) weighted; parallel across cores; O(V) space per core.
    /// - Reference: S. Wasserman, K. Faust, "Social Network Analysis: Methods and Applications", Cambridge
    ///   University Press, 1994, doi:10.1017/CBO9780511815478 (eq. 5.3 and §5.3.1).
    public static func scores(in graph: AnalysisGraph, weighted: Bool) -> NodeScores {
        let n = graph.nodeCount
        let values = Chunks.map(count: n) { range -> [Double] in
            var search = SingleSourceSearch(graph: graph, weighted: weighted, reversed: true)
            var scores = [Double](repeating: 0, count: range.count)
            for (slot, u) in range.enumerated() {
                search.run(from: u)
                let total = search.sumOfDistances()
                let reached = Double(search.reachedCount - 1)
                if total > 0 && n > 1 { scores[slot] = reached / total * (reached / Double(n - 1)) }
            }
            return scores
        }.flatMap { $0 }
        return NodeScores(measure: "closeness", values: values)
    }
}
