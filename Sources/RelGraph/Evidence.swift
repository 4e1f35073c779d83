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

    /// Whether the records at `lhs` and `rhs` name one document, known from the bits of their `document`
    /// strings alone: equal bits are an equal string (a short one's bytes, or one storage), so most pairs of a
    /// document's records are settled without a call, which would copy (and retain) the strings of both. `nil`
    /// when the bits differ and only a comparison of the strings can tell.
    @inline(__always)
    static func sameDocumentByBits(_ lhs: UnsafePointer<Evidence>, _ rhs: UnsafePointer<Evidence>) -> Bool? {
        guard MemoryLayout<String>.size == 16, let offset = MemoryLayout<Evidence>.offset(of: \.document) else {
            return nil
        }
        let l = UnsafeRawPointer(lhs) + offset
        let r = UnsafeRawPointer(rhs) + offset
        let same =
            l.load(as: UInt64.self) == r.load(as: UInt64.self)
            && l.load(fromByteOffset: 8, as: UInt64.self) == r.load(fromByteOffset: 8, as: UInt64.self)
        return same ? true : nil
    }

    /// ``<`` on records in place: records of one document (known by ``sameDocumentByBits(_:_:)``) with different
    /// spans are ordered by their integers, without touching a string; a record of a smaller document comes
    /// first; the rest by ``<``.
    @inline(__always)
    static func precedes(_ lhs: UnsafePointer<Evidence>, _ rhs: UnsafePointer<Evidence>) -> Bool {
        if sameDocumentByBits(lhs, rhs) == true {
            if lhs.pointee.start != rhs.pointee.start { return lhs.pointee.start < rhs.pointee.start }
            if lhs.pointee.end != rhs.pointee.end { return lhs.pointee.end < rhs.pointee.end }
        } else if lhs.pointee.document < rhs.pointee.document {
            // Records of sorted evidence mostly move to a greater document: one comparison settles it.
            return true
        }
        return lhs.pointee < rhs.pointee
    }
}
