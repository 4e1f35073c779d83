import Foundation
import TestSupport
import Testing

@testable import RelGraphExtraction

/// Pieces that random words are built from: ASCII letters, apostrophes (straight and curly), the suffixes
/// themselves, and characters that join the next one or the one before (a Prepend letter, a combining mark, a
/// zero-width joiner, CR before LF, regional indicators), so that byte suffixes and character suffixes part.
private let wordPieces = [
    "a", "K", "s", "S", "t", "n", "N", "'", "\u{2019}", "'s", "n't", "n\u{2019}t", "o", "1", ".", "\u{0D4E}",
    "\u{0600}", "\u{0301}", "\u{200D}", "\r", "\n", "\u{1F1F0}", "é", "Σ", "\u{FEFF}", "-", " ",
]

extension TestRandom {
    /// Up to `maxPieces` random pieces joined.
    fileprivate mutating func word(_ pieces: [String], maxPieces: Int) -> String {
        (0..<below(maxPieces + 1)).map { _ in pieces[below(pieces.count)] }.joined()
    }
}

/// The tokenizer splits "'s" and "n't" off a word by a byte test of its key where the bytes decide; it must
/// give the suffix the definition gives (`hasSuffix` on characters and more characters before the suffix).
struct ContractionSuffixTests {
    @Test(arguments: [
        "kim's", "won't", "'s", "n't", "s", "t", "a's", "an't", "don't", "it's", "its", "plans", "\u{0D4E}'s",
        "a\u{0D4E}'s", "\u{0600}n't", "ab\u{0600}n't", "e\u{0301}'s", "\u{200D}'s", "x\r's", "\u{1F1F0}n't", "''s",
        "n'''t", "", "ab'st", "s's", "can't't",
    ])
    func handPickedKeysAgreeWithTheDefinition(key: String) {
        #expect(Tokenizer.contractionSuffix(key) == Tokenizer.contractionSuffixByCharacters(key), "\(key)")
    }

    /// The byte length of a word's last characters, told from its bytes when they are ASCII, is what counting
    /// the characters gives.
    @Test(arguments: 0..<4)
    func byteLengthsOfLastCharactersAgreeWithTheDefinition(seed: UInt64) {
        var rng = TestRandom(state: seed &+ 19)
        var ascii = 0
        for _ in 0..<4_000 {
            let text = rng.word(wordPieces, maxPieces: 6)
            let utf8 = Array(text.utf8)
            for n in 0...3 {
                let fast = Tokenizer.byteLength(ofLast: n, in: text, utf8: utf8)
                #expect(fast == Tokenizer.byteLengthByDefinition(ofLast: n, in: text), "\(text) \(n)")
            }
            if utf8.allSatisfy({ $0 < 0x80 }) { ascii += 1 }
        }
        #expect(ascii > 200)
    }

    @Test(arguments: 0..<8)
    func randomKeysAgreeWithTheDefinition(seed: UInt64) {
        var rng = TestRandom(state: seed &+ 7)
        var split = 0
        for _ in 0..<4_000 {
            let key = rng.word(wordPieces, maxPieces: 6)
            let expected = Tokenizer.contractionSuffixByCharacters(key)
            #expect(Tokenizer.contractionSuffix(key) == expected, "\(key.unicodeScalars.map(\.value))")
            if expected != nil { split += 1 }
        }
        #expect(split > 50)
    }
}

