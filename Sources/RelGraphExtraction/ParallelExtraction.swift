import Dispatch
import RelGraph
import Synchronization

extension Extractor {
    /// Extracts `sources` on up to `jobs` threads; the graphs come back in the order of `sources`, so the result
    /// is the same for any number of jobs.
    /// - Complexity: the sum of the documents' extraction times, divided among the jobs.
    public func extract(_ sources: [SourceDocument], jobs: Int) -> [Graph] {
        extract(sources, jobs: jobs, meanwhile: {})
    }

    /// Extracts `sources` on `jobs` worker threads while the calling thread runs `meanwhile` (in `relgraph
    /// build`: gathering the previous batch into the corpus), so that serial work overlaps with extraction.
    /// The graphs come back in the order of `sources`, whatever the number of jobs.
    /// - Parameter canonical: whether each graph is canonicalised; `false` leaves that to a
    ///   ``CorpusAccumulator`` the graphs go into (the corpus graph is the same, the work is done once).
    /// - Complexity: the sum of the documents' extraction times, divided among the jobs.
    public func extract(
        _ sources: [SourceDocument], jobs: Int, canonical: Bool = true, meanwhile: () -> Void
    ) -> [Graph] {
        let jobs = max(1, min(jobs, sources.count))
        if sources.isEmpty {
            meanwhile()
            return []
        }
        let work = Work(sources: sources, extractor: self, canonical: canonical)
        let group = DispatchGroup()
        for _ in 0..<jobs { DispatchQueue.global().async(group: group) { work.run() } }
        meanwhile()
        group.wait()
        return work.results.withLock { $0.compactMap { $0 } }
    }
}

/// Documents shared by the worker threads of one batch: each worker takes the next index until none is left.
private final class Work: Sendable {
    let sources: [SourceDocument]
    let extractor: Extractor
    let canonical: Bool
    let next = Atomic<Int>(0)
    let results: Mutex<[Graph?]>

    init(sources: [SourceDocument], extractor: Extractor, canonical: Bool) {
        self.sources = sources
        self.extractor = extractor
        self.canonical = canonical
        results = Mutex(Array(repeating: nil, count: sources.count))
    }

    func run() {
        while true {
            let i = next.add(1, ordering: .relaxed).oldValue
            guard i < sources.count else { return }
            let graph = canonical ? extractor.extract(sources[i]) : extractor.records(of: sources[i])
            results.withLock { $0[i] = graph }
        }
    }
}
