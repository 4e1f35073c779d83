import Foundation

/// Finds the lines of an article that are its body, dropping web-page boilerplate.
///
/// Dropped: the title line (when the reader says the first line is the title and it reads like one: short and
/// without a final full stop); reaction widgets ("- I'm sad", "- 0dog"); comment and sharing furniture ("Leave
/// a Reply", "Your email address will not be published", "Share this", "Subscribe", "Follow us"); source and
/// link lines ("Original Source:", "Read also:", "Related:", "Tags:"); copyright lines; bare numbers and
/// UUIDs; and short lines of at most four words with no sentence punctuation ("Hot news now"). Once a
/// comment section starts ("Leave a Reply", "Comments"), the rest is dropped. Interviews ("E: ...",
/// "Q: ...") are kept. The text is never changed: the result is byte ranges into it.
public enum BoilerplateFilter {
    static let prefixes: [String] = [
        "original source", "source:", "read also", "read more", "see also", "related:", "related articles",
        "related posts", "tags:", "tag:", "share this", "share on", "share:", "subscribe", "sign up", "follow us",
        "click here", "advertisement", "copyright", "all rights reserved", "\u{00A9}", "your email address",
        "required fields", "leave a reply", "leave a comment", "most read", "recommended", "photo:", "image:",
        "getty images", "(c) ", "also read", "don't miss", "trending", "newsletter", "cookie",
    ]
    static let sectionEnds: [String] = [
        "leave a reply", "leave a comment", "comments", "related posts", "post navigation",
    ]
    /// A section end followed by a count or a note ("comments (12)"), made once rather than at every line.
    static let sectionEndHeads: [String] = sectionEnds.map { $0 + " (" }

