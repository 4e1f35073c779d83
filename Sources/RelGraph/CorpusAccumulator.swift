/// Gathers per-document graphs into one corpus graph, skipping documents already present (same content
/// hash), optionally on top of an existing graph: the heart of `relgraph build` and `build --into`.
///
/// Graphs are merged as they come, like a binary counter: a run of 2^k merged graphs is merged with the next
/// run of the same size. Memory stays near the size of the merged corpus (per-document copies of actors are
/// united early) and the total merging work is O(E log D) for E evidences in D documents. Because
/// ``GraphMerger/merge(_:)`` is associative and commutative, the result does not depend on how the documents
/// were grouped: building A and then adding B gives the same graph, byte for byte, as building A and B at once,
/// on one core or many.
public struct CorpusAccumulator: Sendable {
    /// levels[k]: the merge of 2^k graphs, or nil.
    private var levels: [Graph?] = []
    /// Document id -> the path it was first read from.
    private var known: [String: String]

    /// Starts from `base` (an existing graph), or from nothing.
    public init(base: Graph = Graph()) {
        known = Dictionary(base.documents.map { ($0.id, $0.path) }, uniquingKeysWith: { first, _ in first })
        if !(base.documents.isEmpty && base.actors.isEmpty) { append(base) }
    }

    /// Whether a document with this id is already part of the corpus, and if so from which path.
    public func existingPath(ofDocument id: String) -> String? { known[id] }

    /// Claims `document` for the corpus unless a document with the same id is already there.
    /// - Returns: nil when the document is new (its graph must then be given to ``append(_:)``); otherwise
    ///   the path of the document already present.
    public mutating func admit(_ document: Document) -> String? {
        if let earlier = known[document.id] { return earlier }
        known[document.id] = document.path
        return nil
    }

    /// Adds the graph of documents claimed with ``admit(_:)``.
    /// - Complexity: amortised O(E log D), see the type's documentation.
    public mutating func append(_ graph: Graph) {
        var carry = graph
        var k = 0
        while k < levels.count, let occupied = levels[k] {
            carry = GraphMerger.merge([occupied, carry])
            levels[k] = nil
            k += 1
        }
        if k == levels.count { levels.append(carry) } else { levels[k] = carry }
    }

    /// Adds the graph of one document unless a document with the same id is already present.
    /// - Parameters:
    ///   - document: the document's identity (its id is the content hash).
    ///   - extract: makes the document's graph; called only when the document is new.
    /// - Returns: nil when added; otherwise the path of the document already present.
    public mutating func add(_ document: Document, extract: () -> Graph) -> String? {
        if let earlier = admit(document) { return earlier }
        append(extract())
        return nil
    }

    /// Number of documents in the corpus.
    public var documentCount: Int { known.count }

    /// The corpus graph, canonical.
    /// - Complexity: that of ``GraphMerger/merge(_:)`` over the O(log D) partial merges.
    public func graph() -> Graph { GraphMerger.merge(levels.compactMap { $0 }) }
}
