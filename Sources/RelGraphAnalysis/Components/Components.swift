/// The node sets of a graph's components.
public struct Components: Sendable, Hashable {
    /// `membership[v]` is the component of node `v`, an index into `groups`.
    public var membership: [Int]
    /// Nodes of each component, sorted; components largest first, then by first node.
    public var groups: [[Int]]

    init(membership raw: [Int], count: Int) {
        var groups = [[Int]](repeating: [], count: count)
        for (v, c) in raw.enumerated() { groups[c].append(v) }
        groups.sort { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        var membership = raw
        for (c, g) in groups.enumerated() {
            for v in g { membership[v] = c }
        }
        self.membership = membership
        self.groups = groups
    }
}