    /// The ASCII ``prefixes`` as bytes, by their first byte: an ASCII line head is compared only with the
    /// prefixes that start like it (a non-ASCII prefix cannot start an ASCII head).
    private static let asciiPrefixesByFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 128)
        for p in prefixes where p.utf8.allSatisfy({ $0 < 0x80 }) {
            if let first = p.utf8.first { table[Int(first)].append(Array(p.utf8)) }
        }
        return table
    }()

    /// The byte ranges of body lines in `text` from `bodyStart`, in order, without their line breaks.
    /// - Parameters:
    ///   - text: the document text as stored.
    ///   - bodyStart: where the body starts (after front matter).
    ///   - firstLineIsTitle: whether the first non-empty line may be the title.
    /// - Returns: the body line ranges.
    /// - Complexity: O(n) in the text's length.
    public static func bodyLines(of text: String, bodyStart: Int = 0, firstLineIsTitle: Bool) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { bodyLines(bytes: $0, bodyStart: bodyStart, firstLineIsTitle: firstLineIsTitle) }
    }

    /// ``bodyLines(of:bodyStart:firstLineIsTitle:)`` of a text given as UTF-8 bytes.
    ///
    /// A line made only of ASCII and the punctuation ``lowerHead(_:)`` handles on bytes (see ``simpleLine(_:)``),
    /// as most lines of English news are, is judged on its bytes: each of its scalars is a character of its own
    /// (none of them combines with a neighbour), so the character tests of the definition are byte tests there.
    /// Any other line is judged as ``bodyLinesByDefinition(of:bodyStart:firstLineIsTitle:)`` judges it.
    /// - Complexity: O(n) in the text's length.
    private static func bodyLines(
        bytes: UnsafeBufferPointer<UInt8>, bodyStart: Int, firstLineIsTitle: Bool
    )
        -> [Range<Int>]
    {
        var out: [Range<Int>] = []
        var start = bodyStart
        var seenFirst = false
        // The lower-cased head of a simple line, reused from line to line.
        var head = [UInt8](repeating: 0, count: 120)
        while start <= bytes.count {
            var end = start
            if start < bytes.count, let base = bytes.baseAddress,
                let found = memchr(base + start, 0x0A, bytes.count - start)
            {
                end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            } else {
                end = bytes.count
            }
            var s = start
            var e = end
            while s < e, bytes[s] == 0x20 || (0x09...0x0D).contains(bytes[s]) { s += 1 }
            while e > s, bytes[e - 1] == 0x20 || (0x09...0x0D).contains(bytes[e - 1]) { e -= 1 }
            if s < e {
                let line = UnsafeBufferPointer(rebasing: bytes[s..<e])
                let verdict: LineVerdict
                if simpleLine(line) {
                    verdict = judgeSimple(line, head: &head, mayBeTitle: !seenFirst && firstLineIsTitle)
                } else {
                    let trimmed = Self.trimmed(ArraySlice(UnsafeBufferPointer(rebasing: bytes[start..<end])))
                    if trimmed.isEmpty {
                        start = end + 1
                        continue
                    }
                    verdict = judge(trimmed, mayBeTitle: !seenFirst && firstLineIsTitle)
                }
                if verdict == .sectionEnd { break }
                seenFirst = true
                if verdict == .body { out.append(bodyRange(bytes, start, end)) }
            }
            start = end + 1
        }
        return out
    }

    /// The range a body line `start..<end` keeps: without spaces, tabs and carriage returns at either end.
    private static func bodyRange(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Range<Int> {
        var s = start
        var e = end
        while s < e, bytes[s] == 0x20 || bytes[s] == 0x09 || bytes[s] == 0x0D { s += 1 }
        while e > s, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09 || bytes[e - 1] == 0x0D { e -= 1 }
        return s..<e
    }

    /// What a non-empty line is to ``bodyLines(of:bodyStart:firstLineIsTitle:)``.
    enum LineVerdict: Equatable {
        /// A comment section starts: this line and the rest are dropped.
        case sectionEnd
        /// The title or boilerplate: dropped.
        case dropped
        case body
    }

    /// The verdict on a trimmed, non-empty line, by the definition's character tests.
    static func judge(_ trimmed: String, mayBeTitle: Bool) -> LineVerdict {
        // The start of the line suffices for the prefix tests (the longest is under 40 characters).
        let lower = Self.lowerHead(trimmed)
        let isASCII = lower.utf8.allSatisfy { $0 < 0x80 }
        if sectionEnds.contains(lower)
            || sectionEndHeads.contains(where: { Self.hasPrefix(lower, $0, isASCII: isASCII) })
        {
            return .sectionEnd
        }
        let isTitle = mayBeTitle && looksLikeTitle(trimmed)
        return isTitle || isBoilerplate(trimmed, lower: lower) ? .dropped : .body
    }

    /// Whether every byte of `line` is ASCII or part of the punctuation ``lowerHead(_:)`` handles on bytes
    /// (`E2 80 xx`, see `isSimplePunctuation`): each scalar of such a line is a character of its own, and none
    /// is white space that is not ASCII.
    static func simpleLine(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = line.count
        guard let base = line.baseAddress else { return true }
        // Eight bytes at a time while they are all ASCII.
        while i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
            i += 8
        }
        while i < n {
            let c = line[i]
            if c < 0x80 {
                i += 1
            } else if c == 0xE2, i + 2 < n, line[i + 1] == 0x80, isSimplePunctuation(line[i + 2]) {
                i += 3
            } else {
                return false
            }
        }
        return true
    }

    /// ``judge(_:mayBeTitle:)`` of a trimmed, non-empty ``simpleLine(_:)``, on its bytes.
    /// `head` is room for the head of a line (120 bytes), reused from line to line.
    private static func judgeSimple(
        _ line: UnsafeBufferPointer<UInt8>, head: inout [UInt8], mayBeTitle: Bool
    )
        -> LineVerdict
    {
        head.withUnsafeMutableBufferPointer { judgeSimple(line, room: $0, mayBeTitle: mayBeTitle) }
    }

    private static func judgeSimple(
        _ line: UnsafeBufferPointer<UInt8>, room: UnsafeMutableBufferPointer<UInt8>, mayBeTitle: Bool
    )
        -> LineVerdict
    {
        // The head: the first 40 characters, ASCII lower-cased, U+2019 straightened (as simpleLowerHead),
        // written into the room (at most three bytes a character) rather than appended to an array.
        var n = 0
        var i = 0
        var characters = 0
        var headIsASCII = true
        while i < line.count, characters < 40 {
            let c = line[i]
            if c < 0x80 {
                room[n] = (0x41...0x5A).contains(c) ? c | 0x20 : c
                n += 1
                i += 1
            } else {
                if line[i + 2] == 0x99 {
                    room[n] = 0x27
                    n += 1
                } else {
                    room[n] = 0xE2
                    room[n + 1] = 0x80
                    room[n + 2] = line[i + 2]
                    n += 3
                    headIsASCII = false
                }
                i += 3
            }
            characters += 1
        }
        let h = UnsafeBufferPointer(rebasing: room[0..<n])
        let isSectionEnd =
            sectionEndBytes.contains { h.elementsEqual($0) } || sectionEndHeadBytes.contains { h.starts(with: $0) }
        if isSectionEnd { return .sectionEnd }
        if mayBeTitle {
            // At most 25 words (runs between spaces) and no final full stop.
            var words = 0
            var inWord = false
            for b in line {
                if b == 0x20 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                }
            }
            if words <= 25 && line[line.count - 1] != 0x2E { return .dropped }
        }
        let hasPrefix =
            headIsASCII
            ? asciiPrefixesByFirstByte[Int(h[0])].contains { h.starts(with: $0) }
            : prefixBytes.contains { h.starts(with: $0) }
        if hasPrefix { return .dropped }
        // Digits, commas, dots and spaces only.
        if line.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2C || $0 == 0x2E || $0 == 0x20 }) {
            return .dropped
        }
        if line.count == 36, isSimpleUUID(line) { return .dropped }
        // More than four words (runs without spaces or tabs) is body.
        var words = 0
        var inWord = false
        for b in line {
            if b == 0x20 || b == 0x09 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > 4 { return .body }
            }
        }
        // A short line is boilerplate without sentence punctuation, unless it is a heading.
        let hasSentencePunctuation = line.contains { $0 == 0x2E || $0 == 0x21 || $0 == 0x3F || $0 == 0x3A }
        if !hasSentencePunctuation && line[0] != 0x23 { return .dropped }
        return .body
    }

    private static let sectionEndBytes: [[UInt8]] = sectionEnds.map { Array($0.utf8) }
    private static let sectionEndHeadBytes: [[UInt8]] = sectionEndHeads.map { Array($0.utf8) }
    private static let prefixBytes: [[UInt8]] = prefixes.map { Array($0.utf8) }

    /// ``bodyLines(of:bodyStart:firstLineIsTitle:)`` by its definition: every line judged on characters.
    static func bodyLinesByDefinition(of text: String, bodyStart: Int = 0, firstLineIsTitle: Bool) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        var out: [Range<Int>] = []
        var start = bodyStart
        var seenFirst = false
        while start <= bytes.count {
            // The line break found through a buffer (the array's subscript checked every byte's index).
            let end = bytes.withUnsafeBufferPointer { b in
                var end = start
                while end < b.count, b[end] != 0x0A { end += 1 }
                return end
            }
            let trimmed = Self.trimmed(bytes[start..<end])
            if !trimmed.isEmpty {
                let verdict = judge(trimmed, mayBeTitle: !seenFirst && firstLineIsTitle)
                if verdict == .sectionEnd { break }
                seenFirst = true
                if verdict == .body { out.append(bytes.withUnsafeBufferPointer { bodyRange($0, start, end) }) }
            }
            start = end + 1
        }
        return out
    }

    /// The line without white space at either end; ASCII edges are trimmed without Foundation.
    static func trimmed(_ line: ArraySlice<UInt8>) -> String {
        var s = line.startIndex
        var e = line.endIndex
        while s < e, line[s] == 0x20 || (0x09...0x0D).contains(line[s]) { s += 1 }
        while e > s, line[e - 1] == 0x20 || (0x09...0x0D).contains(line[e - 1]) { e -= 1 }
        let text = String(decoding: line[s..<e], as: UTF8.self)
        guard s < e, line[s] >= 0x80 || line[e - 1] >= 0x80 else { return text }
        // Foundation's trimming, scalar by scalar: white space (categories Zs, Zl, Zp), U+0009...U+000D, U+0085, U+200B.
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isWhitespaceOrNewline($0) }),
            let last = scalars.lastIndex(where: { !isWhitespaceOrNewline($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    /// Whether `s` is in `CharacterSet.whitespacesAndNewlines`.
    static func isWhitespaceOrNewline(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0x200B: return true
        case 0..<0x80: return false
        default:
            switch s.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
            default: return false
            }
        }
    }

    /// The first 40 characters of a line, lower-cased, curly apostrophes straightened (in a line that is not
    /// all ASCII). A line whose first 41 characters are ASCII or common punctuation (dashes, curly quotes, the
    /// ellipsis) takes a byte path: none of those combines with a neighbour into one character.
    static func lowerHead(_ line: String) -> String {
        var line = line
        if let head = line.withUTF8({ simpleLowerHead($0) }) { return head }
        var lower = String(line.prefix(40)).lowercased()
        // U+2019 is E2 80 99 in UTF-8: without a 0x99 byte there is nothing to replace.
        if !line.utf8.allSatisfy({ $0 < 0x80 }), lower.utf8.contains(0x99) {
            lower = lower.replacingOccurrences(of: "\u{2019}", with: "'")
        }
        return lower
    }

    // The punctuation ``lowerHead(_:)`` handles on bytes: U+2013, U+2014 (dashes), U+2018, U+2019, U+201C,
    // U+201D (curly quotes), U+2026 (ellipsis), all `E2 80 xx` in UTF-8 (see `isSimplePunctuation`).

    private static func simpleLowerHead(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        // The head is written into the string's own storage: at most 40 characters of at most three bytes.
        var simple = true
        let head = String(unsafeUninitializedCapacity: 120) { out in
            var i = 0
            var n = 0
            var characters = 0
            while i < b.count, characters < 41 {
                let c = b[i]
                if c < 0x80 {
                    if characters < 40 {
                        out[n] = (0x41...0x5A).contains(c) ? c | 0x20 : c
                        n += 1
                    }
                    i += 1
                } else if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, isSimplePunctuation(b[i + 2]) {
                    if characters < 40 {
                        if b[i + 2] == 0x99 {
                            out[n] = 0x27
                            n += 1
                        } else {
                            out[n] = 0xE2
                            out[n + 1] = 0x80
                            out[n + 2] = b[i + 2]
                            n += 3
                        }
                    }
                    i += 3
                } else {
                    simple = false
                    return 0
                }
                characters += 1
            }
            return n
        }
        return simple ? head : nil
    }

    /// Whether `E2 80 byte` is one of the punctuation characters the byte path handles (listed above).
    private static func isSimplePunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6: true
        default: false
        }
    }

    /// `text.hasPrefix(prefix)`, compared on bytes when `text` is ASCII: ASCII text is in every normal form, so
    /// bytes give the same answer as the standard library's character-by-character comparison.
    static func hasPrefix(_ text: String, _ prefix: String, isASCII: Bool) -> Bool {
        isASCII ? text.utf8.starts(with: prefix.utf8) : text.hasPrefix(prefix)
    }

    /// Whether a line head (``lowerHead(_:)``) starts with one of ``prefixes``; an ASCII head is compared on
    /// bytes with the prefixes of its first byte only.
    static func hasBoilerplatePrefix(_ lower: String) -> Bool {
        var lower = lower
        let answer = lower.withUTF8 { b -> Bool? in
            guard b.allSatisfy({ $0 < 0x80 }) else { return nil }
            guard let first = b.first else { return false }
            return asciiPrefixesByFirstByte[Int(first)].contains { b.starts(with: $0) }
        }
        return answer ?? hasBoilerplatePrefixByCharacters(lower)
    }

    /// ``hasBoilerplatePrefix(_:)`` of a head that is not all ASCII, compared as characters
    /// (`prefixes.contains { lower.hasPrefix($0) }`) with only the prefixes its first byte allows: a prefix whose
    /// first character is one ASCII scalar `c` starts a head only if the head's first character is canonically
    /// equivalent to `c`, which is `c` itself (first byte `c`) unless `c` is one of the three ASCII characters
    /// a non-ASCII singleton decomposes to (K, ";", "`": U+212A, U+037E, U+1FEF). Such prefixes and all others
    /// are always compared.
    static func hasBoilerplatePrefixByCharacters(_ lower: String) -> Bool {
        if let first = lower.utf8.first, first < 0x80,
            prefixesByFirstScalar[Int(first)].contains(where: { lower.hasPrefix($0) })
        {
            return true
        }
        return prefixesOfAnyHead.contains { lower.hasPrefix($0) }
    }

    /// Whether a prefix is compared only with heads starting with the byte of its first character (see
    /// ``hasBoilerplatePrefixByCharacters(_:)``).
    private static func startsWithPlainASCII(_ p: String) -> Bool {
        guard let c = p.first, c.unicodeScalars.count == 1, let s = c.unicodeScalars.first, s.isASCII else {
            return false
        }
        return s != "K" && s != ";" && s != "`"
    }

    /// The ``prefixes`` that start with one plain ASCII character, by that character's byte.
    private static let prefixesByFirstScalar: [[String]] = {
        var table = [[String]](repeating: [], count: 128)
        for p in prefixes where startsWithPlainASCII(p) { table[Int(p.utf8.first.unsafelyUnwrapped)].append(p) }
        return table
    }()

    /// The other ``prefixes``: compared with every head that is not all ASCII.
    private static let prefixesOfAnyHead: [String] = prefixes.filter { !startsWithPlainASCII($0) }

    /// Whether a line reads like a headline: at most 25 words and no final full stop.
    static func looksLikeTitle(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        return words.count <= 25 && !line.hasSuffix(".")
    }

    /// Whether a single line is boilerplate (see the type's documentation).
    static func isBoilerplate(_ line: String, lower: String) -> Bool {
        if hasBoilerplatePrefix(lower) { return true }
        if line.allSatisfy({ $0.isNumber || $0 == "," || $0 == "." || $0 == " " }) { return true }
        if isUUID(line) { return true }
        // Short lines: at most four words (runs without spaces or tabs), counted on bytes with an early stop.
        var words = 0
        var inWord = false
        for b in line.utf8 {
            if b == 0x20 || b == 0x09 {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                if words > 4 { return false }
            }
        }
        let hasSentencePunctuation = line.utf8.contains { $0 == 0x2E || $0 == 0x21 || $0 == 0x3F || $0 == 0x3A }
        let bullet = ["-", "*", "\u{2022}", "\u{00B7}"].contains(where: { line.hasPrefix($0) })
        if bullet && !hasSentencePunctuation { return true }
        if !hasSentencePunctuation && !line.hasPrefix("#") { return true }
        return false
    }

    /// ``isUUID(_:)`` of a simple line (see ``simpleLine(_:)``), on its bytes: 36 bytes whose hex digits
    /// (ASCII only: the line has no full-width ones) come in groups of 8, 4, 4, 4 and 12 between four hyphens.
    /// Those 32 digits and 4 hyphens are all 36 bytes, so the hyphens stand at offsets 8, 13, 18 and 23.
    static func isSimpleUUID(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count == 36 else { return false }
        for (k, b) in line.enumerated() {
            if k == 8 || k == 13 || k == 18 || k == 23 {
                guard b == 0x2D else { return false }
            } else {
                guard (0x30...0x39).contains(b) || (0x61...0x66).contains(b | 0x20) else { return false }
            }
        }
        return true
    }

    static func isUUID(_ line: String) -> Bool {
        // A UUID is 36 ASCII bytes: test that before splitting a paragraph into pieces.
        guard line.utf8.count == 36 else { return false }
        let parts = line.split(separator: "-")
        return parts.map(\.count) == [8, 4, 4, 4, 12] && parts.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }
}
