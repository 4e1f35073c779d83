/// One document's graph as extraction finds it, before canonicalisation, with its relations' evidence records
/// kept apart: when `evidence` is not empty, relation `i` of `graph` has exactly one record, `evidence[i]`, and
/// its own list is empty. A list of one record per relation was made, copied into and freed for every relation
/// of every document; ``CorpusAccumulator/append(taking:)-(FoundGraph)`` moves the records out of one list.
/// An empty `evidence` leaves each relation's records in its own list (a graph as it is).
package struct FoundGraph: Sendable {
    /// The document's graph; its relations' lists empty when `evidence` is not.
    package var graph: Graph
    /// Per relation of `graph`, at its index, its one evidence record; or empty.
    package var evidence: [Evidence]

    /// - Precondition: `evidence` is empty, or has one record per relation and each relation's list is empty.
    package init(graph: Graph, evidence: [Evidence] = []) {
        precondition(
            evidence.isEmpty || evidence.count == graph.relations.count,
            "one evidence record per relation")
        assert(evidence.isEmpty || graph.relations.allSatisfy(\.evidence.isEmpty), "a relation with its own list")
        self.graph = graph
        self.evidence = evidence
    }

    /// The graph with each relation's records in its own list.
    package var withEvidence: Graph {
        guard !evidence.isEmpty else { return graph }
        var g = graph
        for i in g.relations.indices { g.relations[i].evidence = [evidence[i]] }
        return g
    }
}
