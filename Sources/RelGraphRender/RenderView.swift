import Foundation
import RelGraph
import RelGraphAnalysis

/// Which part of a graph a picture shows: relation filters, a focus (ego network), the N most central actors.
///
/// Applied in this order: (1) relations are filtered by type and by the dates of their evidence (co-mentions
/// dropped unless asked for); (2) actors are scored on the projection of what is left (denied relations never
/// count); (3) a focus keeps the actors within `depth` hops of the focus actor; (4) `top` keeps the most central
/// of those; (5) the relations among the kept actors are merged per pair (unless `multi`) and pairs lighter than
/// `minWeight` dropped.
public struct RenderView: Sendable, Hashable {
    /// Draw co-mentions (actors sharing a sentence with no stated relation).
    public var includeCoMentions: Bool
    /// Keep only these relation types (all when empty).
    public var types: Set<RelationType>
    /// Drop actor pairs whose merged weight is below this.
    public var minWeight: Double
    /// Keep only evidence published on or after / on or before these `YYYY-MM-DD` dates (undated evidence is kept).
    public var since: String?
    public var until: String?
    /// Show only the ego network of this actor (matched by id, name or alias).
    public var focus: String?
    /// Hops from the focus actor.
    public var depth: Int
    /// Keep only the N most central actors (the focus actor always stays).
    public var top: Int?
    /// One edge per relation instead of one per pair.
    public var multi: Bool

    public init(
        includeCoMentions: Bool = false, types: Set<RelationType> = [], minWeight: Double = 0, since: String? = nil,
        until: String? = nil, focus: String? = nil, depth: Int = 1, top: Int? = nil, multi: Bool = false
    ) {
        self.includeCoMentions = includeCoMentions
        self.types = types
        self.minWeight = minWeight
        self.since = since
        self.until = until
        self.focus = focus
        self.depth = depth
        self.top = top
        self.multi = multi
    }

    /// The relation types of a comma-separated list (`meet,supply`), case-insensitive, blanks ignored.
    /// - Throws: ``RenderError/unknownRelationType(_:)`` for a name that is not a type.
    public static func types(parsing list: String) throws(RenderError) -> Set<RelationType> {
        var result: Set<RelationType> = []
        for item in list.split(separator: ",") {
            let name = item.trimmingCharacters(in: .whitespaces).lowercased()
            guard !name.isEmpty else { continue }
            guard let type = RelationType(rawValue: name) else { throw .unknownRelationType(name) }
            result.insert(type)
        }
        return result
    }

