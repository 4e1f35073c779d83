import Foundation
import Testing

@testable import RelGraphExtraction

/// Strings made from well-formed bytes without validating them again must equal the decoder's, ASCII flag and
/// all, and the splitter's strings made that way must equal those it makes by decoding.
struct ValidUTF8Tests {
    private static let texts = [
        "", "a", "Kim Jong-un met Belousov in Pyongyang.", "It’s “quoted” — and ‘so’ on…",
        "Zürich, São Paulo and Kraków. Ünter den Linden! ¿Qué? 中国 外交部 said.", "emoji 😀 here. Next one.",
        "U.S. officials said. The talks went on.\nA second line, with Seoul’s reply.\r\n\n  \tlast line é",
        String(repeating: "abcdefgh", count: 9) + "é", "1234567", "12345678", String(repeating: "x", count: 31),
        String(repeating: "y", count: 32) + "ü", "combining e\u{301} and flag 🇰🇷 marks.",
    ]

    @Test func asciiTestAgreesWithItsDefinition() {
        for n in 0..<80 {
            var bytes = [UInt8](repeating: 0x61, count: n)
            bytes.withUnsafeBytes { #expect(JSONLineFastReader.isASCII($0)) }
            for k in 0..<n {
                bytes[k] = 0xC3
                bytes.withUnsafeBytes {
                    #expect(JSONLineFastReader.isASCII($0) == JSONLineFastReader.isASCIIByDefinition($0))
                    #expect(!JSONLineFastReader.isASCII($0), "length \(n), high byte at \(k)")
                }
                bytes[k] = 0x61
            }
        }
    }

    @Test func stringsEqualTheDecoders() {
        for text in Self.texts {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { b in
                for start in 0...b.count {
                    for end in start...b.count where ValidUTF8.isWhole(start..<end, of: b) {
                        let piece = UnsafeBufferPointer(rebasing: b[start..<end])
                        let made = ValidUTF8.string(piece)
                        let decoded = String(decoding: piece, as: UTF8.self)
                        #expect(made == decoded)
                        #expect(Array(made.utf8) == Array(decoded.utf8))
                        #expect(made.utf8.allSatisfy { $0 < 0x80 } == decoded.utf8.allSatisfy { $0 < 0x80 })
                        #expect(made.count == decoded.count)
                    }
                }
            }
        }
    }

    @Test func splittingWellFormedTextEqualsSplittingByDecoding() {
        for text in Self.texts {
            let bytes = Array(text.utf8)
            var lineSets = [SentenceSplitter.lineRanges(bytes)]
            // Ranges that start or end inside a scalar: the splitter must decode those as before.
            lineSets.append((0..<bytes.count).map { $0..<min(bytes.count, $0 + 7) })
            for lines in lineSets {
                let fast = SentenceSplitter.split(bytes, lines: lines, validUTF8: true)
                let reference = SentenceSplitter.split(bytes, lines: lines, validUTF8: false)
                #expect(fast == reference, "\(text)")
                for (a, b) in zip(fast, reference) {
                    #expect(a.text.utf8.elementsEqual(b.text.utf8))
                    for t in a.tokens.indices {
                        #expect(a.text(tokens: t..<(t + 1)) == b.text(tokens: t..<(t + 1)))
                        #expect(a.text(tokens: 0..<(t + 1)) == b.text(tokens: 0..<(t + 1)))
                    }
                    let n = a.text.utf8.count
                    for from in 0...n {
                        for to in from...n {
                            #expect(a.text(bytes: from, to) == a.textByDefinition(bytes: from, to))
                        }
                    }
                }
            }
        }
    }

    /// Tokenizing a string in place, without validating its bytes, equals tokenizing a copy of its bytes that
    /// are validated (texts compared byte for byte, as well as the tokens).
    @Test func tokenizingAStringEqualsTokenizingItsValidatedBytes() {
        for text in Self.texts + ["Kim Yong-nam", "National Intelligence Service", "Time.news", "Zelenskyy’s"] {
            let bytes = Array(text.utf8)
            let fast = Tokenizer.tokenize(text)
            let reference = Tokenizer.tokenize(bytes, range: 0..<bytes.count)
            #expect(fast == reference, "\(text)")
            #expect(fast.map { Array($0.text.utf8) } == reference.map { Array($0.text.utf8) }, "\(text)")
        }
    }
}
