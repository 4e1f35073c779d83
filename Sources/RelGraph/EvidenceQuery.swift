/// The evidence behind one actor's relations, or behind the relations of one pair of actors, gathered for a
/// reader who must check an edge before citing it: grouped by relation, strongest relation first, every
/// sentence quoted unchanged with its document, position, modality, cue and attribution.
///
/// Nothing is summarised or dropped: the report holds every evidence of every matching relation, so the
/// number of items equals the sum of the relations' evidence counts.
public struct EvidenceQuery: Sendable {
    /// The id of the actor whose relations are wanted.
    public var actor: String
    /// When set, only relations between `actor` and this actor (either direction).
    public var other: String?

    public init(actor: String, other: String? = nil) {
        self.actor = actor
        self.other = other
    }

    /// The report for `graph`.
    ///
    /// Relations are ordered by weight (descending), then evidence count (descending), then their key;
    /// evidence within a relation by modality strength (asserted first, negated last), then document and
    /// byte offset. Co-mentions are included: they are evidence too, and sort last by their low weight.
    ///
    /// - Parameter graph: a graph in canonical form.
    /// - Returns: the ``EvidenceReport``; its `relations` is empty when the actors are not related.
    /// - Complexity: O(R + E log E) for R relations and E evidences of the matching relations.
    public func run(on graph: Graph) -> EvidenceReport {
        let matching = graph.relations.filter { r in
            let ends = [r.source, r.target]
            guard ends.contains(actor) else { return false }
            guard let other else { return true }
            return other == actor ? r.source == r.target : ends.contains(other)
        }
        let ordered = matching.sorted { a, b in
            if a.weight != b.weight { return a.weight > b.weight }
            if a.evidence.count != b.evidence.count { return a.evidence.count > b.evidence.count }
            return a.key < b.key
        }
        let documents = Dictionary(graph.documents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func name(_ id: String) -> String { graph.actor(id: id)?.name ?? id }
        let groups = ordered.map { r in
            EvidenceGroup(
                source: ActorRef(id: r.source, name: name(r.source)),
                target: ActorRef(id: r.target, name: name(r.target)),
                type: r.type, directed: r.directed, polarity: r.polarity, weight: r.weight, modality: r.modality,
                documents: r.documentCount,
                evidence: r.evidence.strongestFirst().map { e in
                    let doc = documents[e.document]
                    return EvidenceItem(
                        document: e.document, title: doc?.title ?? "", published: doc?.published,
                        path: doc?.path ?? "", url: doc?.url, sentence: e.sentence, start: e.start, end: e.end,
                        text: e.text, modality: e.modality, cue: e.cue, cueSpan: CueSpan.find(e.cue, in: e.text),
                        attribution: e.attribution.map { ActorRef(id: $0, name: name($0)) })
                })
        }
        return EvidenceReport(
            actor: ActorRef(id: actor, name: name(actor)), other: other.map { ActorRef(id: $0, name: name($0)) },
            relations: groups)
    }
}

/// An actor as a report names it.
public struct ActorRef: Codable, Sendable, Hashable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// What ``EvidenceQuery`` returns.
public struct EvidenceReport: Codable, Sendable, Hashable {
    public var actor: ActorRef
    public var other: ActorRef?
    /// Matching relations, strongest first.
    public var relations: [EvidenceGroup]

    /// Number of evidence items over all relations.
    public var evidenceCount: Int { relations.reduce(0) { $0 + $1.evidence.count } }
}

/// One relation and all of its evidence.
public struct EvidenceGroup: Codable, Sendable, Hashable {
    public var source: ActorRef
    public var target: ActorRef
    public var type: RelationType
    public var directed: Bool
    public var polarity: Polarity
    public var weight: Double
    /// The strongest modality among the evidence.
    public var modality: Modality
    /// Distinct documents behind the relation.
    public var documents: Int
    /// Every evidence, strongest first.
    public var evidence: [EvidenceItem]
}

/// One sentence, quoted exactly, with where it comes from.
public struct EvidenceItem: Codable, Sendable, Hashable {
    public var document: String
    public var title: String
    public var published: String?
    public var path: String
    public var url: String?
    public var sentence: Int
    /// UTF-8 byte offsets of the sentence in the document's text.
    public var start: Int
    public var end: Int
    /// The sentence, unchanged.
    public var text: String
    public var modality: Modality
    public var cue: String
    /// Where the cue stands in `text`, if it occurs there.
    public var cueSpan: CueSpan?
    public var attribution: ActorRef?

    private enum CodingKeys: String, CodingKey {
        case document, title, published, path, url, sentence, start, end, text, modality, cue, attribution
        case cueSpan = "cue_span"
    }

    public func encode(to encoder: any Encoder) throws {
        // Optional fields are written as null so every item has the same keys (as in the graph file).
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(document, forKey: .document)
        try c.encode(title, forKey: .title)
        try c.encode(published, forKey: .published)
        try c.encode(path, forKey: .path)
        try c.encode(url, forKey: .url)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(text, forKey: .text)
        try c.encode(modality, forKey: .modality)
        try c.encode(cue, forKey: .cue)
        try c.encode(cueSpan, forKey: .cueSpan)
        try c.encode(attribution, forKey: .attribution)
    }
}

/// Where a cue stands in a sentence, as UTF-8 byte offsets into the sentence (`start..<end`).
public struct CueSpan: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// The first case-insensitive occurrence of `cue` in `text` that stands as whole words (not inside a
    /// longer word), else the first occurrence anywhere, else nil. An empty cue has no span.
    /// - Complexity: O(n · m) for a text of n and a cue of m characters.
    public static func find(_ cue: String, in text: String) -> CueSpan? {
        guard !cue.isEmpty else { return nil }
        var firstAnywhere: Range<String.Index>?
        var searchStart = text.startIndex
        while let range = text.range(
            of: cue, options: [.caseInsensitive], range: searchStart..<text.endIndex)
        {
            if firstAnywhere == nil { firstAnywhere = range }
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return span(range, in: text) }
            searchStart = text.index(after: range.lowerBound)
        }
        return firstAnywhere.map { span($0, in: text) }
    }

    private static func span(_ range: Range<String.Index>, in text: String) -> CueSpan {
        let utf8 = text.utf8
        return CueSpan(
            start: utf8.distance(from: utf8.startIndex, to: range.lowerBound),
            end: utf8.distance(from: utf8.startIndex, to: range.upperBound))
    }
}

extension Array where Element == Evidence {
    /// The evidence ordered strongest first: by modality strength (asserted, reported, speculative,
    /// negated), then in canonical order (document, offset).
    public func strongestFirst() -> [Evidence] {
        sorted { a, b in
            a.modality.strength != b.modality.strength ? a.modality.strength > b.modality.strength : a < b
        }
    }
}

extension Relation {
    /// The quote that best stands for the relation: the first of ``Swift/Array/strongestFirst()``.
    public var topQuote: String? { evidence.strongestFirst().first?.text }
}
