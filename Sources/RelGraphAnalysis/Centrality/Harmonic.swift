/// Harmonic centrality: the sum of reciprocal distances, which stays finite on disconnected graphs.
public enum Harmonic {
    /// `h(u) = Σ_{v≠u} 1/d(v,u)` (unreachable pairs add 0), as NetworkX's `harmonic_centrality(G, distance=…)`:
    /// unnormalised; on directed graphs distances are incoming (from v to u).
    ///
    /// - Parameters:
    ///   - graph: The graph.
    ///   - weighted: Distances are Σ 1/weight instead of hop counts.
    /// - Returns: One score per node.
    /// - Complexity: O(V·E) unweighted, O(V·(E + V log V)) weighted; parallel across cores; O(V) space per core.
    /// - Reference: P. Boldi, S. Vigna, "Axioms for centrality", Internet Mathematics 10(3–4), 2014,
    ///   doi:10.1080/15427951.2013.865686.
    public static func scores(in graph: AnalysisGraph, weighted: Bool) -> NodeScores {
        let values = Chunks.map(count: graph.nodeCount) { range -> [Double] in
            var search = SingleSourceSearch(graph: graph, weighted: weighted, reversed: true)
            var scores = [Double](repeating: 0, count: range.count)
            for (slot, u) in range.enumerated() {
                search.run(from: u)
                scores[slot] = search.sumOfReciprocalDistances()
            }
            return scores
        }.flatMap { $0 }
        return NodeScores(measure: "harmonic", values: values)
    }
}
