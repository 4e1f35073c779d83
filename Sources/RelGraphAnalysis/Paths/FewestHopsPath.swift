/// The path with the fewest hops, whatever the tie strengths.
public enum FewestHopsPath {
    /// Breadth-first search from `source`; among paths with the fewest hops, the first found in index order.
    /// Directed graphs follow arcs.
    ///
    /// - Parameters:
    ///   - graph: The graph.
    ///   - source: Start node.
    ///   - target: End node.
    /// - Returns: The path with `cost` = number of hops, or `nil` when `target` is unreachable.
    /// - Complexity: O(V + E) time, O(V) space.
    /// - Reference: E. F. Moore, "The shortest path through a maze", Proc. Int. Symp. Theory of Switching, 1959.
    public static func path(in graph: AnalysisGraph, from source: Int, to target: Int) -> PathResult? {
        var parentArc = [Int](repeating: -1, count: graph.nodeCount)
        var seen = [Bool](repeating: false, count: graph.nodeCount)
        var hops = [Int](repeating: 0, count: graph.nodeCount)
        seen[source] = true
        var queue = [source]
        var head = 0
        while head < queue.count && !seen[target] {
            let v = queue[head]
            head += 1
            for i in graph.offsets[v]..<graph.offsets[v + 1] where !seen[Int(graph.targets[i])] {
                let w = Int(graph.targets[i])
                seen[w] = true
                parentArc[w] = i
                hops[w] = hops[v] + 1
                queue.append(w)
            }
        }
        guard seen[target] else { return nil }
        return StrongestPath.trace(
            graph, source: source, target: target, parentArc: parentArc, cost: Double(hops[target]))
    }
}
