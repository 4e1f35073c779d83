/// Eigenvector centrality: a node is central when its neighbours are.
public enum Eigenvector {
    /// Power iteration on A + I (the shift makes it converge on bipartite graphs) as NetworkX's
    /// `eigenvector_centrality(G, weight=…)`: on directed graphs a node's score comes from its in-neighbours;
    /// the result has unit Euclidean norm.
    ///
    /// - Parameters:
    ///   - graph: The graph.
    ///   - weighted: Use tie weights as matrix entries (else 1).
    ///   - tolerance: Stop when the L1 change is below `n · tolerance`.
    ///   - maxIterations: Upper bound on iterations.
    /// - Returns: One score per node, unit Euclidean norm (all zero for a graph without edges).
    /// - Complexity: O(I·(V + E)) time, O(V) space.
    /// - Reference: P. Bonacich, "Power and centrality: a family of measures", Am. J. Sociol. 92(5), 1987,
    ///   doi:10.1086/228631.
    public static func scores(
        in graph: AnalysisGraph, weighted: Bool, tolerance: Double = 1e-12, maxIterations: Int = 10_000
    ) -> NodeScores {
        let n = graph.nodeCount
        guard n > 0, graph.edgeCount > 0 else {
            return NodeScores(measure: "eigenvector", values: [Double](repeating: 0, count: n))
        }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            for w in 0..<n {
                var sum = x[w]
                for i in graph.inOffsets[w]..<graph.inOffsets[w + 1] {
                    sum += x[Int(graph.inSources[i])] * (weighted ? graph.inWeights[i] : 1)
                }
                next[w] = sum
            }
            var norm = 0.0
            for v in 0..<n { norm += next[v] * next[v] }
            norm = norm.squareRoot()
            var change = 0.0
            for v in 0..<n {
                next[v] /= norm
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { break }
        }
        return NodeScores(measure: "eigenvector", values: x)
    }
}
