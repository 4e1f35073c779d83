/// A typed relation between two actors with every evidence behind it.
public struct Relation: Codable, Sendable, Hashable, Comparable {
    public var source: String
    public var target: String
    public var type: RelationType
    /// Whether `source` acts on `target`; for undirected relations `source < target`.
    public var directed: Bool
    public var polarity: Polarity
    /// The sum over evidence of the type's |intensity| scaled by modality (see ``RelationWeight``).
    public var weight: Double
    public var evidence: [Evidence]

    public init(
        source: String, target: String, type: RelationType, directed: Bool, polarity: Polarity,
        weight: Double = 0, evidence: [Evidence]
    ) {
        self.source = source
        self.target = target
        self.type = type
        self.directed = directed
        self.polarity = polarity
        self.weight = weight
        self.evidence = evidence
    }

    /// The key under which evidences of one relation are gathered.
    public var key: RelationKey {
        RelationKey(source: source, target: target, type: type, directed: directed, polarity: polarity)
    }

    /// The strongest modality among the evidence (asserted > reported > speculative > negated); `negated`
    /// only when every evidence is negated.
    public var modality: Modality {
        var strongest: Modality?
        for e in evidence where strongest.map({ $0 < e.modality }) ?? true { strongest = e.modality }
        return strongest ?? .asserted
    }

    /// Whether every evidence is negated: the relation is denied by the text, not stated.
    public var isNegatedOnly: Bool { !evidence.isEmpty && evidence.allSatisfy { $0.modality == .negated } }

    /// Whether the strongest evidence is speculative.
    public var isSpeculativeOnly: Bool { modality == .speculative }

    /// Distinct documents behind the relation.
    /// - Complexity: O(n) comparisons when the evidence is sorted by document (as in a canonical graph, where
    ///   the documents are counted as runs); otherwise through a set.
    public var documentCount: Int {
        // Through a buffer: each record is borrowed (a loop over the array would copy, and retain, its strings).
        let runs = evidence.withUnsafeBufferPointer { e -> Int? in
            guard !e.isEmpty else { return 0 }
            guard let p = e.baseAddress else { return 0 }
            var count = 1
            // Sorted evidence moves to a greater document: one comparison per new document settles it.
            for i in 1..<e.count where Evidence.sameDocumentByBits(p + i, p + i - 1) == nil {
                if e[i - 1].document < e[i].document {
                    count += 1
                } else if e[i - 1].document != e[i].document {
                    return nil
                }
            }
            return count
        }
        return runs ?? Set(evidence.map(\.document)).count
    }

    public static func < (lhs: Relation, rhs: Relation) -> Bool { lhs.key < rhs.key }
}

/// Identity of a relation: two evidences with the same key belong to one relation.
public struct RelationKey: Hashable, Sendable, Comparable {
    public var source: String
    public var target: String
    public var type: RelationType
    public var directed: Bool
    public var polarity: Polarity

    public init(source: String, target: String, type: RelationType, directed: Bool, polarity: Polarity) {
        // Undirected relations are stored with their ends in order, so A–B and B–A are one relation.
        if !directed && target < source {
            self.source = target
            self.target = source
        } else {
            self.source = source
            self.target = target
        }
        self.type = type
        self.directed = directed
        self.polarity = polarity
    }

    /// Hashes the ends and the direction. Equal keys have equal ends and direction, so they hash alike; the
    /// type and polarity, which the default would hash through their raw strings (two more strings per key), are
    /// left to `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(target)
        hasher.combine(directed)
    }

    /// Source, target, the type's and then the polarity's raw value, undirected first: the order of the tuple
    /// `(source, target, type.rawValue, directed ? 1 : 0, polarity.rawValue)`, compared field by field (a tuple
    /// would copy, and retain, the strings of both keys at every comparison).
    public static func < (lhs: RelationKey, rhs: RelationKey) -> Bool {
        if lhs.source != rhs.source { return lhs.source < rhs.source }
        if lhs.target != rhs.target { return lhs.target < rhs.target }
        if lhs.type != rhs.type { return lhs.type.rawValue < rhs.type.rawValue }
        if lhs.directed != rhs.directed { return !lhs.directed }
        return lhs.polarity.rawValue < rhs.polarity.rawValue
    }

    /// Whether the key of `lhs` comes before that of `rhs` (``<``), read from the relations in place: `Relation.key`
    /// would copy, and retain, both ends of both.
    static func precedes(_ lhs: borrowing Relation, _ rhs: borrowing Relation) -> Bool {
        if lhs.source != rhs.source { return lhs.source < rhs.source }
        if lhs.target != rhs.target { return lhs.target < rhs.target }
        if lhs.type != rhs.type { return lhs.type.rawValue < rhs.type.rawValue }
        if lhs.directed != rhs.directed { return !lhs.directed }
        return lhs.polarity.rawValue < rhs.polarity.rawValue
    }

    /// ``<`` by its definition, on tuples.
    static func precedesByDefinition(_ lhs: RelationKey, _ rhs: RelationKey) -> Bool {
        (lhs.source, lhs.target, lhs.type.rawValue, lhs.directed ? 1 : 0, lhs.polarity.rawValue)
            < (rhs.source, rhs.target, rhs.type.rawValue, rhs.directed ? 1 : 0, rhs.polarity.rawValue)
    }
}

/// How a relation's weight is computed from its evidence.
public enum RelationWeight {
    /// Weight of a relation of `type` with `evidence`: each evidence adds `max(|intensity|, 1) / 10` scaled
    /// by its modality's factor (asserted 1, reported 0.8, speculative 0.4, negated 0). Co-mentions add 0.1
    /// per sentence. Rounded to 1e-6 so the graph file is byte-stable.
    public static func weight(type: RelationType, evidence: [Evidence]) -> Double {
        let base = type == .coMention ? 0.1 : max(abs(type.intensity), 1) / 10
        // Added in order, as `reduce` adds them (so the rounding is the same); each record borrowed, not copied.
        let sum = evidence.withUnsafeBufferPointer { e in
            var sum = 0.0
            for i in e.indices { sum = sum + base * e[i].modality.weightFactor }
            return sum
        }
        return (sum * 1_000_000).rounded() / 1_000_000
    }
}
