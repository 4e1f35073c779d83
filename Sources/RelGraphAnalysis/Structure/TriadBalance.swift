/// Structural balance of a signed graph, triangle by triangle.
public enum TriadBalance {
    /// A triangle and its signs.
    public struct Triad: Sendable, Hashable {
        /// The three nodes, ascending.
        public var nodes: [Int]
        /// Signs of the edges (nodes[0],nodes[1]), (nodes[0],nodes[2]), (nodes[1],nodes[2]).
        public var signs: [Int]
        /// Balanced when the product of the signs is positive ("the friend of my enemy is my enemy").
        public var isBalanced: Bool { signs.reduce(1, *) > 0 }
    }

    /// The census of a signed graph's triangles.
    public struct Census: Sendable, Hashable {
        public var balanced: Int
        public var unbalanced: Int
        /// Counts by number of negative edges: `byNegatives[k]` for k = 0...3 (k even: balanced).
        public var byNegatives: [Int]
        /// Every unbalanced triangle, in node order.
        public var unbalancedTriads: [Triad]
        /// Nodes ordered by how many unbalanced triangles they sit in (most first), with the count.
        public var tension: [(node: Int, triads: Int)]

        public static func == (a: Census, b: Census) -> Bool {
            a.balanced == b.balanced && a.unbalanced == b.unbalanced && a.byNegatives == b.byNegatives
                && a.unbalancedTriads == b.unbalancedTriads && a.tension.map(\.node) == b.tension.map(\.node)
                && a.tension.map(\.triads) == b.tension.map(\.triads)
        }

        public func hash(into hasher: inout Hasher) { hasher.combine(unbalancedTriads) }
    }

    /// Enumerates every triangle of `signed` and classifies it by Heider/Cartwright–Harary balance.
    ///
    /// - Parameter signed: The signed graph (cooperation +, conflict −).
    /// - Returns: The census: balanced and unbalanced counts, the unbalanced triangles and who sits in them.
    /// - Complexity: O(E·√E) time (each triangle found once from its lowest-ranked vertex by degree order),
    ///   O(V + E) space.
    /// - Reference: D. Cartwright, F. Harary, "Structural balance: a generalization of Heider's theory",
    ///   Psychol. Rev. 63(5), 1956, doi:10.1037/h0046049; N. Chiba, T. Nishizeki, "Arboricity and subgraph
    ///   listing algorithms", SIAM J. Comput. 14(1), 1985, doi:10.1137/0214017.
    public static func census(of signed: SignedGraph) -> Census {
        let g = signed.graph
        let n = g.nodeCount
        // Orient each edge from lower to higher (degree, index) rank; each triangle is found once.
        let degree = (0..<n).map { g.offsets[$0 + 1] - g.offsets[$0] }
        func before(_ a: Int, _ b: Int) -> Bool { (degree[a], a) < (degree[b], b) }
        var mark = [Int](repeating: -1, count: n)  // mark[w] = arc index u→w while scanning u
        var byNegatives = [0, 0, 0, 0]
        var unbalanced: [Triad] = []
        var inTriads = [Int](repeating: 0, count: n)
        for u in 0..<n {
            for i in g.offsets[u]..<g.offsets[u + 1] where before(u, Int(g.targets[i])) {
                mark[Int(g.targets[i])] = i
            }
            for i in g.offsets[u]..<g.offsets[u + 1] where before(u, Int(g.targets[i])) {
                let v = Int(g.targets[i])
                for j in g.offsets[v]..<g.offsets[v + 1] {
                    let w = Int(g.targets[j])
                    guard before(v, w), mark[w] >= 0 else { continue }
                    let s = [
                        signed.sign[Int(g.edges[i])], signed.sign[Int(g.edges[mark[w]])], signed.sign[Int(g.edges[j])],
                    ]
                    let negatives = s.filter { $0 < 0 }.count
                    byNegatives[negatives] += 1
                    if negatives % 2 == 1 {
                        let sorted = [u, v, w].sorted()
                        let sign = { (a: Int, b: Int) -> Int in
                            Int(signed.sign[Self.edge(g, a, b)])
                        }
                        unbalanced.append(
                            Triad(
                                nodes: sorted,
                                signs: [
                                    sign(sorted[0], sorted[1]), sign(sorted[0], sorted[2]), sign(sorted[1], sorted[2]),
                                ]))
                        for x in sorted { inTriads[x] += 1 }
                    }
                }
            }
            for i in g.offsets[u]..<g.offsets[u + 1] { mark[Int(g.targets[i])] = -1 }
        }
        unbalanced.sort { $0.nodes.lexicographicallyPrecedes($1.nodes) }
        let tension = (0..<n).filter { inTriads[$0] > 0 }.sorted {
            inTriads[$0] != inTriads[$1] ? inTriads[$0] > inTriads[$1] : g.ids[$0] < g.ids[$1]
        }.map { (node: $0, triads: inTriads[$0]) }
        return Census(
            balanced: byNegatives[0] + byNegatives[2], unbalanced: byNegatives[1] + byNegatives[3],
            byNegatives: byNegatives, unbalancedTriads: unbalanced, tension: tension)
    }

    /// The edge index between `a` and `b` (binary search in `a`'s sorted row).
    private static func edge(_ g: AnalysisGraph, _ a: Int, _ b: Int) -> Int {
        var lo = g.offsets[a]
        var hi = g.offsets[a + 1]
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(g.targets[mid]) < b { lo = mid + 1 } else { hi = mid }
        }
        return Int(g.edges[lo])
    }
}
