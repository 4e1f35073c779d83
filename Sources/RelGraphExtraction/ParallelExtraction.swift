import Dispatch
import RelGraph
import Synchronization

extension Extractor {
    /// Extracts `sources` on up to `jobs` threads; the graphs come back in the order of `sources`, so the result
    /// is the same for any number of jobs.
    /// - Complexity: the sum of the documents' extraction times, divided among the jobs.
    public func extract(_ sources: [SourceDocument], jobs: Int) -> [Graph] {
        start(sources, jobs: jobs).graphs()
    }

    /// Starts extracting `sources` on up to `jobs` worker threads and returns at once, so that the calling
    /// thread can go on (in `relgraph build`: reading the next batch and gathering the previous one into the
    /// corpus) while the workers run. ``PendingExtraction/graphs()`` waits for them.
    /// - Parameter canonical: whether each graph is canonicalised; `false` leaves that to a
    ///   ``CorpusAccumulator`` the graphs go into (the corpus graph is the same, the work is done once).
    /// - Complexity: the sum of the documents' extraction times, divided among the jobs.
    public func start(_ sources: [SourceDocument], jobs: Int, canonical: Bool = true) -> PendingExtraction {
        let work = Work(sources: sources, extractor: self, canonical: canonical)
        let group = DispatchGroup()
        for _ in 0..<max(1, min(jobs, sources.count)) where !sources.isEmpty {
            DispatchQueue.global().async(group: group) { work.run() }
        }
        return PendingExtraction(work: work, group: group)
    }
}

/// Documents being extracted by ``Extractor/start(_:jobs:canonical:)``.
public struct PendingExtraction: Sendable {
    fileprivate let work: Work
    fileprivate let group: DispatchGroup

    /// Waits for the workers; the graphs come back in the order of the sources, whatever the number of jobs.
    public func graphs() -> [Graph] {
        group.wait()
        return work.results.withLock { $0.compactMap { $0?.withEvidence } }
    }

    /// ``graphs()`` with the evidence records of graphs that are not canonicalised kept apart (see
    /// ``FoundGraph``), for ``CorpusAccumulator/append(taking:)-(FoundGraph)``.
    package func found() -> [FoundGraph] {
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
    let results: Mutex<[FoundGraph?]>

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
            let graph = canonical ? FoundGraph(graph: extractor.extract(sources[i])) : extractor.found(in: sources[i])
            results.withLock { $0[i] = graph }
        }
    }
}
