import RelGraph
import RelGraphAnalysis
import Testing

/// Every measure against NetworkX on the Florentine families, Krackhardt kite, Zachary karate club, a directed
/// graph with dangling nodes, a disconnected graph and seeded random weighted graphs.
struct NetworkXReferenceTests {
    @Test(arguments: Reference.names) func pageRank(name: String) throws {
        let ref = try Reference.load(name)
        let g = try Reference.graph(name, directed: ref.directed)
        let weighted = PageRank.scores(in: g, weighted: true)
        #expect(mismatches(weighted, in: g, expected: ref.pagerank, absolute: 1e-6) == [])
        let plain = PageRank.scores(in: g, weighted: false)
        #expect(mismatches(plain, in: g, expected: ref.pagerank_unweighted, absolute: 1e-6) == [])
        #expect(abs(weighted.values.reduce(0, +) - 1) < 1e-9)
    }

    @Test(arguments: Reference.names) func betweenness(name: String) throws {
        let ref = try Reference.load(name)
        let g = try Reference.graph(name, directed: ref.directed)
        var rng = SplitMix64(seed: 1)
        let hops = Betweenness.scores(in: g, weighted: false, using: &rng)
        #expect(mismatches(hops, in: g, expected: ref.betweenness, relative: 1e-9) == [])
        let strong = Betweenness.scores(in: g, weighted: true, using: &rng)
        #expect(mismatches(strong, in: g, expected: ref.betweenness_weighted, relative: 1e-9) == [])
    }

    @Test(arguments: Reference.names) func closenessAndHarmonic(name: String) throws {
        let ref = try Reference.load(name)
        let g = try Reference.graph(name, directed: ref.directed)
        #expect(
            mismatches(Closeness.scores(in: g, weighted: false), in: g, expected: ref.closeness, relative: 1e-9) == [])
        #expect(
            mismatches(Closeness.scores(in: g, weighted: true), in: g, expected: ref.closeness_weighted, relative: 1e-9)
                == [])
        #expect(
            mismatches(Harmonic.scores(in: g, weighted: false), in: g, expected: ref.harmonic, relative: 1e-9) == [])
        #expect(
            mismatches(Harmonic.scores(in: g, weighted: true), in: g, expected: ref.harmonic_weighted, relative: 1e-9)
                == [])
    }

    @Test(arguments: Reference.names) func degreeAndStrength(name: String) throws {
        let ref = try Reference.load(name)
        let g = try Reference.graph(name, directed: ref.directed)
        #expect(mismatches(Degree.scores(in: g, weighted: false), in: g, expected: ref.degree) == [])
        #expect(mismatches(Degree.scores(in: g, weighted: true), in: g, expected: ref.strength, relative: 1e-12) == [])
        if let inDegree = ref.in_degree, let outStrength = ref.out_strength {
            #expect(mismatches(Degree.scores(in: g, weighted: false, direction: .in), in: g, expected: inDegree) == [])
            #expect(
                mismatches(Degree.scores(in: g, weighted: true, direction: .out), in: g, expected: outStrength) == [])
        }
    }

    @Test(arguments: Reference.names) func eigenvector(name: String) throws {
        let ref = try Reference.load(name)
        guard let expected = ref.eigenvector else { return }
        let g = try Reference.graph(name, directed: ref.directed)
        #expect(mismatches(Eigenvector.scores(in: g, weighted: true), in: g, expected: expected, absolute: 1e-6) == [])
    }

    @Test(arguments: Reference.names) func components(name: String) throws {
        let ref = try Reference.load(name)
        let g = try Reference.graph(name, directed: ref.directed)
        func named(_ c: Components) -> [[String]] {
            c.groups.map { $0.map { g.ids[$0] }.sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
        }
        #expect(named(WeakComponents.components(of: g)) == ref.weak_components)
        if let strong = ref.strong_components {
            #expect(named(StrongComponents.components(of: g)) == strong)
        }
    }

    @Test(arguments: Reference.names) func pathCostsAreExact(name: String) throws {
        let ref = try Reference.load(name)
        let g = try Reference.graph(name, directed: ref.directed)
        for (sourceID, costs) in ref.path_costs {
            let s = try #require(g.index(of: sourceID))
            for (v, id) in g.ids.enumerated() {
                let path = StrongestPath.path(in: g, from: s, to: v)
                #expect(path?.cost == costs[id], "\(sourceID) -> \(id)")
                let hops = FewestHopsPath.path(in: g, from: s, to: v)
                #expect(hops.map { Int($0.cost) } == ref.path_hops[sourceID]?[id], "\(sourceID) -> \(id) hops")
                if let path { #expect(path.hops.count == path.nodes.count - 1 && path.nodes.last == v) }
            }
        }
    }

    @Test(arguments: Reference.names) func leidenModularityAtLeastNetworkXLouvain(name: String) throws {
        let ref = try Reference.load(name)
        guard let louvain = ref.louvain_modularity else { return }
        let g = try Reference.graph(name, directed: false)
        var rng = SplitMix64(seed: 42)
        let p = Leiden.partition(of: g, using: &rng)
        #expect(p.modularity >= louvain - 0.01, "relgraph \(p.modularity) vs NetworkX Louvain \(louvain)")
        #expect(abs(p.modularity - Modularity.value(of: p.membership, in: g)) < 1e-12)
    }
}