    /// The picture's content.
    ///
    /// - Parameters:
    ///   - graph: The whole graph.
    ///   - scoring: The centrality that sizes actors and ranks them for `top`.
    ///   - measure: The centrality's name, for the legend.
    ///   - communities: Community detection, when the picture colours or clusters by community.
    /// - Returns: The actors and edges to draw.
    /// - Throws: ``GraphError/unknownActor(query:suggestions:)`` when `focus` names no actor.
    /// - Complexity: O(R log R + A) plus the scoring's and the community detection's cost, for R relations and
    ///   A actors.
    public func apply(
        to graph: Graph, scoring: any ActorScoring, measure: String, communities: (any CommunityDetection)? = nil
    ) throws(GraphError) -> ViewGraph {
        let actors = graph.actors.filter(\.kind.isActor)
        let relations = filteredRelations(of: graph)
        let projected = Projection(includeCoMentions: includeCoMentions, minWeight: minWeight)
            .apply(to: Graph(documents: graph.documents, actors: actors, relations: relations))
        let scores = scoring.scores(in: projected)

        var kept = Set(0..<projected.nodeCount)
        var centre: Int?
        if let focus {
            let actor = try ActorLookup(actors).find(focus)
            if let c = projected.index(of: actor.id) {
                centre = c
                kept = Set(EgoNetwork.neighbors(in: projected, of: c, depth: depth).map(\.node) + [c])
            }
        }
        if let top, kept.count > top {
            let ranked = kept.sorted { (scores[$1], projected.ids[$0]) < (scores[$0], projected.ids[$1]) }
            var chosen = Set(ranked.prefix(max(top, 0)))
            if let centre, !chosen.contains(centre) {
                if let last = ranked.prefix(max(top, 0)).last { chosen.remove(last) }
                chosen.insert(centre)
            }
            kept = chosen
        }

        let keptIDs = Set(kept.map { projected.ids[$0] })
        let edges = mergedEdges(relations.filter { keptIDs.contains($0.source) && keptIDs.contains($0.target) })
        let membership = communities.map { Self.ranked($0.membership(in: projected), among: kept) }
        let largest = kept.map { scores[$0] }.max() ?? 0
        let strongest = Self.strongestEvidence(of: edges)
        let viewActors = kept.sorted { projected.ids[$0] < projected.ids[$1] }.compactMap { v -> ViewActor? in
            guard let actor = graph.actor(id: projected.ids[v]) else { return nil }
            return ViewActor(
                actor: actor, score: scores[v], relativeScore: largest > 0 ? scores[v] / largest : 0,
                community: membership?[v], evidence: strongest[actor.id])
        }
        return ViewGraph(
            actors: viewActors, edges: edges,
            documents: Dictionary(graph.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }),
            centre: centre.map { projected.ids[$0] }, measure: measure)
    }

    /// Relations that pass the type, co-mention and date filters, with out-of-range evidence removed and weights
    /// recomputed. Denied (negated) evidence is kept: the picture shows denials in their own style.
    func filteredRelations(of graph: Graph) -> [Relation] {
        let dates = Dictionary(graph.documents.map { ($0.id, $0.published) }, uniquingKeysWith: { a, _ in a })
        return graph.relations.compactMap { r -> Relation? in
            if r.type == .coMention && !includeCoMentions { return nil }
            if !types.isEmpty && !types.contains(r.type) { return nil }
            guard since != nil || until != nil else { return r }
            var r = r
            r.evidence = r.evidence.filter { e in
                guard let date = dates[e.document] ?? nil else { return true }
                if let since, date < since { return false }
                if let until, date.prefix(until.count) > until { return false }
                return true
            }
            guard !r.evidence.isEmpty else { return nil }
            r.weight = RelationWeight.weight(type: r.type, evidence: r.evidence)
            return r
        }
    }

    /// One edge per actor pair (or per relation with `multi`), pairs lighter than `minWeight` dropped.
    private func mergedEdges(_ relations: [Relation]) -> [ViewEdge] {
        // The relations of one pair are adjacent in the order of (pair, position in the file). Grouping by sorting
        // integers needs no hashed dictionary of pairs, whose generic type the runtime would instantiate (a
        // protocol-conformance search costing more than the grouping itself at a hundred relations).
        let pairs = relations.map { Pair($0.source, $0.target) }
        let order = relations.indices.sorted { i, j in
            let (x, y) = (pairs[i], pairs[j])
            return x.a != y.a ? x.a < y.a : (x.b != y.b ? x.b < y.b : i < j)
        }
        var edges: [ViewEdge] = []
        var start = 0
        while start < order.count {
            let pair = pairs[order[start]]
            var end = start + 1
            while end < order.count && pairs[order[end]] == pair { end += 1 }
            let group = order[start..<end].map { relations[$0] }
            start = end
            guard group.reduce(0, { $0 + $1.weight }) >= minWeight else { continue }
            if multi {
                edges += group.map { ViewEdge(between: pair.a, and: pair.b, relations: [$0]) }
            } else {
                edges.append(ViewEdge(between: pair.a, and: pair.b, relations: group))
            }
        }
        // Sorting the indices moves integers, not edges (each holds its relations): the same stable order.
        let sorted = edges.indices.sorted { i, j in
            let (x, y) = (edges[i], edges[j])
            return (x.source, x.target, x.label) < (y.source, y.target, y.label)
        }
        return sorted.map { edges[$0] }
    }

    /// Community labels renumbered among the kept nodes: 0 is the largest community, ties by first node.
    private static func ranked(_ membership: [Int], among kept: Set<Int>) -> [Int?] {
        var members: [Int: [Int]] = [:]
        for v in kept.sorted() where v < membership.count { members[membership[v], default: []].append(v) }
        let order = members.values.sorted { ($1.count, $0[0]) < ($0.count, $1[0]) }
        var result = [Int?](repeating: nil, count: membership.count)
        for (rank, group) in order.enumerated() {
            for v in group { result[v] = rank }
        }
        return result
    }

    /// For each actor, the evidence of its strongest edge: highest modality, then heaviest (the first such edge).
    /// - Complexity: O(E) for E edges; edges are referred to by index, never copied.
    private static func strongestEvidence(of edges: [ViewEdge]) -> [String: Evidence] {
        var best: [String: (edge: Int, strength: Int)] = [:]
        best.reserveCapacity(edges.count)
        for (i, edge) in edges.enumerated() {
            guard let evidence = edge.evidence else { continue }
            let strength = evidence.modality.strength
            func offer(_ id: String) {
                if let b = best[id], (b.strength, edges[b.edge].weight) >= (strength, edge.weight) { return }
                best[id] = (i, strength)
            }
            offer(edge.source)
            offer(edge.target)
        }
        return best.compactMapValues { edges[$0.edge].evidence }
    }

    private struct Pair: Equatable {
        var a: String
        var b: String
        init(_ x: String, _ y: String) { (a, b) = x < y ? (x, y) : (y, x) }
    }
}
