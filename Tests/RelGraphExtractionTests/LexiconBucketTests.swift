import TestSupport
import Testing

@testable import RelGraphExtraction

/// A bucket of lexicon forms built by the one-form shortcuts (a form of one key, or of more) must be the bucket
/// the definition builds: the same singles in the same order, and the same longer forms under the same second
/// keys, for lists of one to four forms of one to three keys (ASCII and not).
struct LexiconBucketTests {
    private func describe(_ forms: [LexiconMatcher.Form]) -> [String] {
        forms.map { "\($0.keys) \($0.entry) \($0.isDemonym) \($0.capitals)" }
    }

    @Test(arguments: 0..<4)
    func shortcutBucketsAgreeWithTheDefinition(seed: UInt64) {
        var rng = TestRandom(state: seed &+ 8_128)
        let words = ["kim", "jong", "un", "korea", "é", "seoul", "korean", "north", "ünal"]
        var shortcuts = 0
        var longShortcuts = 0
        for _ in 0..<2_000 {
            let first = words[rng.below(words.count)]
            let list = (0..<(1 + rng.below(4))).map { _ in
                let rest = (0..<rng.below(3)).map { _ in words[rng.below(words.count)] }
                let keys = [first] + rest
                return LexiconMatcher.Form(
                    keys: keys, entry: rng.below(5), isDemonym: rng.below(2) == 0,
                    capitals: keys.map { _ in rng.below(2) == 0 })
            }
            let fast = LexiconMatcher.bucket(of: list)
            let reference = LexiconMatcher.bucketByDefinition(of: list)
            #expect(describe(fast.singles) == describe(reference.singles), "\(describe(list))")
            #expect(Set(fast.byNext.keys) == Set(reference.byNext.keys), "\(describe(list))")
            for key in words {
                #expect(
                    fast.byNext[key].map(describe) == reference.byNext[key].map(describe), "\(describe(list)) \(key)")
            }
            if list.count == 1 && list[0].keys.count == 1 { shortcuts += 1 }
            if list.count == 1 && list[0].keys.count > 1 { longShortcuts += 1 }
        }
        #expect(shortcuts > 100)
        #expect(longShortcuts > 100)
    }
}
