import RelGraph

/// The graph algorithms run on: an immutable, integer-indexed graph in compressed sparse row (CSR) form.
///
/// Invariants:
/// - `ids[v]` and `names[v]` name node `v` in `0..<nodeCount`; `ids` are unique.
/// - Out-edges of `v` are `offsets[v]..<offsets[v+1]` in `targets`, `weights`, `edges`; `offsets.count ==
///   nodeCount + 1`, `offsets` is non-decreasing, `offsets.last == targets.count`. Targets of a node are sorted.
/// - For an undirected graph every edge {u, v} appears as u→v and v→u (a self-loop once); `edgeCount` counts it
///   once. For a directed graph `inOffsets`/`inSources`/`inWeights`/`inEdges` hold the reversed adjacency; for an
///   undirected one they equal the out arrays.
/// - `edges[k]` indexes `edgeInfo`, one entry per distinct (undirected: unordered) pair: the relation types merged
///   into it and its evidence count.
/// - Weights are positive.
public struct AnalysisGraph: Sendable {
    public let ids: [String]
    public let names: [String]
    public let isDirected: Bool
    public let offsets: [Int]
    public let targets: [Int32]
    public let weights: [Double]
    public let edges: [Int32]
    public let inOffsets: [Int]
    public let inSources: [Int32]
    public let inWeights: [Double]
    public let inEdges: [Int32]
    public let edgeInfo: [EdgeInfo]

    public var nodeCount: Int { ids.count }
    public var edgeCount: Int { edgeInfo.count }

    /// What one merged edge stands for.
    public struct EdgeInfo: Sendable, Hashable {
        public var source: Int32
        public var target: Int32
        public var weight: Double
        public var types: [String]
        public var evidence: Int
    }

    /// Out-neighbours of `v` (all neighbours when undirected).
    @inlinable public func neighbors(of v: Int) -> ArraySlice<Int32> { targets[offsets[v]..<offsets[v + 1]] }

    /// In-neighbours of `v` (all neighbours when undirected).
    @inlinable public func inNeighbors(of v: Int) -> ArraySlice<Int32> {
        inSources[inOffsets[v]..<inOffsets[v + 1]]
    }

    /// Builds the CSR from merged edges. Parallel edges of one (ordered if directed) pair must already be merged.
    init(ids: [String], names: [String], directed: Bool, edgeInfo: [EdgeInfo]) {
        self.ids = ids
        self.names = names
        self.isDirected = directed
        self.edgeInfo = edgeInfo
        let n = ids.count
        func csr(_ arcs: [(from: Int32, to: Int32, edge: Int32)]) -> ([Int], [Int32], [Double], [Int32]) {
            var counts = [Int](repeating: 0, count: n + 1)
            for a in arcs { counts[Int(a.from) + 1] += 1 }
            for i in 0..<n { counts[i + 1] += counts[i] }
            let sorted = arcs.sorted { ($0.from, $0.to) < ($1.from, $1.to) }
            return (counts, sorted.map(\.to), sorted.map { edgeInfo[Int($0.edge)].weight }, sorted.map(\.edge))
        }
        var out: [(from: Int32, to: Int32, edge: Int32)] = []
        var inArcs: [(from: Int32, to: Int32, edge: Int32)] = []
        out.reserveCapacity(edgeInfo.count * 2)
        for (k, e) in edgeInfo.enumerated() {
            out.append((e.source, e.target, Int32(k)))
            if directed {
                inArcs.append((e.target, e.source, Int32(k)))
            } else if e.source != e.target {
                out.append((e.target, e.source, Int32(k)))
            }
        }
        (offsets, targets, weights, edges) = csr(out)
        if directed {
            let r = csr(inArcs)
            (inOffsets, inSources, inWeights, inEdges) = r
        } else {
            (inOffsets, inSources, inWeights, inEdges) = (offsets, targets, weights, edges)
        }
        indexByID = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
    }

    /// The node index of actor `id`, if present.
    public func index(of id: String) -> Int? { indexByID[id] }

    private let indexByID: [String: Int]
}
