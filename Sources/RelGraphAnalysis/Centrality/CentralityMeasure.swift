/// The node centralities `relgraph rank` offers, and how each is computed.
public enum CentralityMeasure: String, Sendable, CaseIterable {
    case degree, strength, pagerank, betweenness, closeness, harmonic, eigenvector

    /// Parameters some measures take; the defaults are NetworkX's.
    public struct Parameters: Sendable {
        /// PageRank damping factor.
        public var alpha: Double = 0.85
        /// Betweenness pivot sources (`nil`: exact).
        public var samples: Int?
        /// Seed for sampled betweenness.
        public var seed: UInt64 = 0
        /// Degree/strength on directed graphs.
        public var direction: Direction = .both
        /// Use tie weights (path measures: distance = 1/weight).
        public var weighted: Bool = true

        public init(
            alpha: Double = 0.85, samples: Int? = nil, seed: UInt64 = 0, direction: Direction = .both,
            weighted: Bool = true
        ) {
            self.alpha = alpha
            self.samples = samples
            self.seed = seed
            self.direction = direction
            self.weighted = weighted
        }
    }

    /// Computes the measure on `graph` (see each algorithm's documentation for its definition and cost).
    public func scores(in graph: AnalysisGraph, parameters p: Parameters = Parameters()) -> NodeScores {
        switch self {
        case .degree: Degree.scores(in: graph, weighted: false, direction: p.direction)
        case .strength: Degree.scores(in: graph, weighted: p.weighted, direction: p.direction)
        case .pagerank: PageRank.scores(in: graph, weighted: p.weighted, alpha: p.alpha)
        case .betweenness:
            {
                var rng = SplitMix64(seed: p.seed)
                return Betweenness.scores(in: graph, weighted: p.weighted, samples: p.samples, using: &rng)
            }()
        case .closeness: Closeness.scores(in: graph, weighted: p.weighted)
        case .harmonic: Harmonic.scores(in: graph, weighted: p.weighted)
        case .eigenvector: Eigenvector.scores(in: graph, weighted: p.weighted)
        }
    }
}
