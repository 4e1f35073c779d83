import Testing

@testable import RelGraphAnalysis

/// The node orders Leiden visits must not change with the faster shuffle: same permutation and same generator
/// state afterwards as the standard library's `shuffled(using:)`.
struct SeededShuffleTests {
    @Test(arguments: [0, 1, 2, 3, 10, 1000, 4097], [0, 1, 42, 0xDEAD_BEEF] as [UInt64])
    func sameOrderAsStandardShuffle(count: Int, seed: UInt64) {
        var ours = SplitMix64(seed: seed)
        var standard = SplitMix64(seed: seed)
        let order = seededShuffle(count: count, using: &ours)
        let expected = (0..<count).map { Int32($0) }.shuffled(using: &standard)
        #expect(order == expected)
        #expect(ours.next() == standard.next())
    }
}
