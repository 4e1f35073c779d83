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
/// - Weights are positive and finite.
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

        public init(source: Int32, target: Int32, weight: Double, types: [String], evidence: Int) {
            self.source = source
            self.target = target
            self.weight = weight
            self.types = types
            self.evidence = evidence
        }
    }

    /// Out-neighbours of `v` (all neighbours when undirected).
    @inlinable public func neighbors(of v: Int) -> ArraySlice<Int32> { targets[offsets[v]..<offsets[v + 1]] }

    /// In-neighbours of `v` (all neighbours when undirected).
    @inlinable public func inNeighbors(of v: Int) -> ArraySlice<Int32> {
        inSources[inOffsets[v]..<inOffsets[v + 1]]
    }

    /// Builds the CSR from merged edges: one entry per (ordered if `directed`, else unordered) pair, weights
    /// positive. Use ``Builder`` to merge parallel edges first.
    /// - Complexity: O(V + E log d) for maximum degree d.
    public init(ids: [String], names: [String], directed: Bool, edgeInfo: [EdgeInfo]) {
        self.ids = ids
        self.names = names
        self.isDirected = directed
        self.edgeInfo = edgeInfo
        let n = ids.count
        var outFrom: [Int32] = []
        var outTo: [Int32] = []
        var inFrom: [Int32] = []
        var inTo: [Int32] = []
        outFrom.reserveCapacity(edgeInfo.count * 2)
        outTo.reserveCapacity(edgeInfo.count * 2)
        for e in edgeInfo {
            outFrom.append(e.source)
            outTo.append(e.target)
            if directed {
                inFrom.append(e.target)
                inTo.append(e.source)
            } else if e.source != e.target {
                outFrom.append(e.target)
                outTo.append(e.source)
            }
        }
        let out = Self.csr(n: n, from: outFrom, to: outTo, directed: directed, edgeInfo: edgeInfo)
        (offsets, targets, weights, edges) = (out.offsets, out.targets, out.weights, out.edges)
        if directed {
            let r = Self.csr(n: n, from: inFrom, to: inTo, directed: true, edgeInfo: edgeInfo)
            (inOffsets, inSources, inWeights, inEdges) = (r.offsets, r.targets, r.weights, r.edges)
        } else {
            (inOffsets, inSources, inWeights, inEdges) = (offsets, targets, weights, edges)
        }
        indexByID = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
    }

    /// The node index of actor `id`, if present.
    public func index(of id: String) -> Int? { indexByID[id] }

    private let indexByID: [String: Int]

    private struct CSR {
        var offsets: [Int]
        var targets: [Int32]
        var weights: [Double]
        var edges: [Int32]
    }

    /// Counting sort by source, then each row sorted by target. Arc k of `from`/`to` belongs to edge k (or
    /// k's edge, two arcs per undirected non-loop edge: recovered by walking `edgeInfo` in the same order).
    private static func csr(n: Int, from: [Int32], to: [Int32], directed: Bool, edgeInfo: [EdgeInfo]) -> CSR {
        var offsets = [Int](repeating: 0, count: n + 1)
        for f in from { offsets[Int(f) + 1] += 1 }
        for i in 0..<n { offsets[i + 1] += offsets[i] }
        var cursor = offsets
        var targets = [Int32](repeating: 0, count: from.count)
        var edges = [Int32](repeating: 0, count: from.count)
        var arc = 0
        for (k, e) in edgeInfo.enumerated() {
            let arcsOfEdge = !directed && e.source != e.target ? 2 : 1
            for _ in 0..<arcsOfEdge {
                let f = Int(from[arc])
                targets[cursor[f]] = to[arc]
                edges[cursor[f]] = Int32(k)
                cursor[f] += 1
                arc += 1
            }
        }
        for v in 0..<n where offsets[v + 1] - offsets[v] > 1 {
            let range = offsets[v]..<offsets[v + 1]
            // Index loops rather than `zip` of the two slices: the zip's generic type costs a 0.3 million
            // instruction metadata and conformance search on first use, more than sorting a hundred rows.
            let row = range.map { (targets[$0], edges[$0]) }.sorted { $0.0 < $1.0 }
            for j in row.indices {
                targets[range.lowerBound + j] = row[j].0
                edges[range.lowerBound + j] = row[j].1
            }
        }
        let weights = edges.map { edgeInfo[Int($0)].weight }
        return CSR(offsets: offsets, targets: targets, weights: weights, edges: edges)
    }
}

extension AnalysisGraph {
    /// Gathers edges one at a time, merging parallel edges of a pair (weights added, types united, evidence
    /// added), and builds the ``AnalysisGraph``.
    public struct Builder: Sendable {
        public let ids: [String]
        public let names: [String]
        public let directed: Bool
        private var slot: [UInt64: Int] = [:]
        private var merged: [EdgeInfo] = []

        public init(ids: [String], names: [String], directed: Bool) {
            self.ids = ids
            self.names = names
            self.directed = directed
        }

        /// Adds weight `weight` between `source` and `target` (ordered only if the builder is directed).
        public mutating func add(source: Int32, target: Int32, weight: Double, types: [String], evidence: Int) {
            var (s, t) = (source, target)
            if !directed && t < s { swap(&s, &t) }
            let key = UInt64(UInt32(s)) << 32 | UInt64(UInt32(t))
            if let i = slot[key] {
                merged[i].weight += weight
                for type in types where !merged[i].types.contains(type) { merged[i].types.append(type) }
                merged[i].evidence += evidence
            } else {
                slot[key] = merged.count
                merged.append(EdgeInfo(source: s, target: t, weight: weight, types: types, evidence: evidence))
            }
        }

        /// The graph of the merged edges at least `minWeight` heavy; with `unweighted`, every weight is 1.
        public func build(minWeight: Double = 0, unweighted: Bool = false) -> AnalysisGraph {
            let edges = merged.filter { $0.weight >= minWeight && $0.weight > 0 }.map { e -> EdgeInfo in
                var e = e
                e.types.sort()
                if unweighted { e.weight = 1 }
                return e
            }.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
            return AnalysisGraph(ids: ids, names: names, directed: directed, edgeInfo: edges)
        }

        /// The merged edges, weights as summed (possibly zero or negative), sorted by pair.
        func buildSigned() -> [EdgeInfo] {
            merged.map { e -> EdgeInfo in
                var e = e
                e.types.sort()
                return e
            }.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
        }
    }
}
