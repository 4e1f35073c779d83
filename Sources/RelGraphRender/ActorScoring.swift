import RelGraphAnalysis

/// Scores actors for sizing and for `--top N`: one value per node of an ``AnalysisGraph``, larger = more central.
///
/// This is the seam through which the analysis module's centralities reach the picture; ``SizeMeasure`` says
/// which one a user asked for.
public protocol ActorScoring: Sendable {
    /// One score per node of `graph` (`values[v]` for node `v`), non-negative.
    func scores(in graph: AnalysisGraph) -> [Double]
}

/// Degree centrality: the number of distinct neighbours (`weighted == false`) or the sum of the weights of the
/// ties (`weighted == true`, "strength"), over the merged, undirected ties of the projection.
///
/// - Complexity: O(V + E) time, O(V) space.
/// - Reference: L. C. Freeman, "Centrality in social networks: conceptual clarification", Social Networks 1(3),
///   1979, doi:10.1016/0378-8733(78)90021-7; A. Barrat et al., "The architecture of complex weighted networks",
///   PNAS 101(11), 2004 (strength).
public struct DegreeScoring: ActorScoring {
    public var weighted: Bool

    public init(weighted: Bool) { self.weighted = weighted }

    public func scores(in graph: AnalysisGraph) -> [Double] {
        (0..<graph.nodeCount).map { v in
            let arcs = graph.offsets[v]..<graph.offsets[v + 1]
            var total = weighted ? arcs.reduce(0) { $0 + graph.weights[$1] } : Double(arcs.count)
            if graph.isDirected {
                let incoming = graph.inOffsets[v]..<graph.inOffsets[v + 1]
                total += weighted ? incoming.reduce(0) { $0 + graph.inWeights[$1] } : Double(incoming.count)
            }
            return total
        }
    }
}

/// The centrality that sizes actors (`--size-by`).
public enum SizeMeasure: String, Sendable, CaseIterable {
    /// Number of distinct neighbours.
    case degree
    /// Sum of tie weights (weighted degree).
    case strength
    /// PageRank of the weighted, undirected projection.
    case pagerank
    /// Shortest-path betweenness.
    case betweenness

    /// The measure named `name` (case-insensitive).
    /// - Throws: ``RenderError/unknownMeasure(_:)``.
    public init(parsing name: String) throws(RenderError) {
        guard let m = SizeMeasure(rawValue: name.lowercased()) else { throw .unknownMeasure(name) }
        self = m
    }

    /// The scorer that computes this measure (PageRank and betweenness come from `RelGraphAnalysis`).
    /// - Throws: Nothing today; kept throwing so that a measure can be unavailable in some build.
    public func scoring() throws(RenderError) -> any ActorScoring {
        switch self {
        case .degree: DegreeScoring(weighted: false)
        case .strength: DegreeScoring(weighted: true)
        case .pagerank: CentralityScoring(measure: .pagerank)
        case .betweenness: CentralityScoring(measure: .betweenness)
        }
    }
}

/// A centrality of the analysis module as a scorer, weighted by tie weight (PageRank: transition weights;
/// betweenness: distance = 1/weight), with NetworkX's defaults (see ``CentralityMeasure``).
public struct CentralityScoring: ActorScoring {
    public var measure: CentralityMeasure

    public init(measure: CentralityMeasure) { self.measure = measure }

    public func scores(in graph: AnalysisGraph) -> [Double] {
        measure.scores(in: graph).values.map { max(0, $0) }
    }
}

/// Leiden communities (seeded, so the same graph always gets the same colours and boxes).
public struct LeidenCommunities: CommunityDetection {
    public var resolution: Double
    public var seed: UInt64

    public init(resolution: Double = 1, seed: UInt64 = 0) {
        self.resolution = resolution
        self.seed = seed
    }

    public func membership(in graph: AnalysisGraph) -> [Int] {
        var rng = SplitMix64(seed: seed)
        return Leiden.partition(of: graph, resolution: resolution, using: &rng).membership
    }
}

/// Divides actors into communities for `--color-by community` and `--cluster`.
///
/// The seam through which the analysis module's community detection (Louvain/Leiden) reaches the picture.
public protocol CommunityDetection: Sendable {
    /// `membership[v]` is the community of node `v` of `graph`; any non-negative labels.
    func membership(in graph: AnalysisGraph) -> [Int]
}