/// The splitter moves each sentence's tokens out of its line's array instead of copying them: the sentences of a
/// line must hold exactly the line's tokens, in order, as the tokenizer gives them.
struct SentenceTokensTests {
    @Test(arguments: 0..<4)
    func sentencesPartitionTheTokensOfEachLine(seed: UInt64) throws {
        var rng = TestRandom(state: seed &+ 31)
        let sentencePieces = [
            "Kim met Putin", ". ", "The talks ended", "! ", "? ", "Mr. Smith", " U.S. The", "won't", "Russia's",
            "\u{201C}Yes.\u{201D} ", "1.5", "10,000", "and then", " said", "\u{2014}", "É. Macron", "\n",
        ]
        var texts = Fixtures.hostileNames
        for _ in 0..<200 { texts.append(rng.word(sentencePieces, maxPieces: 30)) }
        let root = Fixtures.packageRoot.appendingPathComponent("seeds")
        for name in try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
        where name.hasSuffix(".txt") {
            texts.append(try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8))
        }
        var several = 0
        for text in texts {
            let bytes = Array(text.utf8)
            let lines = SentenceSplitter.lineRanges(bytes)
            let sentences = SentenceSplitter.split(bytes, lines: lines)
            var s = 0
            for line in lines {
                let expected = Tokenizer.tokenize(bytes, range: line)
                var got: [Token] = []
                var count = 0
                while s < sentences.count, sentences[s].start >= line.lowerBound, sentences[s].end <= line.upperBound {
                    got += sentences[s].tokens
                    s += 1
                    count += 1
                }
                #expect(got == expected, "\(text)")
                if count > 1 { several += 1 }
            }
            #expect(s == sentences.count)
            #expect(sentences.indices.allSatisfy { sentences[$0].index == $0 })
        }
        #expect(several > 20)
    }
}

/// A sentence cuts the text of a byte range out of its own UTF-8 buffer; it must give what its UTF-8 view gives
/// (the definition), for ranges inside the sentence, empty or reversed ones, ones that overrun it, and ones that
/// start or end inside a multi-byte character.
struct SentenceTextTests {
    @Test(arguments: 0..<4)
    func rangesAgreeWithTheDefinition(seed: UInt64) {
        var rng = TestRandom(state: seed &+ 57)
        var texts = Fixtures.hostileNames + ["Kim met Putin. É\u{301} 🇰🇵 “Yes” — 10,000 troops."]
        for _ in 0..<100 { texts.append(rng.word(wordPieces, maxPieces: 30)) }
        var checked = 0
        for text in texts {
            for sentence in SentenceSplitter.split(text) {
                let n = sentence.text.utf8.count
                for _ in 0..<20 {
                    let from = rng.below(n + 4) - 2
                    let to = rng.below(n + 4) - 2
                    #expect(sentence.text(bytes: from, to) == sentence.textByDefinition(bytes: from, to))
                    checked += 1
                }
                #expect(sentence.text(bytes: 0, n) == sentence.text)
            }
        }
        #expect(checked > 1_000)
    }

    /// The text of a token range is the text of its bytes, also where one token's own text stands in for it:
    /// hostile and random texts, real articles, and random bytes with ill-formed sequences (split as bytes, so
    /// that the sentence's text replaces them).
    @Test(arguments: 0..<4)
    func tokenRangesAgreeWithTheirBytes(seed: UInt64) throws {
        var rng = TestRandom(state: seed &+ 59)
        var texts = Fixtures.hostileNames + (try Fixtures.developmentArticleTexts())
        for _ in 0..<100 { texts.append(rng.word(wordPieces, maxPieces: 30)) }
        var inputs = texts.map { Array($0.utf8) }
        let pieces: [[UInt8]] = [
            [0x41, 0x20], [0x2E, 0x20], [0xC3, 0xA9], [0x80], [0xFF, 0x61], [0xE2, 0x80], [0x0A],
        ]
        for _ in 0..<200 { inputs.append((0..<rng.below(30)).flatMap { _ in pieces[rng.below(pieces.count)] }) }
        var single = 0
        for bytes in inputs {
            for sentence in SentenceSplitter.split(bytes, lines: SentenceSplitter.lineRanges(bytes)) {
                let n = sentence.tokens.count
                for _ in 0..<10 where n > 0 {
                    let a = rng.below(n)
                    let b = min(n, a + 1 + rng.below(3))
                    let first = sentence.tokens[a]
                    let last = sentence.tokens[b - 1]
                    let definition = sentence.text(bytes: first.start - sentence.start, last.end - sentence.start)
                    #expect(sentence.text(tokens: a..<b) == definition, "\(bytes)")
                    if b - a == 1 { single += 1 }
                }
            }
        }
        #expect(single > 1_000)
    }
}

