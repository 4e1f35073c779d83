/// Betweenness centrality: for each node, the share of shortest paths between other pairs that pass through it.
public enum Betweenness {
    /// Brandes' algorithm, exact or with sampled source pivots, normalised as NetworkX 3.x
    /// (`betweenness_centrality(G, k, normalized=True, weight=…, endpoints=False)`).
    ///
    /// `c(v) = Σ_{s≠v≠t} σ(s,t|v) / σ(s,t)`, divided by `(n−1)(n−2)`, for directed and undirected graphs alike
    /// (an undirected pair is counted from both ends, which that divisor accounts for). With `samples` = k < n,
    /// only k sources are searched; sources' sums are divided by `(k−1)(n−2)`, the others' by `k(n−2)`.
    /// Sources run in parallel in fixed chunks whose partial sums are added in chunk order, so the result does not
    /// depend on the number of cores.
    ///
    /// - Parameters:
    ///   - graph: The graph; directed graphs follow arcs.
    ///   - weighted: Paths minimise Σ 1/weight (strongest ties are shortest) instead of hop count.
    ///   - samples: Number of pivot sources, or `nil` for all (exact).
    ///   - rng: Chooses the pivots (only used when sampling).
    /// - Returns: One score per node, in [0, 1].
    /// - Complexity: O(k·E) unweighted, O(k·(E + V log V)) weighted, for k sources; O(c·V) space for c chunks.
    /// - Reference: U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2), 2001,
    ///   doi:10.1080/0022250X.2001.9990249; U. Brandes, C. Pich, "Centrality estimation in large networks",
    ///   Int. J. Bifurc. Chaos 17(7), 2007, doi:10.1142/S0218127407018403.
    public static func scores(
        in graph: AnalysisGraph, weighted: Bool, samples: Int? = nil,
        using rng: inout some RandomNumberGenerator
    ) -> NodeScores {
        let n = graph.nodeCount
        var sources = Array(0..<n)
        var sampled = false
        if let k = samples, k < n {
            sources = Array(sources.shuffled(using: &rng).prefix(max(k, 0))).sorted()
            sampled = true
        }
        let chosen = sources
        let partials = Chunks.map(count: chosen.count) { range -> [Double] in
            var search = SingleSourceSearch(graph: graph, weighted: weighted, reversed: false)
            var total = [Double](repeating: 0, count: n)
            var delta = [Double](repeating: 0, count: n)
            for s in chosen[range] {
                search.run(from: s)
                accumulate(search, source: s, delta: &delta, into: &total)
            }
            return total
        }
        var values = [Double](repeating: 0, count: n)
        for p in partials {
            for v in 0..<n { values[v] += p[v] }
        }
        guard n > 2 else { return NodeScores(measure: "betweenness", values: [Double](repeating: 0, count: n)) }
        let k = Double(chosen.count)
        let denominator = Double(n - 2)
        if sampled {
            let isSource = Set(chosen)
            for v in 0..<n {
                let scale = isSource.contains(v) ? (k > 1 ? 1 / ((k - 1) * denominator) : .nan) : 1 / (k * denominator)
                values[v] *= scale
            }
        } else {
            let scale = 1 / (Double(n - 1) * denominator)
            for v in 0..<n { values[v] *= scale }
        }
        return NodeScores(measure: "betweenness", values: values)
    }

    /// Brandes' dependency accumulation, pulling from successors: δ(v) = σ(v) Σ_{w: v∈P(w)} (1 + δ(w)) / σ(w).
    /// `delta` is all zeros before and after.
    private static func accumulate(
        _ search: SingleSourceSearch, source: Int, delta: inout [Double], into total: inout [Double]
    ) {
        let order = search.order
        let weighted = search.isWeighted
        search.offsets.withUnsafeBufferPointer { off in
            search.targets.withUnsafeBufferPointer { tg in
                search.lengths.withUnsafeBufferPointer { len in
                    search.dist.withUnsafeBufferPointer { dist in
                        search.sigma.withUnsafeBufferPointer { sigma in
                            delta.withUnsafeMutableBufferPointer { delta in
                                total.withUnsafeMutableBufferPointer { total in
                                    for v32 in order.reversed() {
                                        let v = Int(v32)
                                        let dv = dist[v]
                                        var acc = 0.0
                                        for i in off[v]..<off[v + 1] {
                                            let w = Int(tg[i])
                                            if dist[w] == dv + (weighted ? len[i] : 1) {
                                                acc += (1 + delta[w]) / sigma[w]
                                            }
                                        }
                                        delta[v] = sigma[v] * acc
                                        if v != source { total[v] += delta[v] }
                                    }
                                    for v in order { delta[Int(v)] = 0 }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
