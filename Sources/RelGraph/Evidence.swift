/// One sentence that supports a relation, and exactly where it stands.
///
/// `start` and `end` are UTF-8 byte offsets into the document's text as stored: the file itself for `.txt` and
/// `.md` (front matter included), the `text` field for a `.jsonl` line, the extracted text for `.html`.
/// `text` is the sentence cut from that range, unchanged.
public struct Evidence: Codable, Sendable, Hashable, Comparable {
    /// The ``Document/id`` of the document.
    public var document: String
    /// Zero-based index of the sentence in the document.
    public var sentence: Int
    public var start: Int
    public var end: Int
    public var text: String
    public var modality: Modality
    /// The word or phrase that signalled the relation (`met`, `invited`, `according to`).
    public var cue: String
    /// The actor the statement is attributed to (`tass` for "according to TASS"), if any.
    public var attribution: String?

    public init(
        document: String, sentence: Int, start: Int, end: Int, text: String, modality: Modality, cue: String,
        attribution: String? = nil
    ) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
        self.modality = modality
        self.cue = cue
        self.attribution = attribution
    }

    /// Document, span and cue first; the other fields break ties, so that sorting is a total order and a
    /// graph's bytes do not depend on the order its evidence was gathered in (two records of one span can differ
    /// in text or modality, e.g. from graphs built by different versions).
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        if (lhs.document, lhs.start, lhs.end, lhs.cue) != (rhs.document, rhs.start, rhs.end, rhs.cue) {
            return (lhs.document, lhs.start, lhs.end, lhs.cue) < (rhs.document, rhs.start, rhs.end, rhs.cue)
        }
        return (lhs.sentence, lhs.text, lhs.modality.rawValue, lhs.attribution == nil ? 0 : 1, lhs.attribution ?? "")
            < (rhs.sentence, rhs.text, rhs.modality.rawValue, rhs.attribution == nil ? 0 : 1, rhs.attribution ?? "")
    }
}