/// Token texts are made by copying bytes into a string's storage (no validation pass for short ASCII); the
/// string must be the decoder's, byte for byte, for random bytes of 0 to 40 (around the 15-byte small-string
/// limit), ASCII, multi-byte characters and invalid sequences alike.
struct TokenTextTests {
    @Test(arguments: 0..<4)
    func randomBytesAgreeWithTheDecoder(seed: UInt64) {
        var rng = TestRandom(state: seed &+ 71)
        let pieces: [[UInt8]] = [
            [0x61], [0x5A], [0x27], [0x2E], [0x00], [0x7F], [0xC3, 0xA9], [0xE2, 0x80, 0x99], [0xF0, 0x9F, 0x87, 0xB0],
            [0x80], [0xC3], [0xE2, 0x80], [0xFF], [0xED, 0xA0, 0x80],
        ]
        for _ in 0..<3_000 {
            var bytes: [UInt8] = []
            for _ in 0..<rng.below(17) { bytes += pieces[rng.below(pieces.count)] }
            let made = bytes.withUnsafeBufferPointer { Tokenizer.string($0) }
            #expect(Array(made.utf8) == Array(String(decoding: bytes, as: UTF8.self).utf8), "\(bytes)")
        }
    }

    /// A word's text and key built directly as small strings are the decoder's strings of its bytes (lower-cased
    /// for the key): equal, with equal bytes, hash and order, for words of 0 to 20 bytes at any place, the end
    /// of the text included (nil there, and past 15 bytes). Non-ASCII bytes around the word stay outside it.
    @Test(arguments: 0..<4)
    func smallStringsAgreeWithTheDecoder(seed: UInt64) {
        #expect(SmallString.layoutHolds)
        var rng = TestRandom(state: seed &+ 5_151)
        let letters = Array("aAbByYzZ09mMq".utf8)
        let filler: [UInt8] = [0x20, 0x2E, 0x61, 0x5A, 0xC3, 0xA9, 0xFF, 0x00, 0xE2, 0x80, 0x99]
        var built = 0
        for _ in 0..<3_000 {
            let word = (0..<rng.below(21)).map { _ in letters[rng.below(letters.count)] }
            let before = (0..<rng.below(4)).map { _ in filler[rng.below(filler.count)] }
            let after = (0..<rng.below(18)).map { _ in filler[rng.below(filler.count)] }
            let bytes = before + word + after
            for lowercased in [false, true] {
                let expected = String(
                    decoding: lowercased ? word.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 } : word,
                    as: UTF8.self)
                let made = bytes.withUnsafeBufferPointer {
                    Tokenizer.smallASCIIString($0, before.count, before.count + word.count, lowercased: lowercased)
                }
                let fits = word.count <= 15 && before.count + (word.count <= 8 ? 8 : 16) <= bytes.count
                #expect((made != nil) == fits, "\(bytes)")
                guard let made else { continue }
                built += 1
                #expect(made == expected, "\(bytes)")
                #expect(Array(made.utf8) == Array(expected.utf8), "\(bytes)")
                #expect(made.count == expected.count && made.hashValue == expected.hashValue, "\(bytes)")
                #expect(WordTable<Bool>.hash(made) == WordTable<Bool>.hash(expected), "\(bytes)")
                #expect(!(made < expected) && !(expected < made) && made + "é" == expected + "é", "\(bytes)")
            }
        }
        #expect(built > 2_000)
    }

    /// Tokens of random bytes, invalid sequences included: each token's text is its bytes decoded, and the
    /// fields the tokenizer fills by its shortcuts (key hash, match key) are what their definitions give.
    @Test(arguments: 0..<4)
    func tokensOfRandomBytesKeepTheirDefinitions(seed: UInt64) {
        var rng = TestRandom(state: seed &+ 907)
        let pieces: [[UInt8]] = [
            [0x61], [0x59], [0x69], [0x49], [0x27], [0x2E], [0x2C], [0x2D], [0x20], [0x31], [0x28], [0x22],
            [0xC3, 0xA9], [0xC3, 0x89], [0xCE, 0xA3], [0xE2, 0x80, 0x99], [0xE2, 0x80, 0x94], [0x80], [0xC3], [0xFF],
            [0xE2, 0x80],
        ]
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<rng.below(24) { bytes += pieces[rng.below(pieces.count)] }
            for t in Tokenizer.tokenize(bytes, range: 0..<bytes.count) {
                #expect(t.text == String(decoding: bytes[t.start..<t.end], as: UTF8.self), "\(bytes)")
                #expect(t.keyHash == WordTable<Bool>.hash(t.key), "\(bytes)")
                #expect(t.matchKeyHash == WordTable<Bool>.hash(t.matchKey), "\(bytes)")
                #expect(t.matchKey == LexiconMatcher.matchKey(kind: t.kind, key: t.key, text: t.text), "\(bytes)")
                #expect(t.isCapitalized == Token.startsUpperCase(t.text), "\(bytes)")
            }
        }
    }
}

