/// Single-source shortest paths with path counts, the kernel of Brandes' betweenness, closeness and harmonic
/// centrality: breadth-first search when unweighted, Dijkstra with a binary heap when weighted
/// (distance = 1/weight). A reusable workspace: one per thread, reset in O(reached) between sources.
///
/// Reference: U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2), 2001,
/// doi:10.1080/0022250X.2001.9990249 (the counting of shortest paths `sigma`).
struct SingleSourceSearch {
    let offsets: [Int]
    let targets: [Int32]
    /// Arc lengths (1/weight) aligned with `targets`, or empty for hop counts.
    let lengths: [Double]
    /// Settled nodes in non-decreasing distance order.
    private(set) var order: [Int32] = []
    /// Distance from the source; `.infinity` when unreached.
    private(set) var dist: [Double]
    /// Number of shortest paths from the source.
    private(set) var sigma: [Double]
    private var heap: [HeapEntry] = []
    private var settled: [Bool]

    struct HeapEntry {
        var dist: Double
        var node: Int32
    }

    /// A search over `graph`'s out-arcs, or its in-arcs when `reversed` (distances *to* the source).
    init(graph: AnalysisGraph, weighted: Bool, reversed: Bool) {
        offsets = reversed ? graph.inOffsets : graph.offsets
        targets = reversed ? graph.inSources : graph.targets
        lengths = weighted ? (reversed ? graph.inWeights : graph.weights).map { 1 / $0 } : []
        dist = [Double](repeating: .infinity, count: graph.nodeCount)
        sigma = [Double](repeating: 0, count: graph.nodeCount)
        settled = [Bool](repeating: false, count: graph.nodeCount)
    }

    var isWeighted: Bool { !lengths.isEmpty }

    /// Runs from `source`; afterwards `order`, `dist` and `sigma` describe the search.
    mutating func run(from source: Int) {
        for v in order {
            dist[Int(v)] = .infinity
            sigma[Int(v)] = 0
            settled[Int(v)] = false
        }
        order.removeAll(keepingCapacity: true)
        if lengths.isEmpty { bfs(source) } else { dijkstra(source) }
    }

    private mutating func bfs(_ s: Int) {
        dist[s] = 0
        sigma[s] = 1
        order.append(Int32(s))
        var head = 0
        offsets.withUnsafeBufferPointer { off in
            targets.withUnsafeBufferPointer { tg in
                while head < order.count {
                    let v = Int(order[head])
                    head += 1
                    let dv = dist[v] + 1
                    let sv = sigma[v]
                    for i in off[v]..<off[v + 1] {
                        let w = Int(tg[i])
                        if dist[w] == .infinity {
                            dist[w] = dv
                            order.append(Int32(w))
                        }
                        if dist[w] == dv { sigma[w] += sv }
                    }
                }
            }
        }
    }

    private mutating func dijkstra(_ s: Int) {
        // `dist` holds tentative distances until a node is settled; a node reached but not yet settled has
        // dist < ∞ and settled == false. Stale heap entries are skipped (lazy deletion).
        dist[s] = 0
        sigma[s] = 1
        heap.removeAll(keepingCapacity: true)
        push(HeapEntry(dist: 0, node: Int32(s)))
        while let top = pop() {
            let v = Int(top.node)
            if settled[v] || top.dist > dist[v] { continue }
            settled[v] = true
            order.append(top.node)
            let dv = dist[v]
            let sv = sigma[v]
            for i in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[i])
                if settled[w] { continue }
                let d = dv + lengths[i]
                if d < dist[w] {
                    dist[w] = d
                    sigma[w] = sv
                    push(HeapEntry(dist: d, node: Int32(w)))
                } else if d == dist[w] {
                    sigma[w] += sv
                }
            }
        }
    }

    private mutating func push(_ e: HeapEntry) {
        heap.append(e)
        var i = heap.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            if heap[p].dist <= e.dist { break }
            heap[i] = heap[p]
            i = p
        }
        heap[i] = e
    }

    private mutating func pop() -> HeapEntry? {
        guard let last = heap.popLast() else { return nil }
        guard !heap.isEmpty else { return last }
        let top = heap[0]
        var i = 0
        let n = heap.count
        while true {
            var c = 2 * i + 1
            if c >= n { break }
            if c + 1 < n && heap[c + 1].dist < heap[c].dist { c += 1 }
            if heap[c].dist >= last.dist { break }
            heap[i] = heap[c]
            i = c
        }
        heap[i] = last
        return top
    }
}
