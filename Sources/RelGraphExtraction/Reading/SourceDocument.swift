import RelGraph

/// An article as read from disk: its metadata and the text evidence offsets point into.
public struct SourceDocument: Sendable, Hashable {
    public var document: Document
    /// The text as stored (see ``Evidence`` for what offsets point into).
    public var text: String
    /// The UTF-8 offset where the article's body starts (after Markdown front matter); 0 otherwise.
    public var bodyStart: Int
    /// Whether the first non-empty line of the body is the title (plain text and Markdown files).
    public var firstLineIsTitle: Bool

    public init(document: Document, text: String, bodyStart: Int = 0, firstLineIsTitle: Bool = false) {
        self.document = document
        self.text = text
        self.bodyStart = bodyStart
        self.firstLineIsTitle = firstLineIsTitle
    }
}

/// What reading one file gave: its documents, and warnings about parts that were skipped (a malformed
/// `.jsonl` line), each a sentence naming the file and line.
public struct ReadResult: Sendable, Hashable {
    public var documents: [SourceDocument]
    public var warnings: [String]

    public init(documents: [SourceDocument], warnings: [String] = []) {
        self.documents = documents
        self.warnings = warnings
    }
}
