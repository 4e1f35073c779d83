/// Gathers per-document graphs into one corpus graph, skipping documents already present (same content
/// hash), optionally on top of an existing graph: the heart of `relgraph build --into`.
///
/// Because ``Graph/canonicalized()`` combines records independently of their order, building A and then
/// adding B gives the same graph, byte for byte, as building A and B at once.
public struct CorpusAccumulator: Sendable {
    private var graphs: [Graph]
    /// Document id -> the path it was first read from.
    private var known: [String: String]

    /// Starts from `base` (an existing graph), or from nothing.
    public init(base: Graph = Graph()) {
        graphs = base.documents.isEmpty && base.actors.isEmpty ? [] : [base]
        known = Dictionary(base.documents.map { ($0.id, $0.path) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether a document with this id is already part of the corpus, and if so from which path.
    public func existingPath(ofDocument id: String) -> String? { known[id] }

    /// Adds the graph of one document unless a document with the same id is already present.
    /// - Parameters:
    ///   - document: the document's identity (its id is the content hash).
    ///   - extract: makes the document's graph; called only when the document is new.
    /// - Returns: nil when added; otherwise the path of the document already present.
    public mutating func add(_ document: Document, extract: () -> Graph) -> String? {
        if let earlier = known[document.id] { return earlier }
        known[document.id] = document.path
        graphs.append(extract())
        return nil
    }

    /// Number of documents in the corpus.
    public var documentCount: Int { known.count }

    /// The corpus graph, canonical.
    /// - Complexity: that of ``GraphMerger/merge(_:)``.
    public func graph() -> Graph { GraphMerger.merge(graphs) }
}
