/// Community detection by modularity: Louvain's local moving and aggregation, with Leiden's refinement so that
/// every community is connected.
public enum Leiden {
    /// Finds communities maximising modularity at `resolution`.
    ///
    /// Each iteration: (1) fast local moving — nodes, visited from a queue in seeded random order, join the
    /// neighbouring community with the largest modularity gain; (2) refinement (skipped when `refine` is false,
    /// which gives Louvain) — within each community, singletons that are well connected merge greedily into
    /// well-connected sub-communities, so sub-communities are connected; (3) aggregation of the refined
    /// sub-communities into nodes, the community partition carried over as the start. Levels repeat until
    /// nothing merges; `iterations` full runs start from the previous partition. A final pass splits any
    /// community into its connected components (which can only raise modularity). The refinement picks the best
    /// merge (Traag et al.'s randomness parameter θ → 0). Directed graphs are read as undirected.
    ///
    /// - Parameters:
    ///   - graph: The graph.
    ///   - resolution: γ > 0; larger values give smaller communities.
    ///   - refine: Apply Leiden's refinement (true) or run plain Louvain (false).
    ///   - iterations: Number of full runs, each starting from the previous partition.
    ///   - rng: Orders the node visits; the same seed gives the same partition.
    /// - Returns: The partition and its modularity.
    /// - Complexity: O(L·E) time per iteration for L levels (a few passes of local moving each), O(V + E) space.
    /// - Reference: V. A. Traag, L. Waltman, N. J. van Eck, "From Louvain to Leiden: guaranteeing well-connected
    ///   communities", Sci. Rep. 9, 5233, 2019, doi:10.1038/s41598-019-41695-z; V. D. Blondel et al., "Fast
    ///   unfolding of communities in large networks", J. Stat. Mech. P10008, 2008,
    ///   doi:10.1088/1742-5468/2008/10/P10008.
    public static func partition(
        of graph: AnalysisGraph, resolution: Double = 1, refine: Bool = true, iterations: Int = 2,
        using rng: inout some RandomNumberGenerator
    ) -> Partition {
        let base = LevelGraph(graph)
        var membership = (0..<base.count).map { Int32($0) }
        if base.totalWeight > 0 {
            for _ in 0..<max(1, iterations) {
                let before = membership
                membership = run(base, start: membership, resolution: resolution, refine: refine, rng: &rng)
                if before == membership { break }
            }
        }
        let groups = connectedGroups(graph, membership: membership)
        return Partition(groups: groups, graph: graph, resolution: resolution)
    }

    /// One Leiden run on `base` from `start`; returns the community of each base node (renumbered 0..<c).
    private static func run(
        _ base: LevelGraph, start: [Int32], resolution: Double, refine: Bool,
        rng: inout some RandomNumberGenerator
    ) -> [Int32] {
        var g = base
        var membership = renumber(start).labels
        var nodeOf = (0..<base.count).map { Int32($0) }  // base node -> node of the current level
        while true {
            moveNodes(g, membership: &membership, resolution: resolution, rng: &rng)
            let (labels, count) = renumber(membership)
            membership = labels
            if count == g.count { break }
            var (aggregateBy, aggregateCount) = (labels, count)
            if refine {
                let refined = refinement(g, membership: labels, resolution: resolution, rng: &rng)
                let r = renumber(refined)
                if r.count < g.count { (aggregateBy, aggregateCount) = r }
            }
            var next = [Int32](repeating: 0, count: aggregateCount)
            for v in 0..<g.count { next[Int(aggregateBy[v])] = labels[v] }
            for v in 0..<base.count { nodeOf[v] = aggregateBy[Int(nodeOf[v])] }
            g = g.aggregated(by: aggregateBy, count: aggregateCount)
            membership = next
        }
        return renumber(nodeOf.map { membership[Int($0)] }).labels
    }

