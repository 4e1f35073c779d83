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
    /// (Field by field rather than as tuples: a tuple would copy, and retain, every string of both records.)
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        if lhs.document != rhs.document { return lhs.document < rhs.document }
        if lhs.start != rhs.start { return lhs.start < rhs.start }
        if lhs.end != rhs.end { return lhs.end < rhs.end }
        if lhs.cue != rhs.cue { return lhs.cue < rhs.cue }
        if lhs.sentence != rhs.sentence { return lhs.sentence < rhs.sentence }
        if lhs.text != rhs.text { return lhs.text < rhs.text }
        if lhs.modality != rhs.modality { return lhs.modality.rawValue < rhs.modality.rawValue }
        switch (lhs.attribution, rhs.attribution) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case (let a?, let b?): return a < b
        }
    }
}
