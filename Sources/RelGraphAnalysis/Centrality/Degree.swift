/// Degree and strength (weighted degree).
public enum Degree {
    /// The number of edges at each node (`weighted: false`) or the sum of their weights (strength). On directed
    /// graphs `direction` picks out-, in- or total degree; on undirected graphs it is ignored. A self-loop adds 2
    /// to an undirected node's degree (and twice its weight to the strength), 1 to each of in and out, as NetworkX.
    ///
    /// - Parameters:
    ///   - graph: The graph.
    ///   - weighted: Sum weights (strength) instead of counting edges.
    ///   - direction: Which arcs count on a directed graph.
    /// - Returns: One score per node (raw, not normalised).
    /// - Complexity: O(V + E) time, O(V) space.
    /// - Reference: L. C. Freeman, "Centrality in social networks: conceptual clarification", Social Networks
    ///   1(3), 1978, doi:10.1016/0378-8733(78)90021-7; A. Barrat et al., "The architecture of complex weighted
    ///   networks", PNAS 101(11), 2004, doi:10.1073/pnas.0400087101 (strength).
    public static func scores(in graph: AnalysisGraph, weighted: Bool, direction: Direction = .both) -> NodeScores {
        let n = graph.nodeCount
        var values = [Double](repeating: 0, count: n)
        func add(_ offsets: [Int], _ targets: [Int32], _ weights: [Double]) {
            for v in 0..<n {
                for i in offsets[v]..<offsets[v + 1] {
                    let amount = weighted ? weights[i] : 1
                    values[v] += amount
                    if !graph.isDirected && Int(targets[i]) == v { values[v] += amount }
                }
            }
        }
        if !graph.isDirected || direction != .in { add(graph.offsets, graph.targets, graph.weights) }
        if graph.isDirected && direction != .out { add(graph.inOffsets, graph.inSources, graph.inWeights) }
        return NodeScores(measure: weighted ? "strength" : "degree", values: values)
    }
}
