import Foundation
import RelGraph

/// One word, number or punctuation mark of a text, with its UTF-8 byte range in the document.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case word
        case number
        case punctuation
    }

    public var text: String { didSet { isCapitalized = Self.startsUpperCase(text) } }
    /// The matching key: lowercase, diacritics folded, curly apostrophes straightened.
    public var key: String {
        didSet {
            keyHash = WordTable<Bool>.hash(key)
            matchKey = LexiconMatcher.matchKey(kind: kind, key: key, text: text)
            matchKeyHash = WordTable<Bool>.hash(matchKey)
        }
    }
    /// ``WordTable``'s hash of `key`, computed once per token for the several tables a token is looked up in.
    private(set) var keyHash: Int
    /// The key the token is matched against lexicon names under (``LexiconMatcher/matchKey(kind:key:text:)``),
    /// computed once, by the tokenizer from the word's bytes where it can.
    private(set) var matchKey: String
    /// ``WordTable``'s hash of `matchKey` (the key's hash when the two are the same): lexicon matching looks
    /// every word up by it, without comparing the two keys or copying the token to tell which hash to use.
    private(set) var matchKeyHash: Int
    public var kind: Kind {
        didSet {
            matchKey = LexiconMatcher.matchKey(kind: kind, key: key, text: text)
            matchKeyHash = WordTable<Bool>.hash(matchKey)
        }
    }
    /// Whether the first letter is upper case: ``startsUpperCase(_:)`` of the text, stored (the passes ask it of
    /// most words, several times each, and reading the first byte of a string took a copy of the token).
    public private(set) var isCapitalized: Bool
    public var start: Int
    public var end: Int
    /// Whether the token follows the previous one without white space.
    public var attached: Bool
    /// Whether the token follows the previous one across a hyphen ("un" in "Jong-un").
    public var hyphenated: Bool

    public init(
        text: String, key: String, kind: Kind, start: Int, end: Int, attached: Bool, hyphenated: Bool
    ) {
        self.init(
            text: text, key: key, matchKey: LexiconMatcher.matchKey(kind: kind, key: key, text: text), kind: kind,
            start: start, end: end, attached: attached, hyphenated: hyphenated)
    }

    /// A token whose ``matchKey`` is known: `LexiconMatcher.matchKey(kind: kind, key: key, text: text)`.
    init(
        text: String, key: String, matchKey: String, kind: Kind, start: Int, end: Int, attached: Bool,
        hyphenated: Bool
    ) {
        self.init(
            text: text, key: key, keyHash: WordTable<Bool>.hash(key), matchKey: matchKey, kind: kind, start: start,
            end: end, attached: attached, hyphenated: hyphenated)
    }

    /// A token whose key's hash and ``matchKey`` are known: `WordTable.hash(key)` and
    /// `LexiconMatcher.matchKey(kind: kind, key: key, text: text)`.
    init(
        text: String, key: String, keyHash: Int, matchKey: String, kind: Kind, start: Int, end: Int, attached: Bool,
        hyphenated: Bool
    ) {
        self.init(
            text: text, key: key, keyHash: keyHash, matchKey: matchKey,
            matchKeyHash: matchKey == key ? keyHash : WordTable<Bool>.hash(matchKey), kind: kind, start: start,
            end: end, attached: attached, hyphenated: hyphenated, isCapitalized: Self.startsUpperCase(text))
    }

    /// A token whose keys' hashes, ``matchKey`` and ``isCapitalized`` are known (see the other initialisers).
    init(
        text: String, key: String, keyHash: Int, matchKey: String, matchKeyHash: Int, kind: Kind, start: Int,
        end: Int, attached: Bool, hyphenated: Bool, isCapitalized: Bool
    ) {
        self.isCapitalized = isCapitalized
        self.text = text
        self.key = key
        self.keyHash = keyHash
        self.matchKey = matchKey
        self.matchKeyHash = matchKeyHash
        self.kind = kind
        self.start = start
        self.end = end
        self.attached = attached
        self.hyphenated = hyphenated
    }

    /// Whether the first letter of `text` is upper case.
    static func startsUpperCase(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        if first < 0x80 { return Tokenizer.isUpperByte(first) }
        return text.unicodeScalars.first.map { Tokenizer.uppercase.contains($0) } ?? false
    }

    /// Whether the text is one character (`text.count == 1`). Two ASCII bytes first are two characters: an
    /// ASCII scalar neither joins the next one nor is joined by an ASCII scalar, except CR LF, which is white
    /// space and in no token. Only other texts are counted.
    var isSingleCharacter: Bool {
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        guard let second = bytes.next() else { return true }
        if first < 0x80 && second < 0x80 { return false }
        return text.count == 1
    }

    /// Whether every letter is upper case and there are at least two ("NIS", "U.S.").
    public var isAllCaps: Bool {
        var count = 0
        for s in text.unicodeScalars where Tokenizer.isLetter(s) {
            guard Tokenizer.isUpper(s) else { return false }
            count += 1
        }
        return count >= 2
    }

    /// Whether this is the possessive "'s" (or a bare "'" after a plural).
    public var isPossessive: Bool {
        // Both are one or two bytes (no other spelling is canonically equal to them): most keys are told by their
        // length, without comparing strings.
        // Both start with an apostrophe: a key of one or two bytes that does not is told without comparing.
        let n = key.utf8.count
        return n <= 2 && key.utf8.first == 0x27 && (key == "'s" || key == "'")
    }
}

