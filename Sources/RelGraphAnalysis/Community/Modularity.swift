/// Newman–Girvan modularity with a resolution parameter.
public enum Modularity {
    /// `Q = Σ_c [ L_c/m − γ (K_c / 2m)² ]`, where m is the total edge weight, L_c the weight inside community c
    /// and K_c the sum of its nodes' strengths (a self-loop counted twice), as NetworkX's
    /// `community.modularity(G, communities, weight=…, resolution=γ)`. Directed graphs are read as undirected
    /// (arc weights of a pair added).
    ///
    /// - Parameters:
    ///   - membership: Community label of each node (any integers).
    ///   - graph: The graph.
    ///   - resolution: γ; larger values favour smaller communities.
    /// - Returns: The modularity, in [−1/2, 1]; 0 for a graph without edges.
    /// - Complexity: O(V + E) time, O(V) space.
    /// - Reference: M. E. J. Newman, M. Girvan, "Finding and evaluating community structure in networks",
    ///   Phys. Rev. E 69, 026113, 2004, doi:10.1103/PhysRevE.69.026113; J. Reichardt, S. Bornholdt, Phys. Rev. E
    ///   74, 016110, 2006, doi:10.1103/PhysRevE.74.016110 (resolution).
    public static func value(of membership: [Int], in graph: AnalysisGraph, resolution: Double = 1) -> Double {
        // Labels 0..<V (as ``Partition`` gives) index arrays; any other labels are renumbered in sorted order
        // first. Either way communities are summed in increasing label order.
        let labels: [Int]
        if membership.allSatisfy({ $0 >= 0 && $0 < membership.count }) {
            labels = membership
        } else {
            let index = Dictionary(uniqueKeysWithValues: Set(membership).sorted().enumerated().map { ($1, $0) })
            labels = membership.map { index[$0] ?? 0 }
        }
        var total = 0.0
        var inside = [Double](repeating: 0, count: labels.count)
        var strength = [Double](repeating: 0, count: labels.count)
        var present = [Bool](repeating: false, count: labels.count)
        for e in graph.edgeInfo {
            let (s, t) = (labels[Int(e.source)], labels[Int(e.target)])
            total += e.weight
            strength[s] += e.weight
            strength[t] += e.weight
            (present[s], present[t]) = (true, true)
            if s == t { inside[s] += e.weight }
        }
        guard total > 0 else { return 0 }
        var q = 0.0
        for c in labels.indices where present[c] {
            let k = strength[c]
            q += inside[c] / total - resolution * (k / (2 * total)) * (k / (2 * total))
        }
        return q
    }
}
