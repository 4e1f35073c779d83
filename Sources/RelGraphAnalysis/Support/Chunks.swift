import Dispatch
import Synchronization

/// Runs work over `0..<count` in a fixed number of contiguous chunks on all cores and returns the chunks'
/// results in chunk order. The chunking depends only on `count`, never on the number of cores, so callers that
/// combine the results in order get the same answer on every machine.
enum Chunks {
    static let defaultChunkCount = 32

    static func map<T: Sendable>(
        count: Int, chunks: Int = defaultChunkCount, _ body: @Sendable (Range<Int>) -> T
    ) -> [T] {
        let k = max(1, min(chunks, count))
        let results = Mutex<[T?]>([T?](repeating: nil, count: k))
        DispatchQueue.concurrentPerform(iterations: k) { c in
            let range = (count * c / k)..<(count * (c + 1) / k)
            let value = body(range)
            results.withLock { $0[c] = value }
        }
        return results.withLock { $0.compactMap { $0 } }
    }
}
