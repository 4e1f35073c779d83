/// PageRank: the stationary distribution of a random walk that follows ties in proportion to their weight and
/// teleports to a uniformly random node with probability 1 − alpha.
public enum PageRank {
    /// Power iteration as NetworkX's `pagerank(G, alpha, weight=…)`: an undirected edge is followed both ways;
    /// a node without out-weight (dangling) spreads its rank uniformly over all nodes; iteration stops when the
    /// L1 change falls below `n · tolerance`.
    ///
    /// - Parameters:
    ///   - graph: The graph.
    ///   - weighted: Follow ties in proportion to weight (else uniformly).
    ///   - alpha: Damping factor in (0, 1).
    ///   - tolerance: Per-node convergence tolerance.
    ///   - maxIterations: Upper bound on iterations.
    /// - Returns: Scores summing to 1.
    /// - Complexity: O(I·(V + E)) time for I iterations, O(V) space.
    /// - Reference: L. Page, S. Brin, R. Motwani, T. Winograd, "The PageRank citation ranking: bringing order to
    ///   the web", Stanford InfoLab 1999-66, 1999, http://ilpubs.stanford.edu:8090/422/.
    public static func scores(
        in graph: AnalysisGraph, weighted: Bool, alpha: Double = 0.85, tolerance: Double = 1e-10,
        maxIterations: Int = 1000
    ) -> NodeScores {
        let n = graph.nodeCount
        guard n > 0 else { return NodeScores(measure: "pagerank", values: []) }
        // Pull form over in-arcs: x'[w] = alpha · Σ_{v→w} x[v]·w(v,w)/out(v) + alpha·dangling/n + (1−alpha)/n.
        var outWeight = [Double](repeating: 0, count: n)
        for v in 0..<n {
            for i in graph.offsets[v]..<graph.offsets[v + 1] { outWeight[v] += weighted ? graph.weights[i] : 1 }
        }
        let inOffsets = graph.inOffsets
        let inSources = graph.inSources
        let inWeights = graph.inWeights
        var x = [Double](repeating: 1 / Double(n), count: n)
        var share = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            var dangling = 0.0
            for v in 0..<n {
                if outWeight[v] > 0 { share[v] = x[v] / outWeight[v] } else { dangling += x[v] }
            }
            let base = (alpha * dangling + (1 - alpha)) / Double(n)
            var change = 0.0
            inSources.withUnsafeBufferPointer { src in
                inWeights.withUnsafeBufferPointer { wt in
                    for w in 0..<n {
                        var sum = 0.0
                        for i in inOffsets[w]..<inOffsets[w + 1] {
                            sum += share[Int(src[i])] * (weighted ? wt[i] : 1)
                        }
                        next[w] = base + alpha * sum
                        change += abs(next[w] - x[w])
                    }
                }
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { break }
        }
        return NodeScores(measure: "pagerank", values: x)
    }
}
