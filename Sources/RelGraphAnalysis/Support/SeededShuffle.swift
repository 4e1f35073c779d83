/// The nodes `0..<count` in a seeded random order.
///
/// Fisher–Yates with exactly the draws and swaps of the standard library's `shuffled(using:)`, so a seed gives
/// the same order as before; written for `[Int32]` because the standard generic version runs unspecialised (one
/// witness call per swap and several per draw) when the generator's type is only known to the caller in another
/// module.
///
/// - Parameters:
///   - count: Number of nodes.
///   - rng: The source of randomness.
/// - Returns: A permutation of `0..<count`.
/// - Complexity: O(count) time and space.
/// - Reference: R. Durstenfeld, "Algorithm 235: Random permutation", Commun. ACM 7(7), 1964,
///   doi:10.1145/364520.364540.
func seededShuffle(count: Int, using rng: inout some RandomNumberGenerator) -> [Int32] {
    var nodes = (0..<count).map { Int32($0) }
    nodes.withUnsafeMutableBufferPointer { nodes in
        var amount = count
        var current = 0
        while amount > 1 {
            let offset = Int(truncatingIfNeeded: below(UInt64(amount), using: &rng))
            amount -= 1
            nodes.swapAt(current, current + offset)
            current += 1
        }
    }
    return nodes
}

/// A uniform draw in `0..<bound` by Lemire's multiply-and-reject, the standard library's
/// `next(upperBound:)` for `UInt` step for step (same draws), on concrete integers.
/// Reference: D. Lemire, "Fast random integer generation in an interval", ACM TOMACS 29(1), 2019,
/// doi:10.1145/3230636.
private func below(_ bound: UInt64, using rng: inout some RandomNumberGenerator) -> UInt64 {
    var m = rng.next().multipliedFullWidth(by: bound)
    if m.low < bound {
        let threshold = (0 &- bound) % bound
        while m.low < threshold { m = rng.next().multipliedFullWidth(by: bound) }
    }
    return m.high
}
