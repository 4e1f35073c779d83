/// A small seeded generator for the tests that hold a shortcut to its definition on random inputs: Knuth's MMIX
/// linear congruential generator, each draw taken from the high bits. Every failing case is reproducible from
/// its seed.
public struct TestRandom: Sendable {
    public var state: UInt64

    public init(state: UInt64) { self.state = state }

    /// A number in `0..<n` (`n` > 0).
    public mutating func below(_ n: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(n))
    }
}
