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
    /// - Complexity: O(R + E log d + A) for R relations, E merged edges of maximum degree d, and A actors.
    public func apply(to graph: Graph) -> AnalysisGraph {
        let actors = graph.actors.filter { $0.kind.isActor }
        let index = Dictionary(uniqueKeysWithValues: actors.enumerated().map { ($1.id, Int32($0)) })
        var builder = AnalysisGraph.Builder(ids: actors.map(\.id), names: actors.map(\.name), directed: directed)
        for r in relations(of: graph) {
            guard let s = index[r.source], let t = index[r.target] else { continue }
            let types = [r.type.rawValue]
            builder.add(source: s, target: t, weight: r.weight, types: types, evidence: r.evidence.count)
            if directed && !r.directed && s != t {
                builder.add(source: t, target: s, weight: r.weight, types: types, evidence: r.evidence.count)
            }
        }
        return builder.build(minWeight: minWeight, unweighted: unweighted)
    }

    /// Projects an edge list to an ``AnalysisGraph``: nodes are the names in the file (ids and names alike),
    /// parallel lines of one pair are merged (weights added; the evidence count is the number of lines).
    /// - Throws: ``AnalysisError/optionNeedsGraphFile(option:)`` when polarity, types, co-mentions or dates are
    ///   set; ``AnalysisError/nonPositiveWeight(path:line:weight:)`` for a weight ≤ 0 unless `unweighted`.
    /// - Complexity: O(L + E log d) for L lines.
    public func apply(to list: EdgeList) throws(AnalysisError) -> AnalysisGraph {
        try checkApplicableToEdgeLists()
        var builder = AnalysisGraph.Builder(ids: list.names, names: list.names, directed: directed)
        for e in list.edges {
            if !unweighted && e.weight <= 0 {
                throw .nonPositiveWeight(path: list.path, line: e.line, weight: e.weight)
            }
            builder.add(
                source: e.source, target: e.target, weight: unweighted ? 1 : e.weight,
                types: e.type.isEmpty ? [] : [e.type], evidence: 1)
        }
        return builder.build(minWeight: minWeight, unweighted: unweighted)
    }

    /// Throws when a setting needs what only a relgraph graph has (polarity, relation types, dates).
    /// - Throws: ``AnalysisError/optionNeedsGraphFile(option:)``.
    public func checkApplicableToEdgeLists() throws(AnalysisError) {
        if polarity != nil { throw .optionNeedsGraphFile(option: "--polarity") }
        if since != nil { throw .optionNeedsGraphFile(option: "--since") }
        if until != nil { throw .optionNeedsGraphFile(option: "--until") }
        if includeCoMentions { throw .optionNeedsGraphFile(option: "--include-co-mentions") }
        if !types.isEmpty { throw .optionNeedsGraphFile(option: "--types") }
    }
}
