/// A sentence: its index, UTF-8 byte range in the document's text, its text and its tokens.
public struct Sentence: Sendable, Hashable {
    public var index: Int
    public var start: Int
    public var end: Int
    public var text: String
    public var tokens: [Token]

    init(index: Int, start: Int, end: Int, text: String, tokens: [Token]) {
        self.index = index
        self.start = start
        self.end = end
        self.text = text
        self.tokens = tokens
    }

    /// The text of bytes `from..<to` of the sentence (offsets from its start), without copying the sentence.
    func text(bytes from: Int, _ to: Int) -> String {
        // Decoded from the text's own UTF-8 buffer (the view's indices and slice took the generic paths).
        // A range at scalar boundaries of the (well-formed) text is well-formed: it is not validated again.
        var text = text
        return text.withUTF8 { bytes in
            guard from >= 0, to <= bytes.count, from < to else { return "" }
            let piece = UnsafeBufferPointer(rebasing: bytes[from..<to])
            return ValidUTF8.isWhole(from..<to, of: bytes)
                ? ValidUTF8.string(piece) : String(decoding: piece, as: UTF8.self)
        }
    }

    /// The text of tokens `range` of the sentence, as written: ``text(bytes:_:)`` of their bytes. One token's
    /// text is the token's own (both are its bytes decoded) when the sentence's text has as many bytes as its
    /// range of the document (no ill-formed byte was replaced); it is then not made again.
    func text(tokens range: Range<Int>) -> String {
        guard let first = tokens[safe: range.lowerBound], let last = tokens[safe: range.upperBound - 1] else {
            return ""
        }
        if range.count == 1, text.utf8.count == end - start { return first.text }
        return text(bytes: first.start - start, last.end - start)
    }

    /// ``text(bytes:_:)`` by its definition, through the text's UTF-8 view.
    func textByDefinition(bytes from: Int, _ to: Int) -> String {
        let utf8 = text.utf8
        guard from >= 0, to <= utf8.count, from < to else { return "" }
        let a = utf8.index(utf8.startIndex, offsetBy: from)
        return String(decoding: utf8[a..<utf8.index(a, offsetBy: to - from)], as: UTF8.self)
    }
}

