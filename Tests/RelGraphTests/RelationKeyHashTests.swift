import TestSupport
import Testing

@testable import RelGraph

/// ``RelationKey`` hashes its ends and direction only (not the type and polarity): equal keys must still hash
/// alike, and a set of keys must hold exactly the distinct keys (`==` tells apart what the hash does not). Its
/// order compares field by field; it must be the tuple order it replaces.
struct RelationKeyHashTests {
    @Test(arguments: 0..<4)
    func setsOfKeysHoldTheDistinctKeys(seed: UInt64) {
        var random = TestRandom(state: seed &+ 11)
        func below(_ n: Int) -> Int { random.below(n) }
        let ends = ["a", "b", "kim-jong-un", "\u{E9}", "e\u{301}", "", String(repeating: "x", count: 40)]
        let types = RelationType.allCases
        let polarities = Polarity.allCases
        var keys: [RelationKey] = []
        for _ in 0..<2_000 {
            keys.append(
                RelationKey(
                    source: ends[below(ends.count)], target: ends[below(ends.count)], type: types[below(types.count)],
                    directed: below(2) == 0, polarity: polarities[below(polarities.count)]))
        }
        for (a, b) in zip(keys, keys.shuffled()) where a == b {
            #expect(a.hashValue == b.hashValue)
        }
        var distinct: [RelationKey] = []
        for k in keys.sorted() where distinct.last.map({ !($0 == k) }) ?? true { distinct.append(k) }
        #expect(Set(keys).count == distinct.count)
        #expect(distinct.count > 100)
        for (a, b) in zip(keys, keys.shuffled()) {
            #expect((a < b) == RelationKey.precedesByDefinition(a, b), "\(a) \(b)")
            #expect((b < a) == RelationKey.precedesByDefinition(b, a))
            #expect(!(a < a))
        }
    }
}
