import RelGraph

/// An article as read from disk: its metadata and the text evidence offsets point into.
public struct SourceDocument: Sendable, Hashable {
    public var document: Document
    /// The text as stored (see ``Evidence`` for what offsets point into).
    public var text: String

    public init(document: Document, text: String) {
        self.document = document
        self.text = text
    }
}
