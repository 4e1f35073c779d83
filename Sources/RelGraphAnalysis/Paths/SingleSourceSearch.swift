/// Single-source shortest paths with path counts, the kernel of Brandes' betweenness, closeness and harmonic
/// centrality: breadth-first search when unweighted, Dijkstra with an indexed 4-ary heap (decrease-key, so every
/// node enters the heap once) when weighted (distance = 1/weight). A reusable workspace, one per thread: every
/// array is allocated once with one slot per node, and only the nodes a search reached are reset before the next.
///
/// Invariants between searches: `settled[0..<reachedCount]` lists the reached nodes in non-decreasing distance;
/// every other node has `dist` = ∞, `sigma` = 0 and `position` = `unreached`.
///
/// Complexity: O(E) per search unweighted, O(E log₄ V) weighted; O(V + E) space (the arc lengths are copied).
///
/// Reference: U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2), 2001,
/// doi:10.1080/0022250X.2001.9990249 (the counting of shortest paths `sigma`).
struct SingleSourceSearch {
    let offsets: [Int]
    let targets: [Int32]
    /// Arc lengths (1/weight) aligned with `targets`, or empty for hop counts.
    let lengths: [Double]
    /// Distance from the source; `.infinity` when unreached.
    private(set) var dist: [Double]
    /// Number of shortest paths from the source.
    private(set) var sigma: [Double]
    /// The first `reachedCount` slots: settled nodes in non-decreasing distance order.
    private var settled: [Int32]
    private(set) var reachedCount = 0
    /// Heap slot of each node; `unreached` or `done` when the node is not in the heap.
    private var position: [Int32]
    private var heap: [HeapEntry]

    private static let unreached: Int32 = -1
    private static let done: Int32 = -2

    struct HeapEntry {
        var dist: Double
        var node: Int32
    }

    /// A search over `graph`'s out-arcs, or its in-arcs when `reversed` (distances *to* the source).
    init(graph: AnalysisGraph, weighted: Bool, reversed: Bool) {
        let n = graph.nodeCount
        offsets = reversed ? graph.inOffsets : graph.offsets
        targets = reversed ? graph.inSources : graph.targets
        lengths = weighted ? (reversed ? graph.inWeights : graph.weights).map { 1 / $0 } : []
        dist = [Double](repeating: .infinity, count: n)
        sigma = [Double](repeating: 0, count: n)
        settled = [Int32](repeating: 0, count: n)
        position = [Int32](repeating: Self.unreached, count: n)
        heap = [HeapEntry](repeating: HeapEntry(dist: 0, node: 0), count: weighted ? n : 0)
    }

    var isWeighted: Bool { !lengths.isEmpty }

    /// The nodes the last search reached, in non-decreasing distance order (the source first).
    var order: ArraySlice<Int32> { settled[0..<reachedCount] }

    /// Σ dist over the nodes the last search reached, in settling order (the source adds 0).
    func sumOfDistances() -> Double {
        let (order, dist) = (settled.span, dist.span)
        var total = 0.0
        for i in 0..<reachedCount { total += dist[Int(order[i])] }
        return total
    }

    /// Σ 1/dist over the nodes the last search reached except the source (the first settled), in settling order.
    func sumOfReciprocalDistances() -> Double {
        let (order, dist) = (settled.span, dist.span)
        var total = 0.0
        for i in 1..<max(reachedCount, 1) { total += 1 / dist[Int(order[i])] }
        return total
    }

