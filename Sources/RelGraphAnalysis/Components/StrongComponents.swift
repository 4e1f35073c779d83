/// Strongly connected components of a directed graph.
public enum StrongComponents {
    /// Maximal node sets in which every node reaches every other along arcs, by Tarjan's algorithm (iterative,
    /// so deep graphs do not overflow the stack). On an undirected graph these are the connected components.
    ///
    /// - Parameter graph: The graph.
    /// - Returns: The components, largest first.
    /// - Complexity: O(V + E) time, O(V) space.
    /// - Reference: R. Tarjan, "Depth-first search and linear graph algorithms", SIAM J. Comput. 1(2), 1972,
    ///   doi:10.1137/0201010.
    public static func components(of graph: AnalysisGraph) -> Components {
        let n = graph.nodeCount
        var index = [Int](repeating: -1, count: n)
        var low = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack: [Int] = []
        var label = [Int](repeating: -1, count: n)
        var count = 0
        var next = 0
        var frames: [(node: Int, arc: Int)] = []
        for root in 0..<n where index[root] < 0 {
            frames = [(root, graph.offsets[root])]
            index[root] = next
            low[root] = next
            next += 1
            stack.append(root)
            onStack[root] = true
            while let frame = frames.last {
                let v = frame.node
                if frame.arc < graph.offsets[v + 1] {
                    frames[frames.count - 1].arc += 1
                    let w = Int(graph.targets[frame.arc])
                    if index[w] < 0 {
                        index[w] = next
                        low[w] = next
                        next += 1
                        stack.append(w)
                        onStack[w] = true
                        frames.append((w, graph.offsets[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last { low[parent.node] = min(low[parent.node], low[v]) }
                if low[v] == index[v] {
                    while let w = stack.popLast() {
                        onStack[w] = false
                        label[w] = count
                        if w == v { break }
                    }
                    count += 1
                }
            }
        }
        return Components(membership: label, count: count)
    }
}
