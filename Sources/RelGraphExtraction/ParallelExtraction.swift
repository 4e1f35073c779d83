import Dispatch
import RelGraph
import Synchronization

extension Extractor {
    /// Extracts `sources` on up to `jobs` threads; the graphs come back in the order of `sources`, so the result
    /// is the same for any number of jobs.
    /// - Complexity: the sum of the documents' extraction times, divided among the jobs.
    public func extract(_ sources: [SourceDocument], jobs: Int) -> [Graph] {
        let jobs = max(1, min(jobs, sources.count))
        guard jobs > 1 else { return sources.map(extract) }
        let next = Atomic<Int>(0)
        let results = Mutex<[Graph?]>(Array(repeating: nil, count: sources.count))
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            while true {
                let i = next.add(1, ordering: .relaxed).oldValue
                guard i < sources.count else { return }
                let graph = extract(sources[i])
                results.withLock { $0[i] = graph }
            }
        }
        return results.withLock { $0.compactMap { $0 } }
    }
}
