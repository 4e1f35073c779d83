/// How much of the graph one document states.
public struct DocumentContribution: Sendable, Hashable {
    public var document: Document
    /// Relations (co-mentions excluded) with at least one evidence sentence in the document.
    public var relations: Int
    /// Evidence sentences of those relations in the document.
    public var evidence: Int
}

extension Graph {
    /// The documents ordered by how many typed relations they state, most first (then by evidence, title, id):
    /// where an analyst starts reading.
    /// - Complexity: O(E + D log D) for E evidences and D documents.
    public func documentsByRelations() -> [DocumentContribution] {
        var relationCount: [String: Int] = [:]
        var evidenceCount: [String: Int] = [:]
        for r in relations where r.type != .coMention {
            for id in Set(r.evidence.map(\.document)) { relationCount[id, default: 0] += 1 }
            for e in r.evidence { evidenceCount[e.document, default: 0] += 1 }
        }
        return documents.map {
            DocumentContribution(
                document: $0, relations: relationCount[$0.id] ?? 0, evidence: evidenceCount[$0.id] ?? 0)
        }
        .sorted {
            ($1.relations, $1.evidence, $0.document.title, $0.document.id)
                < ($0.relations, $0.evidence, $1.document.title, $1.document.id)
        }
    }
}
