/// A division of the nodes into disjoint communities.
public struct Partition: Sendable, Hashable {
    /// `membership[v]` is the community of node `v`, an index into `communities`.
    public var membership: [Int]
    /// Node indices of each community, each sorted; communities ordered by size (largest first), then by their
    /// first node.
    public var communities: [[Int]]
    /// Newman–Girvan modularity of the partition at the resolution it was found with.
    public var modularity: Double

    /// The partition whose communities are the given groups (every node in exactly one group), put in canonical
    /// order, with `modularity` computed on `graph`.
    public init(groups: [[Int]], graph: AnalysisGraph, resolution: Double = 1) {
        var communities = groups.filter { !$0.isEmpty }.map { $0.sorted() }
        communities.sort { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        var membership = [Int](repeating: 0, count: graph.nodeCount)
        for (c, members) in communities.enumerated() {
            for v in members { membership[v] = c }
        }
        self.membership = membership
        self.communities = communities
        self.modularity = Modularity.value(of: membership, in: graph, resolution: resolution)
    }
}