/// Splits text into tokens: words (letters, digits, inner apostrophes; "U.S." and "Time.news" stay whole),
/// numbers ("10,000", "1.5"), and single punctuation marks. Hyphens split words but mark the next part
/// `hyphenated`, so "Kim Jong-un" and "Kim Jong Un" give the same keys. "'s" and "n't" are tokens of their own.
public enum Tokenizer {
    /// Tokenizes `text[range]`, with offsets relative to the whole text.
    /// - Parameters:
    ///   - bytes: the whole text as UTF-8.
    ///   - range: the byte range to tokenize.
    /// - Returns: the tokens in order.
    /// - Complexity: O(n) in the range's length.
    public static func tokenize(_ bytes: [UInt8], range: Range<Int>) -> [Token] {
        tokenize(bytes, range: range, validUTF8: false)
    }

    /// ``tokenize(_:range:)``; `validUTF8` when `bytes[range]` is well-formed UTF-8, so that the tokens' texts
    /// are made without validating their bytes again (a token of well-formed bytes starts and ends at scalar
    /// boundaries: the scan steps over whole scalars).
    static func tokenize(_ bytes: [UInt8], range: Range<Int>, validUTF8: Bool) -> [Token] {
        // Through a buffer: the byte tests below index without bounds checks or array retains.
        bytes.withUnsafeBufferPointer { tokenize(buffer: $0, range: range, validUTF8: validUTF8) }
    }

