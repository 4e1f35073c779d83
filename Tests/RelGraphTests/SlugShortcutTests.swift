import TestSupport
import Testing

@testable import RelGraph

/// ``NameKey/slug(_:)`` takes a byte pass for ASCII names; it must give what the definition (Foundation's
/// folding, then the ASCII letters and digits) gives: for every ASCII character alone and between letters, for
/// random ASCII names, and (through the definition itself) for names that are not ASCII.
struct SlugShortcutTests {
    @Test func everyASCIICharacterAgreesWithTheDefinition() {
        for v in UInt8(0)..<0x80 {
            let c = String(UnicodeScalar(v))
            for name in [c, "a" + c + "b", c + "Kim" + c, c + c, "Kim" + c + c + "Jong" + c + "un"] {
                #expect(NameKey.slug(name) == NameKey.slugByDefinition(name), "\(Array(name.utf8))")
            }
        }
    }

    @Test(arguments: 0..<4)
    func randomNamesAgreeWithTheDefinition(seed: UInt64) {
        var random = TestRandom(state: seed &+ 5)
        func below(_ n: Int) -> Int { random.below(n) }
        let pieces = [
            "Kim", " ", "Jong", "-", "un", "'", "\u{2019}", "s", "O", "Y", "9", "\t", ".", "(", ")", "\"", "\0",
            "\u{7F}", "É", "e\u{301}", "ß", "Σ", "ﬁ", "🇰🇵", "Ｋ",
        ]
        for _ in 0..<2_000 {
            let name = (0..<below(10)).map { _ in pieces[below(pieces.count)] }.joined()
            #expect(NameKey.slug(name) == NameKey.slugByDefinition(name), "\(name)")
        }
    }
}