/// Splits text into sentences.
///
/// A sentence ends at `.`, `!` or `?` (and any closing quotes or brackets after it) when the next token starts a
/// sentence: an upper-case word, a digit, an opening quote or bullet, even without a space ("next year.Never
/// before"). It does not end after an abbreviation (Dr., Mr., Gen., Lt., No., Jan. ...), a single initial
/// ("J. Smith"), inside a decimal or a dotted acronym (U.S., U.N.) unless a typical sentence opener follows the
/// acronym. A lower-case word after ". " also starts a sentence when the word before the dot is an ordinary word
/// (scraped text often loses capitals). Line ranges given by the caller are never crossed.
public enum SentenceSplitter {
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "gov", "sen", "rep",
        "st", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs",
        "jr", "sr", "inc", "co", "corp", "ltd", "mt", "ft", "approx", "dept", "est", "fig", "vol", "pres", "amb",
        "cmdr", "brig", "messrs", "op", "art", "p", "pp",
    ]
    /// The marks that end a sentence.
    static let sentenceEnds: WordSet = [".", "!", "?", "..."]
    /// Closing quotes and brackets, which stay with the sentence they follow.
    static let closers: WordSet = ["\"", "'", ")", "]"]
    /// Quotes, brackets, bullets and dashes that may start a sentence.
    static let startMarks: WordSet = ["\"", "'", "(", "\u{25CF}", "\u{2022}", "-"]
    static let openers: WordSet = [
        "the", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "in", "on", "at", "but", "and",
        "a", "an", "however", "meanwhile", "his", "her", "their", "its", "there", "according", "after", "before",
        "when", "while", "as", "since", "if", "for",
    ]

    /// Splits the whole of `text` (line breaks end sentences).
    /// - Complexity: O(n) in the text's length.
    public static func split(_ text: String) -> [Sentence] {
        let bytes = Array(text.utf8)
        return split(bytes, lines: lineRanges(bytes))
    }

    /// The byte ranges of `bytes`' lines, without their line feeds (a text without one is one line).
    /// - Complexity: O(n).
    static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            lines.append(start..<i)
            start = i + 1
        }
        lines.append(start..<bytes.count)
        return lines
    }

    /// Splits the given line ranges of `bytes` into sentences, numbered from 0 in order.
    /// - Parameters:
    ///   - bytes: the document text as UTF-8.
    ///   - lines: byte ranges to split, in order (sentences never cross them).
    /// - Returns: the sentences, with byte offsets into `bytes`.
    /// - Complexity: O(n) in the total length of the ranges.
    public static func split(_ bytes: [UInt8], lines: [Range<Int>]) -> [Sentence] {
        split(bytes, lines: lines, validUTF8: false)
    }

    /// ``split(_:lines:)`` of `bytes` that are well-formed UTF-8 when `validUTF8` (a string's): the text of a
    /// line whose ends are scalar boundaries is then well-formed, and its tokens' and sentences' strings are
    /// made without validating their bytes again.
    static func split(_ bytes: [UInt8], lines: [Range<Int>], validUTF8: Bool) -> [Sentence] {
        var sentences: [Sentence] = []
        // The first token of each sentence of a line after its first (reused from line to line).
        var starts: [Int] = []
        for line in lines {
            let lineIsValid = validUTF8 && bytes.withUnsafeBufferPointer { ValidUTF8.isWhole(line, of: $0) }
            var tokens = Tokenizer.tokenize(bytes, range: line, validUTF8: lineIsValid)
            starts.removeAll(keepingCapacity: true)
            // Through a buffer: the tokens are borrowed, where the array's subscript would copy them.
            tokens.withUnsafeBufferPointer { t in
                var i = 0
                while i < t.count {
                    if let next = boundary(after: i, in: t, bytes: bytes) {
                        starts.append(next)
                        i = next
                    } else {
                        i += 1
                    }
                }
            }
            if starts.isEmpty {
                // One sentence (or none): it takes the line's array as it is.
                emit(tokens, bytes, validUTF8: lineIsValid, &sentences)
                continue
            }
            // Several: each takes its tokens moved out of the line's array, from the end (a copy would retain
            // every string of them, and freeing the line's array would release them again).
            var pieces: [[Token]] = []
            pieces.reserveCapacity(starts.count + 1)
            var end = tokens.count
            for piece in stride(from: starts.count, through: 0, by: -1) {
                let start = piece == 0 ? 0 : starts[piece - 1]
                let n = end - start
                // An empty piece is `[]`: `Array(unsafeUninitializedCapacity: 0)` would store its count into the
                // shared empty-array storage (a race with every other thread, ThreadSanitizer says).
                pieces.append(
                    n == 0
                        ? []
                        : Array(unsafeUninitializedCapacity: n) { out, count in
                            for k in stride(from: n - 1, through: 0, by: -1) {
                                out.initializeElement(at: k, to: tokens.removeLast())
                            }
                            count = n
                        })
                end = start
            }
            for piece in pieces.reversed() { emit(piece, bytes, validUTF8: lineIsValid, &sentences) }
        }
        return sentences
    }

    /// If a sentence ends at token `i`, the index of the first token of the next sentence.
    private static func boundary(after i: Int, in tokens: UnsafeBufferPointer<Token>, bytes: [UInt8]) -> Int? {
        // Most tokens are words that do not end in a dot, and end no sentence (a token's text is its bytes
        // `start..<end` of the text, so its last byte is read there).
        if tokens[i].kind != .punctuation, bytes[tokens[i].end - 1] != 0x2E { return nil }
        // The token is read in place through the buffer: a copy of it retained and released its three strings.
        let kind = tokens[i].kind
        // A dotted acronym ends a sentence only before a typical opener: "... the U.S. The talks".
        if kind == .word, tokens[i].text.utf8.last == 0x2E, tokens[i].text.hasSuffix("."), i + 1 < tokens.count,
            tokens[i + 1].isCapitalized,
            openers.contains(tokens[i + 1])
        {
            return i + 1
        }
        // Sets, not lists of literals: one lookup by the token's hash instead of a string comparison per literal.
        guard kind == .punctuation, sentenceEnds.contains(tokens[i]) else { return nil }
        var next = i + 1
        // Closing quotes and brackets belong to the sentence that ends.
        while next < tokens.count, closers.contains(tokens[next]), tokens[next].attached {
            next += 1
        }
        guard next < tokens.count else { return nil }
        let isDot = tokens[i].key == "."
        let following = next
        if isDot && i > 0 {
            let previous = i - 1
            if tokens[previous].kind == .word && tokens[i].attached {
                if abbreviations.contains(tokens[previous]) { return nil }
                if tokens[previous].isSingleCharacter && tokens[previous].isCapitalized
                    && tokens[following].isCapitalized
                {
                    return nil
                }
            }
        }
        if tokens[following].kind == .word && tokens[following].isCapitalized { return next }
        if tokens[following].kind == .number || startMarks.contains(tokens[following]) {
            return tokens[following].attached && tokens[following].kind == .number ? nil : next
        }
        // A lower-case start after an ordinary word and a real space.
        if !isDot, tokens[following].kind == .word, !tokens[following].attached { return next }
        if isDot, tokens[following].kind == .word, !tokens[following].attached, i > 0 {
            let previous = i - 1
            if tokens[previous].kind == .word, tokens[previous].key.count >= 3,
                !abbreviations.contains(tokens[previous]),
                !tokens[previous].key.contains(".") || openers.contains(tokens[following])
            {
                return next
            }
        }
        return nil
    }

    /// Appends the sentence of `tokens`; `validUTF8` when their line of `bytes` is well-formed (its tokens
    /// start and end at scalar boundaries, so the sentence's bytes are well-formed too).
    private static func emit(
        _ tokens: consuming [Token], _ bytes: [UInt8], validUTF8: Bool, _ sentences: inout [Sentence]
    ) {
        guard !tokens.isEmpty else { return }
        // The ends read in place: `first` and `last` copied a token each, retaining its strings.
        let (start, end) = tokens.withUnsafeBufferPointer { ($0[0].start, $0[$0.count - 1].end) }
        let text = bytes.withUnsafeBufferPointer { b in
            let piece = UnsafeBufferPointer(rebasing: b[start..<end])
            return validUTF8 ? ValidUTF8.string(piece) : String(decoding: piece, as: UTF8.self)
        }
        sentences.append(Sentence(index: sentences.count, start: start, end: end, text: text, tokens: tokens))
    }
}
