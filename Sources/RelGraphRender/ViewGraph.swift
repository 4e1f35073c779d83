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
    ///
    /// The edge's direction and evidence come from its shaping relations: the substantive ones (stated, not
    /// co-mentions), else the denied ones, else the co-mentions.
    /// - Precondition: `relations` is non-empty and every relation joins `a` and `b`.
    /// - Complexity: O(R + V) for R relations with V evidence, plus sorting the distinct types of a merged edge;
    ///   no relation is copied but into ``relations``.
    public init(between a: String, and b: String, relations: [Relation]) {
        precondition(!relations.isEmpty, "an edge merges at least one relation")
        var hasSubstantive = false
        var hasDenied = false
        for r in relations {
            switch Role(r) {
            case .substantive: hasSubstantive = true
            case .denied: hasDenied = true
            case .coMention: break
            }
        }
        let shaping: Role = hasSubstantive ? .substantive : (hasDenied ? .denied : .coMention)

        var forward = false
        var backward = false
        for r in relations where r.directed && Role(r) == shaping {
            if r.source == a { forward = true } else { backward = true }
        }
        (source, target) = backward && !forward ? (b, a) : (a, b)
        direction = forward && backward ? .both : (forward || backward ? .forward : .none)

        self.relations = relations
        weight = relations.reduce(0) { $0 + $1.weight }
        if !hasSubstantive {
            tone = hasDenied ? .negated : .coMention
        } else {
            var cooperative = false
            var conflictual = false
            for r in relations where Role(r) == .substantive {
                if r.polarity == .cooperative { cooperative = true }
                if r.polarity == .conflictual { conflictual = true }
            }
            tone =
                cooperative && conflictual
                ? .mixed : (conflictual ? .conflictual : (cooperative ? .cooperative : .neutral))
        }
        // The strongest modality of the stated relations (substantive ones when there are).
        let modal: Role = hasSubstantive ? .substantive : .coMention
        var strongest: Modality?
        for r in relations where Role(r) == modal {
            let m = r.evidence.lazy.map(\.modality).max() ?? .asserted
            if strongest.map({ m > $0 }) ?? true { strongest = m }
        }
        modality = strongest ?? .negated
        label = Self.label(relations, single: relations.count == 1 ? Role(relations[0]) : nil)
        evidence = Self.strongest(in: relations, role: shaping)
    }

    /// What a relation contributes to an edge.
    private enum Role {
        /// Stated and not a co-mention.
        case substantive
        /// A co-mention that is not denied.
        case coMention
        /// Every evidence negated.
        case denied

        init(_ r: Relation) {
            self = r.isNegatedOnly ? .denied : (r.type == .coMention ? .coMention : .substantive)
        }
    }

    /// The substantive types, sorted, then the denied types that are not also substantive as `not TYPE`, sorted.
    /// `single` is the role of the one relation when there is one.
    private static func label(_ relations: [Relation], single: Role?) -> String {
        switch single {
        case .substantive: return relations[0].type.rawValue
        case .denied: return "not " + relations[0].type.rawValue
        case .coMention: return ""
        case nil: break
        }
        let types = Set(relations.filter { Role($0) == .substantive }.map(\.type.rawValue)).sorted()
        let deniedTypes = Set(relations.filter { Role($0) == .denied }.map(\.type.rawValue)).subtracting(types)
            .sorted().map { "not " + $0 }
        return (types + deniedTypes).joined(separator: ", ")
    }

    /// The strongest evidence of the relations of `role`: highest modality, then heaviest relation, then first.
    private static func strongest(in relations: [Relation], role: Role) -> Evidence? {
        var best: (evidence: Evidence, strength: Int, weight: Double)?
        for r in relations where Role(r) == role {
            for e in r.evidence {
                let s = e.modality.strength
                if let b = best, (b.strength, b.weight) >= (s, r.weight) { continue }
                best = (e, s, r.weight)
            }
        }
        return best?.evidence
    }
}