    /// Fast local moving (Traag et al. 2019, Algorithm A.2): a queue of nodes; a node that moves puts its
    /// neighbours outside its new community back on the queue. The queue is a ring of V slots (a node is queued
    /// at most once); hot arrays are read through spans (no copy-on-write checks in the loop).
    private static func moveNodes(
        _ g: LevelGraph, membership: inout [Int32], resolution: Double, rng: inout some RandomNumberGenerator
    ) {
        let n = g.count
        let twoM = 2 * g.totalWeight
        var totals = [Double](repeating: 0, count: n)
        var sizes = [Int32](repeating: 0, count: n)
        for v in 0..<n {
            totals[Int(membership[v])] += g.strength[v]
            sizes[Int(membership[v])] += 1
        }
        var empty = (0..<n).filter { sizes[$0] == 0 }.map { Int32($0) }
        var ring = seededShuffle(count: n, using: &rng)
        var queued = [Bool](repeating: true, count: n)
        var weightTo = [Double](repeating: 0, count: n)  // weight from v to each community, 0 when untouched
        var touchedSlots = [Int32](repeating: 0, count: n)
        let (off, tg, wt, strength) = (g.offsets.span, g.targets.span, g.weights.span, g.strength.span)
        var member = membership.mutableSpan
        var tot = totals.mutableSpan
        var size = sizes.mutableSpan
        var queue = ring.mutableSpan
        var inQueue = queued.mutableSpan
        var neighbourWeight = weightTo.mutableSpan
        var touched = touchedSlots.mutableSpan
        var (head, tail, pending) = (0, 0, n)
        while pending > 0 {
            let v = Int(queue[head])
            head = head + 1 == n ? 0 : head + 1
            pending -= 1
            inQueue[v] = false
            let current = Int(member[v])
            let kv = strength[v]
            var touchedCount = 0
            for i in off[v]..<off[v + 1] {
                let c = Int(member[Int(tg[i])])
                if neighbourWeight[c] == 0 {
                    touched[touchedCount] = Int32(c)
                    touchedCount += 1
                }
                neighbourWeight[c] += wt[i]
            }
            tot[current] -= kv
            size[current] -= 1
            let factor = resolution * kv / twoM
            var best = current
            var bestGain = neighbourWeight[current] - factor * tot[current]
            for t in 0..<touchedCount {
                let c = Int(touched[t])
                let gain = neighbourWeight[c] - factor * tot[c]
                if gain > bestGain { (best, bestGain) = (c, gain) }
            }
            if bestGain < 0, let e = empty.last {
                best = Int(e)
                bestGain = 0
            }
            for t in 0..<touchedCount { neighbourWeight[Int(touched[t])] = 0 }
            if size[current] == 0 && best != current { empty.append(Int32(current)) }
            if best != current && size[best] == 0, let at = empty.lastIndex(of: Int32(best)) { empty.remove(at: at) }
            tot[best] += kv
            size[best] += 1
            member[v] = Int32(best)
            if best != current {
                for i in off[v]..<off[v + 1] {
                    let w = Int(tg[i])
                    if !inQueue[w] && Int(member[w]) != best {
                        inQueue[w] = true
                        queue[tail] = Int32(w)
                        tail = tail + 1 == n ? 0 : tail + 1
                        pending += 1
                    }
                }
            }
        }
    }

