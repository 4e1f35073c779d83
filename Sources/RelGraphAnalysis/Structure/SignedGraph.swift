import RelGraph

/// An undirected graph whose edges are positive (cooperation) or negative (conflict): the input of structural
/// balance. `sign[k]` is +1 or −1 for edge k of `graph` (an undirected ``AnalysisGraph``).
public struct SignedGraph: Sendable {
    public let graph: AnalysisGraph
    public let sign: [Int8]

    /// From a relgraph graph: cooperative relations count +weight, conflictual −weight (neutral ones and
    /// co-mentions not at all) under `projection`'s evidence filters; a pair's sign is that of the sum, and
    /// pairs that sum to zero are left out.
    public init(_ source: Graph, projection: Projection = Projection()) {
        var p = projection
        p.directed = false
        p.unweighted = false
        p.polarity = .cooperative
        let cooperative = p.relations(of: source)
        p.polarity = .conflictual
        let conflictual = p.relations(of: source)
        let actors = source.actors.filter { $0.kind.isActor }
        let index = Dictionary(uniqueKeysWithValues: actors.enumerated().map { ($1.id, Int32($0)) })
        var builder = AnalysisGraph.Builder(ids: actors.map(\.id), names: actors.map(\.name), directed: false)
        for (relations, factor) in [(cooperative, 1.0), (conflictual, -1.0)] {
            for r in relations {
                guard let s = index[r.source], let t = index[r.target] else { continue }
                builder.add(
                    source: s, target: t, weight: factor * r.weight, types: [r.type.rawValue],
                    evidence: r.evidence.count)
            }
        }
        self.init(signedBuilder: builder, minWeight: projection.minWeight)
    }

    /// From an edge list: a negative weight, or a type `-`, `negative` or `conflictual`, marks conflict.
    public init(_ list: EdgeList, minWeight: Double = 0) {
        var builder = AnalysisGraph.Builder(ids: list.names, names: list.names, directed: false)
        let negative: Set<String> = ["-", "negative", "conflictual", "conflict"]
        for e in list.edges {
            let signed = negative.contains(e.type.lowercased()) ? -abs(e.weight) : e.weight
            builder.add(
                source: e.source, target: e.target, weight: signed, types: e.type.isEmpty ? [] : [e.type],
                evidence: 1)
        }
        self.init(signedBuilder: builder, minWeight: minWeight)
    }

    /// Builds from signed weights: |weight| becomes the weight, its sign the edge's sign.
    private init(signedBuilder: AnalysisGraph.Builder, minWeight: Double) {
        let raw = signedBuilder.buildSigned()
        var kept: [AnalysisGraph.EdgeInfo] = []
        var sign: [Int8] = []
        for e in raw where e.weight != 0 && abs(e.weight) >= minWeight && e.source != e.target {
            var e = e
            sign.append(e.weight > 0 ? 1 : -1)
            e.weight = abs(e.weight)
            kept.append(e)
        }
        graph = AnalysisGraph(
            ids: signedBuilder.ids, names: signedBuilder.names, directed: false, edgeInfo: kept)
        self.sign = sign
    }
}
