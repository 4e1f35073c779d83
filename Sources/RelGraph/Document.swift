/// One article as read: where it came from and its identity. The text itself is not stored in the graph file;
/// evidence offsets point into it (see ``Evidence``).
public struct Document: Codable, Sendable, Hashable, Comparable {
    /// Stable identity: the first 16 hex digits of the SHA-256 of the document's text.
    public var id: String
    /// The path the document was read from, as given on the command line (with `#N` for a `.jsonl` line).
    public var path: String
    public var title: String
    /// SHA-256 of the document's text (UTF-8), hex.
    public var sha256: String
    /// Publication date `YYYY-MM-DD`, when the document says.
    public var published: String?
    /// The outlet, when the document says.
    public var source: String?
    public var url: String?

    public init(
        id: String, path: String, title: String, sha256: String, published: String? = nil, source: String? = nil,
        url: String? = nil
    ) {
        self.id = id
        self.path = path
        self.title = title
        self.sha256 = sha256
        self.published = published
        self.source = source
        self.url = url
    }

    public static func < (lhs: Document, rhs: Document) -> Bool { (lhs.id, lhs.path) < (rhs.id, rhs.path) }
}