    /// Leiden's refinement (Traag et al. 2019, Algorithm A.3 with θ → 0): within each community, a singleton
    /// that is well connected to the rest of its community joins the well-connected sub-community of the same
    /// community with the best positive gain it has an edge to.
    private static func refinement(
        _ g: LevelGraph, membership: [Int32], resolution: Double, rng: inout some RandomNumberGenerator
    ) -> [Int32] {
        let n = g.count
        let twoM = 2 * g.totalWeight
        let (off, tg, wt, strength, member) = (
            g.offsets.span, g.targets.span, g.weights.span, g.strength.span, membership.span
        )
        var communityTotal = [Double](repeating: 0, count: n)
        for v in 0..<n { communityTotal[Int(member[v])] += strength[v] }
        var externalWeight = [Double](repeating: 0, count: n)  // w(v, C − v), then w(R, C − R)
        var external = externalWeight.mutableSpan
        for v in 0..<n {
            for i in off[v]..<off[v + 1] where member[Int(tg[i])] == member[v] { external[v] += wt[i] }
        }
        var refinedOf = (0..<n).map { Int32($0) }
        var refinedTotals = g.strength
        var singletons = [Bool](repeating: true, count: n)
        var weightTo = [Double](repeating: 0, count: n)
        var touchedSlots = [Int32](repeating: 0, count: n)
        var refined = refinedOf.mutableSpan
        var refinedTotal = refinedTotals.mutableSpan
        var singleton = singletons.mutableSpan
        var neighbourWeight = weightTo.mutableSpan
        var touched = touchedSlots.mutableSpan
        let order = seededShuffle(count: n, using: &rng)
        for v32 in order where singleton[Int(v32)] {
            let v = Int(v32)
            let c = member[v]
            let kv = strength[v]
            let kc = communityTotal[Int(c)]
            guard external[v] >= resolution * kv * (kc - kv) / twoM else { continue }
            var touchedCount = 0
            for i in off[v]..<off[v + 1] {
                let w = Int(tg[i])
                guard member[w] == c else { continue }
                let r = Int(refined[w])
                if r == v { continue }
                if neighbourWeight[r] == 0 {
                    touched[touchedCount] = Int32(r)
                    touchedCount += 1
                }
                neighbourWeight[r] += wt[i]
            }
            var best = -1
            var bestGain = 0.0
            for t in 0..<touchedCount {
                let r = Int(touched[t])
                let kr = refinedTotal[r]
                guard external[r] >= resolution * kr * (kc - kr) / twoM else { continue }
                let gain = neighbourWeight[r] - resolution * kv * kr / twoM
                if gain >= bestGain && (best < 0 || gain > bestGain) { (best, bestGain) = (r, gain) }
            }
            if best >= 0 {
                external[best] += external[v] - 2 * neighbourWeight[best]
                refinedTotal[best] += kv
                refinedTotal[v] = 0
                refined[v] = Int32(best)
                singleton[v] = false
                singleton[best] = false
            }
            for t in 0..<touchedCount { neighbourWeight[Int(touched[t])] = 0 }
        }
        return refinedOf
    }

    /// Labels renumbered 0..<count in order of first appearance.
    private static func renumber(_ labels: [Int32]) -> (labels: [Int32], count: Int) {
        var map = [Int32](repeating: -1, count: (labels.max().map { Int($0) } ?? -1) + 1)
        var count: Int32 = 0
        let out = labels.map { l -> Int32 in
            if map[Int(l)] < 0 {
                map[Int(l)] = count
                count += 1
            }
            return map[Int(l)]
        }
        return (out, Int(count))
    }

    /// The connected pieces of each community, by breadth-first search inside it.
    private static func connectedGroups(_ graph: AnalysisGraph, membership: [Int32]) -> [[Int]] {
        let n = graph.nodeCount
        var seen = [Bool](repeating: false, count: n)
        var groups: [[Int]] = []
        for s in 0..<n where !seen[s] {
            seen[s] = true
            var group = [s]
            var head = 0
            while head < group.count {
                let v = group[head]
                head += 1
                for w in graph.neighbors(of: v) where !seen[Int(w)] && membership[Int(w)] == membership[v] {
                    seen[Int(w)] = true
                    group.append(Int(w))
                }
                // In-neighbours are the same arcs again when undirected.
                guard graph.isDirected else { continue }
                for w in graph.inNeighbors(of: v) where !seen[Int(w)] && membership[Int(w)] == membership[v] {
                    seen[Int(w)] = true
                    group.append(Int(w))
                }
            }
            groups.append(group)
        }
        return groups
    }
}

