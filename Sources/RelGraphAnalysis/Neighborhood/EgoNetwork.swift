/// One actor reached from the centre of an ego network.
public struct Neighbor: Sendable, Hashable {
    public var node: Int
    public var id: String
    public var name: String
    /// Hops from the centre (1 for direct neighbours).
    public var depth: Int
    /// Weight of the edge that first reached this actor, from its parent in the walk.
    public var weight: Double
    /// The relation types on that edge.
    public var types: [String]
    /// Evidence count on that edge.
    public var evidence: Int
    /// The node this one was reached from.
    public var parent: Int
}

/// The k-hop ego network: every actor within `depth` hops of a centre.
public enum EgoNetwork {
    /// Breadth-first search from `center` up to `depth` hops.
    ///
    /// - Parameters:
    ///   - graph: The analysis graph.
    ///   - center: Node index of the centre.
    ///   - depth: Maximum hops (≥ 1).
    ///   - direction: For directed graphs, follow out-edges, in-edges or both.
    /// - Returns: The neighbours, ordered by depth, then by weight of the reaching edge (heaviest first), then id.
    /// - Complexity: O(V + E) time, O(V) space.
    public static func neighbors(
        in graph: AnalysisGraph, of center: Int, depth: Int, direction: Direction = .both
    ) -> [Neighbor] {
        var seen = [Bool](repeating: false, count: graph.nodeCount)
        seen[center] = true
        var frontier = [center]
        var result: [Neighbor] = []
        var level = 0
        while level < depth, !frontier.isEmpty {
            level += 1
            var found: [Int: Neighbor] = [:]
            for u in frontier {
                for (v, k) in arcs(graph, u, direction) where !seen[v] {
                    let info = graph.edgeInfo[k]
                    if let existing = found[v], existing.weight >= info.weight { continue }
                    found[v] = Neighbor(
                        node: v, id: graph.ids[v], name: graph.names[v], depth: level, weight: info.weight,
                        types: info.types, evidence: info.evidence, parent: u)
                }
            }
            let ordered = found.values.sorted { ($1.weight, $0.id) < ($0.weight, $1.id) }
            for n in ordered { seen[n.node] = true }
            result += ordered
            frontier = ordered.map(\.node)
        }
        return result
    }

    private static func arcs(_ g: AnalysisGraph, _ u: Int, _ d: Direction) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        if !g.isDirected || d != .in {
            for i in g.offsets[u]..<g.offsets[u + 1] { out.append((Int(g.targets[i]), Int(g.edges[i]))) }
        }
        if g.isDirected && d != .out {
            for i in g.inOffsets[u]..<g.inOffsets[u + 1] {
                out.append((Int(g.inSources[i]), Int(g.inEdges[i])))
            }
        }
        return out
    }
}
