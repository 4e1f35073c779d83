/// Summary figures of a graph.
public struct GraphStats: Sendable, Hashable {
    public var nodes: Int
    public var edges: Int
    public var directed: Bool
    /// E / (V(V−1)) directed, 2E / (V(V−1)) undirected (self-loops included in E, as NetworkX).
    public var density: Double
    public var totalWeight: Double
    public var averageDegree: Double
    public var maxDegree: Int
    public var isolated: Int
    public var selfLoops: Int
    public var weakComponents: Int
    public var largestWeakComponent: Int
    /// Equal to the weak figures on undirected graphs.
    public var strongComponents: Int
    public var largestStrongComponent: Int

    /// Computes the figures of `graph`.
    ///
    /// - Parameter graph: The graph.
    /// - Complexity: O(V + E) time and space.
    /// - Reference: M. E. J. Newman, "Networks", 2nd ed., Oxford University Press, 2018, ch. 6,
    ///   doi:10.1093/oso/9780198805090.001.0001.
    public init(of graph: AnalysisGraph) {
        let n = graph.nodeCount
        nodes = n
        edges = graph.edgeCount
        directed = graph.isDirected
        let pairs = Double(n) * Double(n - 1)
        density = n > 1 ? Double(edges) * (directed ? 1 : 2) / pairs : 0
        totalWeight = graph.edgeInfo.reduce(0) { $0 + $1.weight }
        let degree = Degree.scores(in: graph, weighted: false).values
        averageDegree = n > 0 ? degree.reduce(0, +) / Double(n) : 0
        maxDegree = Int(degree.max() ?? 0)
        isolated = degree.filter { $0 == 0 }.count
        selfLoops = graph.edgeInfo.filter { $0.source == $0.target }.count
        let weak = WeakComponents.components(of: graph)
        weakComponents = weak.groups.count
        largestWeakComponent = weak.groups.first?.count ?? 0
        let strong = directed ? StrongComponents.components(of: graph) : weak
        strongComponents = strong.groups.count
        largestStrongComponent = strong.groups.first?.count ?? 0
    }
}
