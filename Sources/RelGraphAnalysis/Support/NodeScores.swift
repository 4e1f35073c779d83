/// One score per node, as a centrality returns it.
public struct NodeScores: Sendable, Hashable {
    /// The measure that produced the scores (`pagerank`, `betweenness`, …).
    public var measure: String
    /// `values[v]` is the score of node `v`.
    public var values: [Double]

    public init(measure: String, values: [Double]) {
        self.measure = measure
        self.values = values
    }

    /// Node indices best first: by score descending, ties by `ids` ascending, so the order is deterministic.
    public func ranking(ids: [String]) -> [Int] {
        values.indices.sorted { a, b in
            values[a] != values[b] ? values[a] > values[b] : ids[a] < ids[b]
        }
    }
}

/// Which edges of a node count: those leaving it, those reaching it, or both (for directed graphs).
public enum Direction: String, Sendable, CaseIterable {
    case out, `in`, both
}
