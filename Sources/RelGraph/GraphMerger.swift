/// Merges graphs: documents by id, actors by id (aliases united, counts added), relations by key with their
/// evidence united and deduplicated. The result is canonical, so merging is associative and commutative, and
/// merging a graph with itself changes nothing but the counts of documents already present, which are
/// skipped.
public enum GraphMerger {
    /// Merges `graphs` into one canonical graph. A document present in several inputs (same id) counts once:
    /// its actors' mention counts are taken from the first graph that holds it.
    ///
    /// - Complexity: O(E log E) for E evidences in all.
    public static func merge(_ graphs: [Graph]) -> Graph {
        var seenDocuments = Set<String>()
        var combined = Graph()
        for graph in graphs {
            let fresh = graph.documents.filter { !seenDocuments.contains($0.id) }
            let duplicate = Set(graph.documents.map(\.id)).subtracting(fresh.map(\.id))
            seenDocuments.formUnion(fresh.map(\.id))
            combined.documents += fresh
            if duplicate.isEmpty {
                combined.actors += graph.actors
            } else {
                // Actors' counts came in part from documents already merged: keep identity, drop counts
                // that cannot be split by document. Mentions are recounted by callers who have the text.
                combined.actors += graph.actors.map { a in
                    var a = a
                    a.mentions = graph.documents.count == duplicate.count ? 0 : a.mentions
                    a.documents = graph.documents.count == duplicate.count ? 0 : a.documents
                    return a
                }
            }
            combined.relations += graph.relations
        }
        return combined.canonicalized()
    }
}
