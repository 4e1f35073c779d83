/// The path along the strongest ties: Dijkstra with distance = 1/weight.
public enum StrongestPath {
    /// The minimum-cost path from `source` to `target` where an edge of weight w costs 1/w, so heavy (strong)
    /// ties are short. Among equal-cost paths the one found first wins (neighbours are scanned in index
    /// order), so the answer is deterministic. Directed graphs follow arcs.
    ///
    /// - Parameters:
    ///   - graph: The graph.
    ///   - source: Start node.
    ///   - target: End node.
    /// - Returns: The path, or `nil` when `target` is unreachable.
    /// - Complexity: O((V + E) log V) time, O(V) space.
    /// - Reference: E. W. Dijkstra, "A note on two problems in connexion with graphs", Numer. Math. 1, 1959,
    ///   doi:10.1007/BF01386390.
    public static func path(in graph: AnalysisGraph, from source: Int, to target: Int) -> PathResult? {
        let n = graph.nodeCount
        var dist = [Double](repeating: .infinity, count: n)
        var parentArc = [Int](repeating: -1, count: n)
        var done = [Bool](repeating: false, count: n)
        var heap = MinHeap()
        dist[source] = 0
        heap.push(0, source)
        while let (d, v) = heap.pop() {
            if done[v] || d > dist[v] { continue }
            done[v] = true
            if v == target { break }
            for i in graph.offsets[v]..<graph.offsets[v + 1] {
                let w = Int(graph.targets[i])
                let nd = d + 1 / graph.weights[i]
                if nd < dist[w] {
                    dist[w] = nd
                    parentArc[w] = i
                    heap.push(nd, w)
                }
            }
        }
        guard dist[target].isFinite else { return nil }
        return trace(graph, source: source, target: target, parentArc: parentArc, cost: dist[target])
    }

    static func trace(
        _ graph: AnalysisGraph, source: Int, target: Int, parentArc: [Int], cost: Double
    ) -> PathResult {
        var nodes = [target]
        var arcs: [Int] = []
        var v = target
        while v != source {
            let arc = parentArc[v]
            arcs.append(Int(graph.edges[arc]))
            // The arc's tail: the node whose CSR row holds `arc`.
            var lo = 0
            var hi = graph.nodeCount
            while lo + 1 < hi {
                let mid = (lo + hi) / 2
                if graph.offsets[mid] <= arc { lo = mid } else { hi = mid }
            }
            v = lo
            nodes.append(v)
        }
        return PathResult(graph: graph, nodes: nodes.reversed(), edges: arcs.reversed(), cost: cost)
    }

    /// A binary min-heap of (distance, node).
    private struct MinHeap {
        private var items: [(Double, Int)] = []

        mutating func push(_ d: Double, _ v: Int) {
            items.append((d, v))
            var i = items.count - 1
            while i > 0, items[(i - 1) / 2] > items[i] {
                items.swapAt(i, (i - 1) / 2)
                i = (i - 1) / 2
            }
        }

        mutating func pop() -> (Double, Int)? {
            guard !items.isEmpty else { return nil }
            items.swapAt(0, items.count - 1)
            let top = items.removeLast()
            var i = 0
            while true {
                var c = 2 * i + 1
                if c >= items.count { break }
                if c + 1 < items.count && items[c + 1] < items[c] { c += 1 }
                if items[i] <= items[c] { break }
                items.swapAt(i, c)
                i = c
            }
            return top
        }
    }
}
