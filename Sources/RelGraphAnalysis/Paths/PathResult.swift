/// A path between two actors, hop by hop.
public struct PathResult: Sendable, Hashable {
    /// One edge of the path.
    public struct Hop: Sendable, Hashable {
        public var source: Int
        public var target: Int
        public var weight: Double
        public var types: [String]
        public var evidence: Int
    }

    /// Nodes from source to target.
    public var nodes: [Int]
    /// Σ 1/weight over the hops for a strongest-ties path; the number of hops for a fewest-hops path.
    public var cost: Double
    public var hops: [Hop]

    /// The path through `nodes`, its hops read off `graph` along arcs `edges` (indices into `edgeInfo`).
    init(graph: AnalysisGraph, nodes: [Int], edges: [Int], cost: Double) {
        self.nodes = nodes
        self.cost = cost
        self.hops = zip(zip(nodes, nodes.dropFirst()), edges).map { pair, k in
            let info = graph.edgeInfo[k]
            return Hop(source: pair.0, target: pair.1, weight: info.weight, types: info.types, evidence: info.evidence)
        }
    }
}