/// An undirected weighted graph for one level of Leiden: symmetric CSR without self-loops, self-loop weight
/// kept apart; `strength[v]` = Σ adjacent weights + 2 × self-loop.
struct LevelGraph {
    var count: Int
    var offsets: [Int]
    var targets: [Int32]
    var weights: [Double]
    var selfLoop: [Double]
    var strength: [Double]
    /// m: each edge once, self-loops once.
    var totalWeight: Double

    init(_ graph: AnalysisGraph) {
        let n = graph.nodeCount
        if graph.isDirected {
            var builder = AnalysisGraph.Builder(ids: graph.ids, names: graph.names, directed: false)
            for e in graph.edgeInfo {
                builder.add(source: e.source, target: e.target, weight: e.weight, types: [], evidence: 0)
            }
            self.init(builder.build())
            return
        }
        var selfLoop = [Double](repeating: 0, count: n)
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets: [Int32] = []
        var weights: [Double] = []
        targets.reserveCapacity(graph.targets.count)
        weights.reserveCapacity(graph.targets.count)
        for v in 0..<n {
            for i in graph.offsets[v]..<graph.offsets[v + 1] {
                if Int(graph.targets[i]) == v {
                    selfLoop[v] += graph.weights[i]
                } else {
                    targets.append(graph.targets[i])
                    weights.append(graph.weights[i])
                }
            }
            offsets[v + 1] = targets.count
        }
        self.init(count: n, offsets: offsets, targets: targets, weights: weights, selfLoop: selfLoop)
    }

    init(count: Int, offsets: [Int], targets: [Int32], weights: [Double], selfLoop: [Double]) {
        self.count = count
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.selfLoop = selfLoop
        var strength = [Double](repeating: 0, count: count)
        var total = 0.0
        for v in 0..<count {
            var s = 2 * selfLoop[v]
            for i in offsets[v]..<offsets[v + 1] { s += weights[i] }
            strength[v] = s
            total += s
        }
        self.strength = strength
        self.totalWeight = total / 2
    }

    /// The graph whose nodes are the groups `by` assigns (0..<count): inner weight becomes self-loops.
    func aggregated(by group: [Int32], count groups: Int) -> LevelGraph {
        var start = [Int](repeating: 0, count: groups + 1)
        for v in 0..<count { start[Int(group[v]) + 1] += 1 }
        for c in 0..<groups { start[c + 1] += start[c] }
        var members = [Int32](repeating: 0, count: count)
        var cursor = start
        for v in 0..<count {
            members[cursor[Int(group[v])]] = Int32(v)
            cursor[Int(group[v])] += 1
        }
        var newOffsets = [Int](repeating: 0, count: groups + 1)
        var targets: [Int32] = []
        var weights: [Double] = []
        targets.reserveCapacity(self.targets.count)
        weights.reserveCapacity(self.targets.count)
        var selfLoop = [Double](repeating: 0, count: groups)
        var sums = [Double](repeating: 0, count: groups)
        var touched: [Int32] = []
        let (off, tg, wt) = (offsets.span, self.targets.span, self.weights.span)
        let (loops, groupOf) = (self.selfLoop.span, group.span)
        var acc = sums.mutableSpan
        for c in 0..<groups {
            touched.removeAll(keepingCapacity: true)
            var inner = 0.0
            for m in members[start[c]..<start[c + 1]] {
                let v = Int(m)
                inner += loops[v]
                for i in off[v]..<off[v + 1] {
                    let d = Int(groupOf[Int(tg[i])])
                    if d == c {
                        inner += wt[i] / 2
                    } else {
                        if acc[d] == 0 { touched.append(Int32(d)) }
                        acc[d] += wt[i]
                    }
                }
            }
            selfLoop[c] = inner
            touched.sort()
            for d in touched {
                targets.append(d)
                weights.append(acc[Int(d)])
                acc[Int(d)] = 0
            }
            newOffsets[c + 1] = targets.count
        }
        return LevelGraph(count: groups, offsets: newOffsets, targets: targets, weights: weights, selfLoop: selfLoop)
    }

}
