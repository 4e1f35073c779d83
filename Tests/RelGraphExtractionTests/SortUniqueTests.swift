import TestSupport
import Testing

@testable import RelGraphExtraction

/// A sentence's actor ids are sorted and deduplicated in place; the result must be the definition's (sort, then
/// keep each id that differs from the one before it), byte for byte, for random lists with repeats and with
/// ids that are equal as strings but not as bytes (composed and decomposed e-acute).
struct SortUniqueTests {
    @Test(arguments: 0..<8)
    func randomListsAgreeWithTheDefinition(seed: UInt64) {
        var random = TestRandom(state: seed &+ 23)
        func below(_ n: Int) -> Int { random.below(n) }
        let pool = ["kim-jong-un", "russia", "a", "", "\u{E9}", "e\u{301}", "tass", "z", "kcna", "\u{E9}t\u{E9}"]
        for _ in 0..<500 {
            let ids = (0..<below(12)).map { _ in pool[below(pool.count)] }
            var fast = ids
            Extractor.sortUnique(&fast)
            let slow = Extractor.sortUniqueByDefinition(ids)
            #expect(fast.map { Array($0.utf8) } == slow.map { Array($0.utf8) }, "\(ids)")
        }
    }
}
