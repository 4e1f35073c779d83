import Foundation
import TestSupport
import Testing

@testable import RelGraph

/// ``NameKey/key(_:)`` and ``NameKey/plain(_:)`` take a byte pass for ASCII names; they must give what their
/// definitions (Foundation's folding, then the ASCII letters and digits, then `y` as `i` and runs of `i` as one)
/// give: for every ASCII character alone and between letters, for random names of ASCII and hostile pieces
/// (non-ASCII letters, combining marks, emoji, quotes, backslashes, control characters, the empty name), and for
/// the words and lines of the seed and development articles.
struct NameKeyShortcutTests {
    static func expectAgreement(_ name: String) {
        #expect(NameKey.key(name) == NameKey.keyByDefinition(name), "\(Array(name.utf8))")
        #expect(NameKey.plain(name) == NameKey.plainByDefinition(name), "\(Array(name.utf8))")
    }

    @Test func everyASCIICharacterAgreesWithTheDefinition() {
        Self.expectAgreement("")
        for v in UInt8(0)..<0x80 {
            let c = String(UnicodeScalar(v))
            for name in [c, "a" + c + "b", c + "Kim" + c, c + c, "Yi" + c + "iy" + c + "I", "KIM" + c + "JONG-UN"] {
                Self.expectAgreement(name)
            }
        }
    }

    @Test(arguments: 0..<4)
    func randomNamesAgreeWithTheDefinition(seed: UInt64) {
        var random = TestRandom(state: seed &+ 9)
        let pieces = [
            "Kim", " ", "Jong", "-", "un", "'", "\u{2019}", "y", "Y", "i", "I", "yi", "ii", "O", "9", "\t", ".", "\"",
            "\\", "\0", "\n", "\u{7F}", "É", "e\u{301}", "ï", "ÿ", "ß", "Σ", "ﬁ", "🇰🇵", "😀", "Ｋ", "北", "Zelenskyy",
            "abcdefghijklmnop",
        ]
        for _ in 0..<3_000 {
            let name = (0..<random.below(12)).map { _ in pieces[random.below(pieces.count)] }.joined()
            Self.expectAgreement(name)
        }
    }

    @Test func articleWordsAndLinesAgreeWithTheDefinition() throws {
        var count = 0
        for text in try Fixtures.developmentArticleTexts() {
            for line in text.split(separator: "\n").prefix(40) {
                Self.expectAgreement(String(line))
                for word in line.split(separator: " ") {
                    Self.expectAgreement(String(word))
                    count += 1
                }
            }
        }
        #expect(count > 1000)
    }

    /// A string that is not contiguous UTF-8 (bridged from UTF-16) takes a copy and must give the same key.
    @Test func stringsOfOtherStorageAgree() {
        for name in ["Kim Jong-un", "Zelenskyy", "Yuriy", "Éric", ""] {
            let other = NSString(string: name).appending("") as String
            #expect(NameKey.key(other) == NameKey.key(name))
            #expect(NameKey.plain(other) == NameKey.plain(name))
            Self.expectAgreement(other)
        }
    }
}
