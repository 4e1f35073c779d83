/// A sentence: its index and UTF-8 byte range in the document's text.
public struct Sentence: Sendable, Hashable {
    public var index: Int
    public var start: Int
    public var end: Int
    public var text: String
}

/// Splits text into sentences at `.`, `!`, `?` followed by a space or newline and an upper-case letter,
/// and at line breaks.
public enum SentenceSplitter {
    /// - Complexity: O(n) in the text's length.
    public static func split(_ text: String) -> [Sentence] {
        let bytes = Array(text.utf8)
        var sentences: [Sentence] = []
        var start = 0
        func emit(_ end: Int) {
            var s = start
            var e = end
            while s < e, bytes[s] == 0x20 || bytes[s] == 0x0A || bytes[s] == 0x0D || bytes[s] == 0x09 { s += 1 }
            while e > s, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x0A || bytes[e - 1] == 0x0D { e -= 1 }
            if e > s {
                let t = String(decoding: bytes[s..<e], as: UTF8.self)
                sentences.append(Sentence(index: sentences.count, start: s, end: e, text: t))
            }
            start = end
        }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A {
                emit(i + 1)
            } else if b == 0x2E || b == 0x21 || b == 0x3F, i + 2 < bytes.count, bytes[i + 1] == 0x20,
                (0x41...0x5A).contains(bytes[i + 2])
            {
                emit(i + 1)
            }
            i += 1
        }
        emit(bytes.count)
        return sentences
    }
}
