/// Weakly connected components (connected components of an undirected graph).
public enum WeakComponents {
    /// Nodes joined by a path when arc directions are ignored, found by breadth-first search.
    ///
    /// - Parameter graph: The graph.
    /// - Returns: The components, largest first.
    /// - Complexity: O(V + E) time, O(V) space.
    /// - Reference: J. Hopcroft, R. Tarjan, "Algorithm 447: efficient algorithms for graph manipulation",
    ///   Commun. ACM 16(6), 1973, doi:10.1145/362248.362272.
    public static func components(of graph: AnalysisGraph) -> Components {
        let n = graph.nodeCount
        var label = [Int](repeating: -1, count: n)
        var count = 0
        var queue: [Int] = []
        for s in 0..<n where label[s] < 0 {
            label[s] = count
            queue = [s]
            var head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                for w in graph.neighbors(of: v) where label[Int(w)] < 0 {
                    label[Int(w)] = count
                    queue.append(Int(w))
                }
                if graph.isDirected {
                    for w in graph.inNeighbors(of: v) where label[Int(w)] < 0 {
                        label[Int(w)] = count
                        queue.append(Int(w))
                    }
                }
            }
            count += 1
        }
        return Components(membership: label, count: count)
    }
}