    /// Runs from `source`; afterwards `order`, `dist` and `sigma` describe the search.
    mutating func run(from source: Int) {
        for v in settled[0..<reachedCount] {
            dist[Int(v)] = .infinity
            sigma[Int(v)] = 0
            position[Int(v)] = Self.unreached
        }
        let weighted = isWeighted
        reachedCount = offsets.withUnsafeBufferPointer { off in
            targets.withUnsafeBufferPointer { tg in
                lengths.withUnsafeBufferPointer { len in
                    dist.withUnsafeMutableBufferPointer { dist in
                        sigma.withUnsafeMutableBufferPointer { sigma in
                            settled.withUnsafeMutableBufferPointer { order in
                                position.withUnsafeMutableBufferPointer { position in
                                    heap.withUnsafeMutableBufferPointer { heap in
                                        let arcs = Arcs(offsets: off, targets: tg, lengths: len)
                                        let state = State(dist: dist, sigma: sigma, order: order)
                                        guard weighted else { return Self.bfs(from: source, arcs, state) }
                                        let queue = Heap(entries: heap, position: position)
                                        return Self.dijkstra(from: source, arcs, state, queue)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The adjacency the search follows.
    private struct Arcs {
        let offsets: UnsafeBufferPointer<Int>
        let targets: UnsafeBufferPointer<Int32>
        let lengths: UnsafeBufferPointer<Double>
    }

    /// The per-node results being written.
    private struct State {
        let dist: UnsafeMutableBufferPointer<Double>
        let sigma: UnsafeMutableBufferPointer<Double>
        let order: UnsafeMutableBufferPointer<Int32>
    }

    /// Returns the number of nodes reached.
    private static func bfs(from s: Int, _ arcs: Arcs, _ state: State) -> Int {
        let (dist, sigma, order) = (state.dist, state.sigma, state.order)
        dist[s] = 0
        sigma[s] = 1
        order[0] = Int32(s)
        var (head, tail) = (0, 1)
        while head < tail {
            let v = Int(order[head])
            head += 1
            let dv = dist[v] + 1
            let sv = sigma[v]
            for i in arcs.offsets[v]..<arcs.offsets[v + 1] {
                let w = Int(arcs.targets[i])
                if dist[w] == .infinity {
                    dist[w] = dv
                    order[tail] = Int32(w)
                    tail += 1
                }
                if dist[w] == dv { sigma[w] += sv }
            }
        }
        return tail
    }

    /// Returns the number of nodes reached. A node's `dist` is tentative while it is in the heap.
    private static func dijkstra(from s: Int, _ arcs: Arcs, _ state: State, _ heap: Heap) -> Int {
        let (dist, sigma, order) = (state.dist, state.sigma, state.order)
        var heap = heap
        dist[s] = 0
        sigma[s] = 1
        heap.push(HeapEntry(dist: 0, node: Int32(s)))
        var reached = 0
        while let top = heap.popMin() {
            let v = Int(top.node)
            heap.position[v] = done
            order[reached] = top.node
            reached += 1
            let dv = top.dist
            let sv = sigma[v]
            for i in arcs.offsets[v]..<arcs.offsets[v + 1] {
                // A settled w has dist[w] ≤ dv < d, so only the rare tie needs the settled check (a length
                // absorbed by rounding, dv + len == dv, must not count a path into a settled node).
                let w = Int(arcs.targets[i])
                let d = dv + arcs.lengths[i]
                let known = dist[w]
                if d < known {
                    dist[w] = d
                    sigma[w] = sv
                    let entry = HeapEntry(dist: d, node: Int32(w))
                    let slot = heap.position[w]
                    if slot == unreached { heap.push(entry) } else { heap.siftUp(entry, from: Int(slot)) }
                } else if d == known && heap.position[w] != done {
                    sigma[w] += sv
                }
            }
        }
        return reached
    }

    /// An indexed 4-ary min-heap on distances over preallocated buffers; `position` follows every move.
    private struct Heap {
        let entries: UnsafeMutableBufferPointer<HeapEntry>
        let position: UnsafeMutableBufferPointer<Int32>
        var count = 0

        init(entries: UnsafeMutableBufferPointer<HeapEntry>, position: UnsafeMutableBufferPointer<Int32>) {
            self.entries = entries
            self.position = position
        }

        mutating func push(_ e: HeapEntry) {
            count += 1
            siftUp(e, from: count - 1)
        }

        /// Places `e` at slot `i` or above (its key is no larger than the one it replaces).
        func siftUp(_ e: HeapEntry, from i: Int) {
            var i = i
            while i > 0 {
                let p = (i - 1) >> 2
                let parent = entries[p]
                if parent.dist <= e.dist { break }
                entries[i] = parent
                position[Int(parent.node)] = Int32(i)
                i = p
            }
            entries[i] = e
            position[Int(e.node)] = Int32(i)
        }

        mutating func popMin() -> HeapEntry? {
            guard count > 0 else { return nil }
            let top = entries[0]
            count -= 1
            guard count > 0 else { return top }
            let last = entries[count]
            var i = 0
            while true {
                let first = 4 * i + 1
                if first >= count { break }
                var best = first
                var bestDist = entries[first].dist
                for c in (first + 1)..<min(first + 4, count) where entries[c].dist < bestDist {
                    best = c
                    bestDist = entries[c].dist
                }
                if bestDist >= last.dist { break }
                entries[i] = entries[best]
                position[Int(entries[i].node)] = Int32(i)
                i = best
            }
            entries[i] = last
            position[Int(last.node)] = Int32(i)
            return top
        }
    }
}
