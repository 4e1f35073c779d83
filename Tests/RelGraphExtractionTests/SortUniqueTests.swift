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

/// Emptying a per-sentence list by removing its last element until none is left must leave what
/// `removeAll(keepingCapacity: true)` leaves: an empty array with the same storage capacity.
struct RemoveAllKeepingStorageTests {
    @Test(arguments: [0, 1, 2, 3, 7, 40])
    func emptiesAsRemoveAllDoes(count: Int) {
        let strings = (0..<count).map { "id-\($0)-" + String(repeating: "é", count: $0 % 5) }
        // Two arrays with storage of their own, of the same capacity.
        var fast = strings
        fast.reserveCapacity(count + 3)
        var reference = strings
        reference.reserveCapacity(count + 3)
        #expect(fast.capacity == reference.capacity)
        fast.removeAllKeepingStorage()
        reference.removeAll(keepingCapacity: true)
        #expect(fast.isEmpty && reference.isEmpty)
        #expect(fast.capacity == reference.capacity)
        var pairs = strings.map { ($0, $0) }
        pairs.removeAllKeepingStorage()
        #expect(pairs.isEmpty)
    }
}