/// The tokenizer hashes a word of ASCII letters and digits and tells whether its key is its own match key eight
/// bytes at a time, loading past the word where the text goes on; it must give the key's ``WordTable`` hash and
/// the match-key test's answer, for words of any length at any place, the end of the text included.
struct AsciiWordDigestTests {
    @Test(arguments: 0..<4)
    func randomWordsAgreeWithTheDefinitions(seed: UInt64) {
        var rng = TestRandom(state: seed &+ 4_242)
        let letters = Array("aAbByYiIkKzZ09m".utf8)
        // Bytes around the word: other letters, punctuation, non-ASCII lead and continuation bytes.
        let filler: [UInt8] = [0x20, 0x2E, 0x69, 0x79, 0x49, 0xC3, 0xA9, 0xFF, 0x00]
        for _ in 0..<3_000 {
            let word = (0..<(1 + rng.below(24))).map { _ in letters[rng.below(letters.count)] }
            let before = (0..<rng.below(3)).map { _ in filler[rng.below(filler.count)] }
            let after = (0..<rng.below(10)).map { _ in filler[rng.below(filler.count)] }
            let bytes = before + word + after
            let key = String(decoding: word.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
            let digest = bytes.withUnsafeBufferPointer {
                Tokenizer.asciiWordDigest($0, before.count, before.count + word.count)
            }
            #expect(digest.hash == WordTable<Bool>.hash(key), "\(bytes)")
            // The byte test the tokenizer's other words take, and what it stands for.
            #expect(digest.ownNameKey == word.withUnsafeBufferPointer { Tokenizer.isOwnNameKey($0) }, "\(bytes)")
            if digest.ownNameKey {
                #expect(LexiconMatcher.matchKey(kind: .word, key: key, text: key) == key, "\(bytes)")
            }
        }
    }

    /// The name key of a word with a `y` or a run of `i`, made from its bytes, is the match key's definition.
    @Test(arguments: 0..<4)
    func nameKeysAgreeWithTheDefinition(seed: UInt64) {
        var rng = TestRandom(state: seed &+ 77)
        let letters = Array("yYiIiaAbZ09".utf8)
        for _ in 0..<3_000 {
            let word = (0..<(1 + rng.below(20))).map { _ in letters[rng.below(letters.count)] }
            let text = String(decoding: word, as: UTF8.self)
            let key = Tokenizer.key(text)
            let fast = word.withUnsafeBufferPointer { Tokenizer.asciiNameKey($0) }
            #expect(fast == LexiconMatcher.matchKey(kind: .word, key: key, text: text), "\(text)")
        }
    }

    @Test func hashReadsEveryByte() {
        // Keys that differ in one byte at each position of their first two words, and in length only.
        let base = Array("abcdefghijklmnop".utf8)
        var hashes = Set<Int>()
        for n in 0...base.count {
            hashes.insert(WordTable<Bool>.hash(String(decoding: base[0..<n], as: UTF8.self)))
            for k in 0..<n {
                var changed = Array(base[0..<n])
                changed[k] = 0x7A
                hashes.insert(WordTable<Bool>.hash(String(decoding: changed, as: UTF8.self)))
            }
        }
        #expect(hashes.count == 17 + 136)
    }
}
