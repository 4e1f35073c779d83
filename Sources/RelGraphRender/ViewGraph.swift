import RelGraph

/// What a picture shows: the actors and merged edges a ``RenderView`` kept, with what styling needs to know.
public struct ViewGraph: Sendable, Hashable {
    /// Actors to draw, sorted by id.
    public var actors: [ViewActor]
    /// Edges to draw, sorted by (source, target, label).
    public var edges: [ViewEdge]
    /// The documents evidence points to, by id.
    public var documents: [String: Document]
    /// The focus actor's id, for a focus view.
    public var centre: String?
    /// The measure that sized the actors (`degree`, `pagerank`, ...).
    public var measure: String

    public init(
        actors: [ViewActor], edges: [ViewEdge], documents: [String: Document], centre: String? = nil,
        measure: String
    ) {
        self.actors = actors
        self.edges = edges
        self.documents = documents
        self.centre = centre
        self.measure = measure
    }
}

/// One actor of a picture.
public struct ViewActor: Sendable, Hashable {
    public var actor: Actor
    /// The actor's centrality in the filtered graph.
    public var score: Double
    /// `score` divided by the largest score in the picture: 0...1.
    public var relativeScore: Double
    /// Index of the actor's community in the picture (0 = largest), when communities were asked for.
    public var community: Int?
    /// The strongest evidence of the actor's strongest tie in the picture.
    public var evidence: Evidence?
}

/// Which way an edge's arrowheads point.
public enum EdgeDirection: String, Sendable, Hashable {
    /// Undirected relations only.
    case none
    /// Source acts on target.
    case forward
    /// Both act on each other.
    case both
}

/// The colour family of an edge.
public enum EdgeTone: String, Sendable, Hashable, CaseIterable {
    case cooperative, conflictual, neutral
    /// Both cooperative and conflictual relations join the pair.
    case mixed
    /// The actors only share sentences.
    case coMention = "co-mention"
    /// Every relation of the edge is denied by its text.
    case negated
}

/// One drawn edge: the relations of one pair of actors merged (or one relation, with `--multi`).
public struct ViewEdge: Sendable, Hashable {
    public var source: String
    public var target: String
    public var relations: [Relation]
    /// Sum of the relations' weights (negated evidence counts 0).
    public var weight: Double
    public var direction: EdgeDirection
    public var tone: EdgeTone
    /// The strongest modality of the relations that are not denied (`negated` when all are).
    public var modality: Modality
    /// The strongest evidence: highest modality, then heaviest relation, then first in the file.
    public var evidence: Evidence?
    /// Relation types, denied ones as `not TYPE`; empty for co-mentions alone.
    public var label: String

    /// Merges `relations`, all between the two actors `a` and `b` (either way round).
    /// - Precondition: `relations` is non-empty and every relation joins `a` and `b`.
    public init(between a: String, and b: String, relations: [Relation]) {
        precondition(!relations.isEmpty, "an edge merges at least one relation")
        let stated = relations.filter { !$0.isNegatedOnly }
        let substantive = stated.filter { $0.type != .coMention }
        let denied = relations.filter(\.isNegatedOnly)
        let shaping = !substantive.isEmpty ? substantive : (!denied.isEmpty ? denied : stated)

        var forward = false
        var backward = false
        for r in shaping where r.directed {
            if r.source == a { forward = true } else { backward = true }
        }
        (source, target) = backward && !forward ? (b, a) : (a, b)
        direction = forward && backward ? .both : (forward || backward ? .forward : .none)

        self.relations = relations
        weight = relations.reduce(0) { $0 + $1.weight }
        if substantive.isEmpty {
            tone = denied.isEmpty ? .coMention : .negated
        } else {
            let cooperative = substantive.contains { $0.polarity == .cooperative }
            let conflictual = substantive.contains { $0.polarity == .conflictual }
            tone =
                cooperative && conflictual
                ? .mixed : (conflictual ? .conflictual : (cooperative ? .cooperative : .neutral))
        }
        modality = (substantive.isEmpty ? stated : substantive).map(\.modality).max() ?? .negated
        let types = Set(substantive.map(\.type.rawValue)).sorted()
        let deniedTypes = Set(denied.map(\.type.rawValue)).subtracting(types).sorted().map { "not " + $0 }
        label = (types + deniedTypes).joined(separator: ", ")
        evidence = Self.strongest(in: shaping.isEmpty ? relations : shaping)
    }

    private static func strongest(in relations: [Relation]) -> Evidence? {
        var best: (evidence: Evidence, strength: Int, weight: Double)?
        for r in relations {
            for e in r.evidence {
                let s = e.modality.strength
                if let b = best, (b.strength, b.weight) >= (s, r.weight) { continue }
                best = (e, s, r.weight)
            }
        }
        return best?.evidence
    }
}
