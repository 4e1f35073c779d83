import RelGraph

/// Which relations of a relgraph graph an analysis sees, and how.
public struct Projection: Sendable, Hashable {
    /// Keep edge directions (undirected relations become arcs both ways); default undirected.
    public var directed: Bool
    /// Count co-mentions as edges; default off.
    public var includeCoMentions: Bool
    /// Keep only relations of this polarity.
    public var polarity: Polarity?
    /// Keep only relations of these types (all when empty).
    public var types: Set<RelationType>
    /// Drop merged edges lighter than this.
    public var minWeight: Double
    /// Keep only evidence from documents published on or after / before or on these `YYYY-MM-DD` dates.
    /// Documents without a date are kept.
    public var since: String?
    public var until: String?
    /// Treat every edge as weight 1.
    public var unweighted: Bool

    public init(
        directed: Bool = false, includeCoMentions: Bool = false, polarity: Polarity? = nil,
        types: Set<RelationType> = [], minWeight: Double = 0, since: String? = nil, until: String? = nil,
        unweighted: Bool = false
    ) {
        self.directed = directed
        self.includeCoMentions = includeCoMentions
        self.polarity = polarity
        self.types = types
        self.minWeight = minWeight
        self.since = since
        self.until = until
        self.unweighted = unweighted
    }

    /// The relations this projection keeps, with negated and out-of-range evidence removed and weights
    /// recomputed. A relation with no evidence left is dropped.
    public func relations(of graph: Graph) -> [Relation] {
        let dates = Dictionary(uniqueKeysWithValues: graph.documents.map { ($0.id, $0.published) })
        return graph.relations.compactMap { r -> Relation? in
            if r.type == .coMention && !includeCoMentions { return nil }
            if let polarity, r.polarity != polarity { return nil }
            if !types.isEmpty && !types.contains(r.type) { return nil }
            let kept = r.evidence.filter { e in
                guard e.modality != .negated else { return false }
                guard let date = dates[e.document] ?? nil else { return true }
                if let since, date < since { return false }
                if let until, date > until { return false }
                return true
            }
            guard !kept.isEmpty else { return nil }
            var r = r
            r.evidence = kept
            r.weight = RelationWeight.weight(type: r.type, evidence: kept)
            return r.weight > 0 ? r : nil
        }
    }

    /// Projects `graph` to an ``AnalysisGraph``. Every actor proper is a node (context kinds such as places are
    /// left out); parallel relations of one pair are merged, weights added.
    /// - Complexity: O(R log R + A) for R relations and A actors.
    public func apply(to graph: Graph) -> AnalysisGraph {
        let actors = graph.actors.filter { $0.kind.isActor }
        let index = Dictionary(uniqueKeysWithValues: actors.enumerated().map { ($1.id, Int32($0)) })
        var merged: [Pair: AnalysisGraph.EdgeInfo] = [:]
        for r in relations(of: graph) {
            guard var s = index[r.source], var t = index[r.target] else { continue }
            if !directed && t < s { swap(&s, &t) }
            let arcs: [(Int32, Int32)] = directed && !r.directed ? [(s, t), (t, s)] : [(s, t)]
            for (a, b) in arcs {
                var info = merged[Pair(a: a, b: b)] ?? .init(source: a, target: b, weight: 0, types: [], evidence: 0)
                info.weight += r.weight
                if !info.types.contains(r.type.rawValue) { info.types.append(r.type.rawValue) }
                info.evidence += r.evidence.count
                merged[Pair(a: a, b: b)] = info
            }
        }
        let edges = merged.values.filter { $0.weight >= minWeight }.map { e -> AnalysisGraph.EdgeInfo in
            var e = e
            e.types.sort()
            if unweighted { e.weight = 1 }
            return e
        }.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
        return AnalysisGraph(ids: actors.map(\.id), names: actors.map(\.name), directed: directed, edgeInfo: edges)
    }

    private struct Pair: Hashable {
        var a: Int32
        var b: Int32
    }
}
