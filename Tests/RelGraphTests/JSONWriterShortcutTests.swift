import Foundation
import TestSupport
import Testing

@testable import RelGraph

/// The graph writer's shortcuts held to their definitions: the word-at-a-time string escaper to the byte-by-byte
/// rules, the exact escape mask to a per-byte test, and the evidence record written from literals to the
/// key-by-key object writer. Inputs are random and hostile (quotes, backslashes, every control character,
/// non-ASCII text, U+FFFD where invalid UTF-8 was replaced, every length around the eight-byte word) and the
/// text of the seed and development articles.
struct JSONWriterShortcutTests {
    static let pieces: [String] =
        (0..<32).map { String(UnicodeScalar(UInt8($0))) } + [
            "\"", "\\", "/", "\u{7F}", "é", "e\u{301}", "\u{2028}", "\u{FFFD}", "😀", "北朝鮮", "a", "b", "ab",
            "abcdefgh", " ", "\\u0000", "\"\\\"",
        ]

    static func randomText(_ random: inout TestRandom, maxPieces: Int = 40) -> String {
        (0..<random.below(maxPieces + 1)).map { _ in pieces[random.below(pieces.count)] }.joined()
    }

    /// The text of the seed and development articles, line by line and whole.
    static func articleTexts() throws -> [String] {
        var texts: [String] = []
        for text in try Fixtures.developmentArticleTexts() {
            texts.append(text)
            texts += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        return texts
    }

    static func escaped(_ s: String, byDefinition: Bool) -> [UInt8] {
        var out = ByteBuffer(capacity: 16)
        out.append(0x7B)
        // Several times, and a copy in other storage, into one buffer.
        let copy = String(decoding: Array(s.utf8), as: UTF8.self)
        for t in [s, s, copy, s] {
            if byDefinition {
                GraphFileRecords.stringByDefinition(t, &out)
            } else {
                GraphFileRecords.string(t, &out)
            }
        }
        out.append(0x7D)
        return out.bytes
    }

    @Test(arguments: 0..<8)
    func escaperEqualsTheByteRulesOnRandomHostileText(seed: UInt64) {
        var random = TestRandom(state: seed &+ 101)
        // Also all into one buffer each, strings coming back at random.
        var fast = ByteBuffer(capacity: 16)
        var slow = ByteBuffer(capacity: 16)
        var written: [String] = []
        for _ in 0..<2000 {
            let s = Self.randomText(&random)
            #expect(Self.escaped(s, byDefinition: false) == Self.escaped(s, byDefinition: true), "\(Array(s.utf8))")
            written.append(s)
            for t in [s, written[random.below(written.count)]] {
                GraphFileRecords.string(t, &fast)
                GraphFileRecords.stringByDefinition(t, &slow)
            }
        }
        #expect(fast.bytes == slow.bytes)
    }

    @Test func escaperEqualsTheByteRulesOnEveryByteAtEveryPositionAndLength() {
        for length in 0..<40 {
            for position in 0..<max(length, 1) {
                for value in [0, 1, 0x08, 0x09, 0x0A, 0x0C, 0x0D, 0x1F, 0x20, 0x22, 0x2F, 0x5C, 0x7F] {
                    var bytes = [UInt8](repeating: 0x61, count: length)
                    if length > 0 { bytes[position] = UInt8(value) }
                    let s = String(decoding: bytes, as: UTF8.self)
                    #expect(Self.escaped(s, byDefinition: false) == Self.escaped(s, byDefinition: true))
                }
            }
        }
        // Invalid UTF-8, replaced by U+FFFD when the string is made.
        let invalid = String(decoding: [0x61, 0xFF, 0x22, 0xC3, 0x5C, 0xE2, 0x82, 0x0A], as: UTF8.self)
        #expect(Self.escaped(invalid, byDefinition: false) == Self.escaped(invalid, byDefinition: true))
    }

    @Test func escaperEqualsTheByteRulesOnArticleText() throws {
        for s in try Self.articleTexts() {
            #expect(Self.escaped(s, byDefinition: false) == Self.escaped(s, byDefinition: true))
        }
    }

    @Test(arguments: 0..<4)
    func escapeMaskMarksExactlyTheBytesThatNeedEscaping(seed: UInt64) {
        var random = TestRandom(state: seed &+ 7)
        let interesting: [UInt64] = [
            0x00, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xFF,
        ]
        for _ in 0..<20_000 {
            var word: UInt64 = 0
            var expected: UInt64 = 0
            for k in 0..<8 {
                let b = random.below(2) == 0 ? interesting[random.below(interesting.count)] : UInt64(random.below(256))
                word |= b << UInt64(8 * k)
                if b < 0x20 || b == 0x22 || b == 0x5C { expected |= 0x80 << UInt64(8 * k) }
            }
            #expect(JSONText.escapeMask(word) == expected, "\(String(word, radix: 16))")
            #expect(JSONText.needsEscape(word) == (expected != 0))
        }
    }

    /// The sixteen-byte vector test against a test of each byte, on random vectors whose bytes are mostly the
    /// interesting ones (the three to escape, their neighbours, the high bytes).
    @Test(arguments: 0..<4)
    func vectorTestFindsExactlyTheVectorsThatNeedEscaping(seed: UInt64) {
        var random = TestRandom(state: seed &+ 11)
        let interesting: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xFF]
        var found = 0
        for _ in 0..<20_000 {
            var v = SIMD16<UInt8>(repeating: 0x61)
            // Few bytes changed, so that vectors without a byte to escape come up too.
            for _ in 0..<random.below(4) {
                let b = random.below(2) == 0 ? interesting[random.below(interesting.count)] : UInt8(random.below(256))
                v[random.below(16)] = b
            }
            let expected = (0..<16).contains { v[$0] < 0x20 || v[$0] == 0x22 || v[$0] == 0x5C }
            if expected { found += 1 }
            #expect(JSONText.needsEscape(v) == expected, "\(v)")
        }
        #expect(found > 1000 && found < 19_000)
    }

    /// The evidence record at its file indentation (written from literals) against the object writer.
    @Test(arguments: 0..<4)
    func evidenceLiteralsEqualTheObjectWriter(seed: UInt64) throws {
        var random = TestRandom(state: seed &+ 3)
        var texts = try Self.articleTexts().filter { $0.utf8.count < 2000 }
        texts += (0..<200).map { _ in Self.randomText(&random) }
        for _ in 0..<500 {
            let e = Evidence(
                document: Self.randomText(&random, maxPieces: 4),
                sentence: random.below(3) == 0
                    ? -random.below(5)
                    : random.below(2_000_000_000), start: random.below(1_000_000), end: random.below(100_000_000),
                text: texts[random.below(texts.count)], modality: Modality.allCases[random.below(4)],
                cue: Self.randomText(&random, maxPieces: 3),
                attribution: random.below(2) == 0 ? nil : Self.randomText(&random, maxPieces: 3))
            var fast = ByteBuffer(capacity: 16)
            GraphFileRecords.write(e, indent: 8, to: &fast)
            var slow = ByteBuffer(capacity: 16)
            GraphFileRecords.writeByDefinition(e, indent: 8, to: &slow)
            #expect(fast.bytes == slow.bytes)
        }
    }
}