    private static func tokenize(
        buffer bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, validUTF8: Bool
    )
        -> [Token]
    {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "token range outside the text")
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 5 + 1)
        var i = range.lowerBound
        let end = range.upperBound
        var sawSpace = true
        var sawHyphen = false
        // Read once: each read of the global is a call.
        let smallStrings = SmallString.layoutHolds
        while i < end {
            // A plain space, the commonest byte, as the general test below would take it.
            if bytes[i] == 0x20 {
                sawSpace = true
                sawHyphen = false
                i += 1
                continue
            }
            // An ASCII letter or digit, the start of most tokens, is neither space nor hyphen and starts a word:
            // it is not decoded.
            let startsASCIIWord = isLowerByte(bytes[i]) || isUpperByte(bytes[i]) || isDigitByte(bytes[i])
            let (scalar, width) = startsASCIIWord ? (Unicode.Scalar(bytes[i]), 1) : decode(bytes, i, end)
            if !startsASCIIWord && isSpace(scalar) {
                sawSpace = true
                sawHyphen = false
                i += width
                continue
            }
            if !startsASCIIWord, isHyphen(scalar), !sawSpace, let last = tokens.last, last.kind != .punctuation,
                i + width < end, isLetterOrDigit(decode(bytes, i + width, end).0)
            {
                sawHyphen = true
                i += width
                continue
            }
            if startsASCIIWord || isLetterOrDigit(scalar) {
                var j = i
                var hasLetter = false
                var hasDigit = false
                // Whether the word may differ from its key: an upper-case or non-ASCII byte in it.
                var needsKey = false
                // Whether every byte of the word is an ASCII letter or digit (none took the general tests below).
                var onlyAlphanumeric = true
                while j < end {
                    // ASCII letters and digits, most of a word, as the general tests below would take them.
                    let c = bytes[j]
                    if isLowerByte(c) {
                        // A run of lower-case letters in a loop of its own, without setting the flags per byte.
                        hasLetter = true
                        j += 1
                        while j < end, isLowerByte(bytes[j]) { j += 1 }
                        continue
                    }
                    if isUpperByte(c) {
                        hasLetter = true
                        needsKey = true
                        j += 1
                        continue
                    }
                    if isDigitByte(c) {
                        hasDigit = true
                        j += 1
                        continue
                    }
                    // Any other ASCII byte but an apostrophe, a dot or a comma ends the word, as the tests below
                    // would find (it is no letter or digit): most words end at a space.
                    if c < 0x80 && c != 0x27 && c != 0x2E && c != 0x2C { break }
                    if c >= 0x80 { needsKey = true }
                    let (s, w) = decode(bytes, j, end)
                    if isLetterOrDigit(s) {
                        if isLetter(s) { hasLetter = true } else { hasDigit = true }
                        j += w
                        onlyAlphanumeric = false
                    } else if isApostrophe(s), j + w < end, isLetter(decode(bytes, j + w, end).0),
                        j > i
                    {
                        j += w
                        onlyAlphanumeric = false
                    } else if s == ".", j + 1 < end {
                        // "U.S.", "1.5", "Time.news": a dot inside a word, a number or an acronym.
                        let next = decode(bytes, j + 1, end).0
                        let prev = bytes[j - 1]
                        if hasDigit && !hasLetter && isDigit(next) && isDigitByte(prev) {
                            j += 1
                            onlyAlphanumeric = false
                        } else if isAcronymDot(bytes, i, j, end) {
                            j += 1
                            onlyAlphanumeric = false
                            if j < end, bytes[j] != 0x2E, isUpperByte(bytes[j]) || isLowerByte(bytes[j]) {
                                continue
                            }
                            break
                        } else if isLower(next), j - i >= 2,
                            isDomainTail(bytes, j + 1, end)
                        {
                            j += 1
                            onlyAlphanumeric = false
                        } else {
                            break
                        }
                    } else if s == ",", hasDigit, !hasLetter, j + 3 < end, isDigitByte(bytes[j + 1]),
                        isDigitByte(bytes[j + 2]),
                        isDigitByte(bytes[j + 3])
                    {
                        j += 1
                        onlyAlphanumeric = false
                    } else {
                        break
                    }
                }
                let raw = UnsafeBufferPointer(rebasing: bytes[i..<j])
                let kind: Token.Kind = hasLetter ? .word : .number
                if onlyAlphanumeric {
                    // No apostrophe, so no "'s" or "n't" to split off; the key is the bytes lower-cased. A word of
                    // up to 15 bytes (almost all) has its text and key built as small strings from its bytes.
                    let text =
                        (smallStrings ? smallASCII(bytes, i, j, lowercased: false) : nil)
                        ?? (validUTF8 ? ValidUTF8.string(raw) : string(raw))
                    let (hash, ownNameKey) = asciiWordDigest(bytes, i, j)
                    let k =
                        needsKey
                        ? (smallStrings ? smallASCII(bytes, i, j, lowercased: true) : nil) ?? lowercasedASCII(raw)
                        : text
                    let isKey = kind != .word || ownNameKey
                    // A word with a `y` or a run of `i` takes its name key from its bytes.
                    let matchKey = isKey ? k : asciiNameKey(raw)
                    tokens.append(
                        Token(
                            text: text, key: k, keyHash: hash, matchKey: matchKey,
                            matchKeyHash: isKey ? hash : WordTable<Bool>.hash(matchKey), kind: kind,
                            start: i, end: j, attached: !sawSpace, hyphenated: sawHyphen,
                            isCapitalized: isUpperByte(bytes[i])))
                    i = j
                    sawSpace = false
                    sawHyphen = false
                    continue
                }
                let text = validUTF8 ? ValidUTF8.string(raw) : string(raw)
                // A lower-case ASCII word is its own key (``key(_:)`` would give the same bytes).
                let k = needsKey ? asciiKey(raw) ?? key(text) : text
                // A lower-case ASCII word's bytes are its key's.
                let suffix =
                    kind != .word ? nil : needsKey ? contractionSuffix(k) : contractionSuffix(keyBytes: raw) ?? nil
                append(
                    &tokens, text: text, key: k, kind: kind, suffix: suffix, start: i, end: j, attached: !sawSpace,
                    hyphenated: sawHyphen, keyIsMatchKey: kind != .word || isOwnNameKey(raw))
                i = j
            } else {
                if bytes[i] < 0x80 {
                    // An ASCII mark is its own key: its string and hash made once, not per mark.
                    let b = Int(bytes[i])
                    tokens.append(
                        Token(
                            text: asciiMarks[b], key: asciiMarks[b], keyHash: asciiMarkHashes[b],
                            matchKey: asciiMarks[b], matchKeyHash: asciiMarkHashes[b], kind: .punctuation, start: i,
                            end: i + 1, attached: !sawSpace, hyphenated: false, isCapitalized: isUpperByte(bytes[i])))
                    i += 1
                    sawSpace = false
                    sawHyphen = false
                    continue
                }
                let mark = UnsafeBufferPointer(rebasing: bytes[i..<(i + width)])
                let text = validUTF8 ? ValidUTF8.string(mark) : string(mark)
                tokens.append(
                    Token(
                        text: text, key: normalizedPunctuation(scalar), kind: .punctuation, start: i, end: i + width,
                        attached: !sawSpace, hyphenated: false))
                i += width
            }
            sawSpace = false
            sawHyphen = false
        }
        mergePossessiveApostrophes(&tokens)
        return tokens
    }

    /// `String(decoding: bytes, as: UTF8.self)`, made by copying the bytes into the string's storage: a string
    /// of at most 15 ASCII bytes (most words) is then built in place without the decoder's validation pass;
    /// any other is validated and repaired by the same decoder.
    @inline(__always)
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            guard let source = bytes.baseAddress, let target = out.baseAddress else { return 0 }
            target.update(from: source, count: bytes.count)
            return bytes.count
        }
    }

    /// The string of the ASCII bytes `start..<end` of `bytes`, each with its 0x20 bit set when `lowercased` (a
    /// letter's lower case; a digit has it already), built directly in the small-string form
    /// (``SmallString/make(_:_:count:)``): two loads and a few masks, where `String(unsafeUninitializedCapacity:)`
    /// zeroed, filled and checked the string's storage through a closure. Nil for more than 15 bytes, bytes
    /// whose loads would pass the end of `bytes`, or a platform where the layout does not hold.
    /// - Precondition: the bytes are ASCII letters and digits (any ASCII when not `lowercased`).
    static func smallASCIIString(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, lowercased: Bool
    ) -> String? {
        SmallString.layoutHolds ? smallASCII(bytes, start, end, lowercased: lowercased) : nil
    }

    /// ``smallASCIIString(_:_:_:lowercased:)`` where the layout is known to hold.
    @inline(__always)
    private static func smallASCII(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, lowercased: Bool
    ) -> String? {
        let n = end &- start
        guard n <= 15, start &+ (n <= 8 ? 8 : 16) <= bytes.count, let base = bytes.baseAddress else { return nil }
        // The bytes of the first word (up to eight) and of the second (the rest), those past the word masked off.
        let firstCount = min(n, 8)
        let firstMask: UInt64 = firstCount == 8 ? ~0 : (1 &<< (8 &* UInt64(firstCount))) &- 1
        let secondMask: UInt64 = n <= 8 ? 0 : (1 &<< (8 &* UInt64(n &- 8))) &- 1
        let word = UnsafeRawPointer(base + start)
        var first = UInt64(littleEndian: word.loadUnaligned(as: UInt64.self)) & firstMask
        var second: UInt64 = 0
        if n > 8 { second = UInt64(littleEndian: word.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) & secondMask }
        if lowercased {
            first |= 0x2020_2020_2020_2020 & firstMask
            second |= 0x2020_2020_2020_2020 & secondMask
        }
        return SmallString.make(first, second, count: n)
    }

    /// Tokenizes a whole string (lexicon forms, tests). A string's bytes are well-formed UTF-8: they are read in
    /// place, not copied to an array, and the tokens' texts are made without validating them again.
    public static func tokenize(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { tokenize(buffer: $0, range: 0..<$0.count, validUTF8: true) }
    }

    /// The matching key of a word: lowercase, diacritics folded, apostrophes straightened.
    /// - Complexity: O(n); ASCII words (most of English news) take a fast path without Foundation.
    public static func key(_ word: String) -> String {
        if let simple = asciiKey(word) { return simple }
        return word.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
            .replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
    }

    /// ``key(_:)`` of a word that is ASCII apart from curly single quotes (U+2018, U+2019), as most words of
    /// English news are: lower-cased and the quotes straightened, written into the string's own storage (no
    /// allocation under 16 bytes). Nil for any other non-ASCII word.
    static func asciiKey(_ word: String) -> String? {
        var word = word
        return word.withUTF8 { asciiKey($0) }
    }

    /// ``asciiKey(_:)`` of a word given as UTF-8 bytes.
    private static func asciiKey(_ src: UnsafeBufferPointer<UInt8>) -> String? {
        var i = 0
        var length = 0
        while i < src.count {
            if src[i] < 0x80 {
                i += 1
            } else if src[i] == 0xE2, i + 2 < src.count, src[i + 1] == 0x80, src[i + 2] & 0xFE == 0x98 {
                i += 3
            } else {
                return nil
            }
            length += 1
        }
        return String(unsafeUninitializedCapacity: length) { out in
            var i = 0
            var n = 0
            while i < src.count {
                let b = src[i]
                if b < 0x80 {
                    out[n] = isUpperByte(b) ? b | 0x20 : b
                    i += 1
                } else {
                    out[n] = 0x27
                    i += 3
                }
                n += 1
            }
            return n
        }
    }

    /// Each ASCII byte as a one-character string, and the ``WordTable`` hash of each: a punctuation mark's text,
    /// key and match key (``normalizedPunctuation(_:)`` leaves ASCII as it is).
    private static let asciiMarks: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
    private static let asciiMarkHashes: [Int] = asciiMarks.map { WordTable<Bool>.hash($0) }

    /// Of the word of ASCII letters and digits at bytes `start..<end` of `bytes`: its key's ``WordTable`` hash
    /// (the key is the bytes lower-cased), and whether the key is its own match key (no `y` and no run of `i`,
    /// see ``LexiconMatcher/matchKey(kind:key:text:)``), in one pass over the word eight bytes at a time: a
    /// letter or digit is lower-cased by setting its 0x20 bit (a digit has it already), and the `y` and `i`
    /// bytes are found by a zero-byte test of the word xor their pattern. Eight bytes that lie inside `bytes` are
    /// loaded at once, those past the word masked off. Only a word of up to eight bytes is read inline (one
    /// load): in the tokenizer's loop, with its many live values, a loop over the word spilled its state.
    @inline(__always)
    static func asciiWordDigest(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
    ) -> (hash: Int, ownNameKey: Bool) {
        let n = end &- start
        guard n <= 8, start &+ 8 <= bytes.count, let base = bytes.baseAddress else {
            return asciiLongWordDigest(bytes, start, end)
        }
        // Most words: one load, no loop.
        let mask: UInt64 = n == 8 ? ~0 : (1 &<< (8 &* UInt64(n))) &- 1
        let w =
            UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)) & mask
            | 0x2020_2020_2020_2020 & mask
        let iz = zeroBytes(w ^ 0x6969_6969_6969_6969)
        let own = zeroBytes(w ^ 0x7979_7979_7979_7979) == 0 && iz & (iz &>> 8) == 0
        return (WordTable<Bool>.hashFinish(WordTable<Bool>.hashStep(WordTable<Bool>.hashStart, w), count: n), own)
    }

    /// ``asciiWordDigest(_:_:_:)`` of a word of more than eight bytes or near the end of `bytes`, in a loop.
    @inline(never)
    private static func asciiLongWordDigest(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
    ) -> (hash: Int, ownNameKey: Bool) {
        let n = end &- start
        var h = WordTable<Bool>.hashStart
        var own = true
        // Whether the byte before the current eight is an `i`.
        var iBefore = false
        var k = start
        while k < end {
            let m = min(8, end &- k)
            let mask: UInt64 = m == 8 ? ~0 : (1 &<< (8 &* UInt64(m))) &- 1
            var w: UInt64
            if k &+ 8 <= bytes.count, let base = bytes.baseAddress {
                w = UInt64(littleEndian: UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)) & mask
            } else {
                w = WordTable<Bool>.word(bytes, at: k, count: m)
            }
            w |= 0x2020_2020_2020_2020 & mask
            let ys = zeroBytes(w ^ 0x7979_7979_7979_7979)
            let iz = zeroBytes(w ^ 0x6969_6969_6969_6969)
            if ys != 0 || iz & (iz &>> 8) != 0 || (iBefore && iz & 0x80 != 0) { own = false }
            iBefore = (iz &>> (8 &* UInt64(m &- 1))) & 0x80 != 0
            h = WordTable<Bool>.hashStep(h, w)
            k &+= 8
        }
        return (WordTable<Bool>.hashFinish(h, count: n), own)
    }

    /// 0x80 in each byte of `v` that is zero, 0 in the others (exact: no carry crosses a byte).
    @inline(__always)
    static func zeroBytes(_ v: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((v & low) &+ low) | v | low)
    }

    /// ``NameKey/key(_:)`` of a word of ASCII letters and digits, from its bytes: lower-cased, `y` as `i`, a run
    /// of `i` one `i`. NameKey's ASCII pass drops nothing else from such a word (it keeps letters and digits), so
    /// this is also the word's ``LexiconMatcher/matchKey(kind:key:text:)`` (the key is not empty).
    static func asciiNameKey(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: raw.count) { out in
            var n = 0
            for b in raw {
                // A letter's 0x20 bit makes it lower case; a digit has it already.
                var c = b | 0x20
                if c == 0x79 { c = 0x69 }
                if c == 0x69 && n > 0 && out[n - 1] == 0x69 { continue }
                out[n] = c
                n += 1
            }
            return n
        }
    }

    /// The bytes of an ASCII word lower-cased, as a string (``asciiKey(_:)`` of a word without curly quotes, in
    /// one pass: its length is known).
    private static func lowercasedASCII(_ src: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: src.count) { out in
            for k in src.indices {
                let b = src[k]
                out[k] = isUpperByte(b) ? b | 0x20 : b
            }
            return src.count
        }
    }

    /// Appends a word or number, split before `suffix` ("Kim's" -> "Kim" "'s", "won't" -> "wo" "n't"): the
    /// word's ``contractionSuffix(_:)``, nil for a number.
    private static func append(
        _ tokens: inout [Token], text: consuming String, key k: consuming String, kind: Token.Kind,
        suffix: String?, start: Int, end: Int, attached: Bool, hyphenated: Bool, keyIsMatchKey: Bool
    ) {
        if let suffix {
            // The text's bytes copied once for both halves.
            let utf8 = Array(text.utf8)
            let suffixBytes = utf8.count - byteLength(ofLast: suffix.count, in: text, utf8: utf8)
            let head = String(decoding: utf8[0..<suffixBytes], as: UTF8.self)
            let tail = String(decoding: utf8[suffixBytes...], as: UTF8.self)
            tokens.append(
                Token(
                    text: head, key: key(head), kind: .word, start: start, end: start + suffixBytes, attached: attached,
                    hyphenated: hyphenated))
            tokens.append(
                Token(
                    text: tail, key: suffix, kind: .word, start: start + suffixBytes, end: end, attached: true,
                    hyphenated: false))
            return
        }
        guard keyIsMatchKey else {
            tokens.append(
                Token(
                    text: text, key: k, kind: kind, start: start, end: end, attached: attached, hyphenated: hyphenated))
            return
        }
        let matchKey = copy k
        tokens.append(
            Token(
                text: text, key: k, matchKey: matchKey, kind: kind, start: start, end: end, attached: attached,
                hyphenated: hyphenated))
    }

    /// Whether the key of the word whose UTF-8 bytes are `raw` is its own ``LexiconMatcher/matchKey(kind:key:text:)``,
    /// told from the bytes: ASCII letters and digits only, no `y` and no run of `i` in any case (the key is
    /// then the bytes lower-cased, and ``NameKey/key(_:)`` of the text gives the same). False leaves the match
    /// key to its definition.
    @inline(__always)
    static func isOwnNameKey(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for b in raw {
            let c = b | 0x20
            guard (0x61...0x7A).contains(c) || (0x30...0x39).contains(b), c != 0x79, !(c == 0x69 && previous == 0x69)
            else { return false }
            previous = c
        }
        return true
    }

    /// The suffix ("'s" or "n't") that ``append`` splits off a word with key `k`: the first of the two that `k`
    /// ends in (as `String.hasSuffix`, on characters) with more characters before it. Nil for most words.
    /// - Complexity: O(1) when the byte before the suffix is ASCII, as it is in almost every word; otherwise
    ///   ``contractionSuffixByCharacters(_:)``.
    static func contractionSuffix(_ k: String) -> String? {
        var k = k
        return k.withUTF8 { contractionSuffix(keyBytes: $0) } ?? contractionSuffixByCharacters(k)
    }

    /// ``contractionSuffix(_:)`` of the key whose UTF-8 bytes are `b`; nil in the rare case that the bytes alone
    /// do not tell (the caller then asks ``contractionSuffixByCharacters(_:)``).
    @inline(__always)
    private static func contractionSuffix(keyBytes b: UnsafeBufferPointer<UInt8>) -> String?? {
        // Most words end in neither "s" nor "t".
        guard let last = b.last, last == 0x73 || last == 0x74 else { return .some(nil) }
        let n = b.count
        // The suffix's bytes, and a byte before them (more characters before it). An ASCII byte before the
        // apostrophe or the "n" ends a character (no ASCII character joins the next one), and the suffix's
        // letters are characters of their own, so that the suffix is a character suffix. A non-ASCII byte there
        // (a character that might join the next) is left to the definition.
        if last == 0x73 {
            guard n >= 3, b[n - 2] == 0x27 else { return .some(nil) }
            return b[n - 3] < 0x80 ? .some("'s") : nil
        }
        guard n >= 4, b[n - 3] == 0x6E, b[n - 2] == 0x27 else { return .some(nil) }
        return b[n - 4] < 0x80 ? .some("n't") : nil
    }

    /// ``contractionSuffix(_:)`` by its definition, on characters.
    static func contractionSuffixByCharacters(_ k: String) -> String? {
        for suffix in ["'s", "n't"] where k.hasSuffix(suffix) && k.count > suffix.count { return suffix }
        return nil
    }

    /// A bare apostrophe right after a word ending in "s" ("Workers' Party") becomes a possessive token.
    private static func mergePossessiveApostrophes(_ tokens: inout [Token]) {
        // The apostrophe's hash read once: a mark with another hash is told without comparing keys.
        let apostrophe = asciiMarkHashes[0x27]
        tokens.withUnsafeMutableBufferPointer { t in
            for i in t.indices
            where t[i].kind == .punctuation && t[i].keyHash == apostrophe && t[i].key == "'" && t[i].attached && i > 0
                && t[i - 1].key.hasSuffix("s")
            {
                t[i].kind = .word
            }
        }
    }

    /// The number of bytes of the last `n` characters of `text`, whose UTF-8 is `utf8`. A text of ASCII without
    /// a carriage return (the one ASCII scalar that joins the next, a line feed) has a character per byte: it is
    /// `n` then, not counted through the characters (``byteLengthByDefinition(ofLast:in:)``).
    static func byteLength(ofLast n: Int, in text: String, utf8: [UInt8]) -> Int {
        if n <= utf8.count, utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return n }
        return byteLengthByDefinition(ofLast: n, in: text)
    }

    static func byteLengthByDefinition(ofLast n: Int, in text: String) -> Int {
        String(text.suffix(n)).utf8.count
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (Unicode.Scalar, Int) {
        let b = bytes[i]
        let width: Int
        if b < 0x80 {
            width = 1
        } else if b >> 5 == 0x6 {
            width = 2
        } else if b >> 4 == 0xE {
            width = 3
        } else if b >> 3 == 0x1E {
            width = 4
        } else {
            return ("\u{FFFD}", 1)
        }
        guard i + width <= end else { return ("\u{FFFD}", 1) }
        var value = UInt32(width == 1 ? b : b & (0xFF >> (width + 1)))
        for k in 1..<width { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    // Character classes: ASCII answered by byte tests, the rest by Foundation's sets (built once, not per call).
    static let uppercase = CharacterSet.uppercaseLetters
    static let lowercase = CharacterSet.lowercaseLetters
    static let letters = CharacterSet.letters
    static let alphanumerics = CharacterSet.alphanumerics
    static let spaces = CharacterSet.whitespacesAndNewlines

    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? isUpperByte(UInt8(s.value)) || isLowerByte(UInt8(s.value)) : letters.contains(s)
    }
    static func isUpper(_ s: Unicode.Scalar) -> Bool { s.isASCII ? isUpperByte(UInt8(s.value)) : uppercase.contains(s) }
    static func isLower(_ s: Unicode.Scalar) -> Bool { s.isASCII ? isLowerByte(UInt8(s.value)) : lowercase.contains(s) }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s == " " || (0x09...0x0D).contains(s.value) }
        return spaces.contains(s) || s == "\u{FEFF}"
    }
    private static func isHyphen(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2010}" || s == "\u{2011}" }
    private static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }
    /// Inlined for ASCII (the tokenizer asks it at every word start); other scalars ask the character set.
    @inline(__always)
    private static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let b = UInt8(s.value)
            return isUpperByte(b) || isLowerByte(b) || isDigitByte(b)
        }
        return isNonASCIILetterOrDigit(s)
    }
    @inline(never)
    private static func isNonASCIILetterOrDigit(_ s: Unicode.Scalar) -> Bool { alphanumerics.contains(s) }
    private static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
    static func isDigitByte(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }
    static func isUpperByte(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) }
    static func isLowerByte(_ b: UInt8) -> Bool { (0x61...0x7A).contains(b) }

    /// Whether the dot at `dot` continues a dotted acronym: single letters separated by dots ("U.S.", "e.g.").
    private static func isAcronymDot(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ dot: Int, _ end: Int) -> Bool
    {
        // The segment before the dot must be one letter, and so must the one after (or the word already dotted).
        let segmentStart = (start..<dot).last { bytes[$0] == 0x2E }.map { $0 + 1 } ?? start
        guard dot - segmentStart == 1, isUpperByte(bytes[segmentStart]) || isLowerByte(bytes[segmentStart]) else {
            return false
        }
        if segmentStart > start { return true }
        guard dot + 2 <= end else { return false }
        let next = bytes[dot + 1]
        guard isUpperByte(next) || isLowerByte(next) else { return false }
        return dot + 2 == end || bytes[dot + 2] == 0x2E
    }

    /// Whether the lowercase run at `i` ends a domain-like token ("news" in "Time.news").
    private static func isDomainTail(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        var j = i
        while j < end, isLowerByte(bytes[j]) { j += 1 }
        let tail = String(decoding: bytes[i..<j], as: UTF8.self)
        return ["com", "net", "org", "news", "network", "io", "co", "info", "kr", "ru", "ua", "uk", "tv", "jp"]
            .contains(tail)
    }

    private static func normalizedPunctuation(_ s: Unicode.Scalar) -> String {
        switch s {
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": "\""
        case "\u{2018}", "\u{2019}", "\u{201A}": "'"
        case "\u{2013}", "\u{2014}", "\u{2012}", "\u{2015}": "-"
        case "\u{2026}": "..."
        default: String(s)
        }
    }
}
