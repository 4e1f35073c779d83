import Foundation
import RelGraph
import RelGraphAnalysis
import Testing

/// Graphs whose answers can be worked out by hand, and invariants every measure must keep.
struct HandCheckedTests {
    static func graph(_ lines: String, directed: Bool = false) throws -> AnalysisGraph {
        try Projection(directed: directed).apply(to: EdgeList.parse(Data(lines.utf8), path: "test.csv"))
    }

    static let path5 = "a,b\nb,c\nc,d\nd,e\n"
    static let star = "hub,a\nhub,b\nhub,c\nhub,d\n"
    static let k5 = "a,b\na,c\na,d\na,e\nb,c\nb,d\nb,e\nc,d\nc,e\nd,e\n"

    @Test func pathBetweennessAndCloseness() throws {
        let g = try Self.graph(Self.path5)
        var rng = SplitMix64(seed: 0)
        // b lies on a–c, a–d, a–e: 3 of the (4·3)/2 = 6 pairs not involving b.
        #expect(Betweenness.scores(in: g, weighted: false, using: &rng).values == [0, 0.5, 4.0 / 6, 0.5, 0])
        // c: distances 2,1,1,2 → 4/6.
        #expect(Closeness.scores(in: g, weighted: false).values[2] == 4.0 / 6)
        #expect(FewestHopsPath.path(in: g, from: 0, to: 4)?.nodes == [0, 1, 2, 3, 4])
    }

    @Test func starHubCarriesEveryPath() throws {
        let g = try Self.graph(Self.star)
        var rng = SplitMix64(seed: 0)
        let b = Betweenness.scores(in: g, weighted: false, using: &rng)
        #expect(b.values == [1, 0, 0, 0, 0])
        #expect(Degree.scores(in: g, weighted: false).values == [4, 1, 1, 1, 1])
        #expect(Harmonic.scores(in: g, weighted: false).values == [4, 2.5, 2.5, 2.5, 2.5])
    }

    @Test func completeGraphIsUniform() throws {
        let g = try Self.graph(Self.k5)
        var rng = SplitMix64(seed: 0)
        #expect(Betweenness.scores(in: g, weighted: false, using: &rng).values.allSatisfy { $0 == 0 })
        #expect(PageRank.scores(in: g, weighted: true).values.allSatisfy { abs($0 - 0.2) < 1e-12 })
        #expect(Closeness.scores(in: g, weighted: false).values.allSatisfy { $0 == 1 })
        let p = Leiden.partition(of: g, using: &rng)
        #expect(p.communities.count == 1)
    }

    @Test func strongestPathPrefersHeavyTies() throws {
        // a–d direct but weak (cost 1); a–b–c–d strong (cost 3 × 1/10 = 0.3).
        let g = try Self.graph("a,d,1\na,b,10\nb,c,10\nc,d,10\n")
        let p = try #require(StrongestPath.path(in: g, from: 0, to: g.index(of: "d") ?? -1))
        #expect(p.nodes.map { g.ids[$0] } == ["a", "b", "c", "d"])
        #expect(abs(p.cost - 0.3) < 1e-15)
        #expect(FewestHopsPath.path(in: g, from: 0, to: 1)?.cost == 1)
    }

    @Test func sampledBetweennessWithAllPivotsIsExact() throws {
        let g = try Reference.graph("karate", directed: false)
        var rng = SplitMix64(seed: 3)
        let exact = Betweenness.scores(in: g, weighted: true, using: &rng)
        let all = Betweenness.scores(in: g, weighted: true, samples: g.nodeCount, using: &rng)
        #expect(exact == all)
        var r1 = SplitMix64(seed: 9)
        var r2 = SplitMix64(seed: 9)
        let s1 = Betweenness.scores(in: g, weighted: true, samples: 10, using: &r1)
        let s2 = Betweenness.scores(in: g, weighted: true, samples: 10, using: &r2)
        #expect(s1 == s2)
        #expect(s1 != exact)
    }

    @Test(arguments: ["karate", "random_undirected", "random_directed"])
    func scoresUnchangedUnderRelabelling(name: String) throws {
        let text = try String(contentsOf: Reference.folder.appendingPathComponent(name + ".csv"), encoding: .utf8)
        let directed = name.hasSuffix("directed") && !name.hasSuffix("undirected")
        let g = try Self.graph(text, directed: directed)
        // Reverse the line order and rename every node: node indices change, scores per name must not.
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.hasPrefix("source") }
        let renamed = lines.reversed().map { line -> String in
            let f = line.split(separator: ",")
            return "x\(f[0]),x\(f[1]),\(f[2])"
        }.joined(separator: "\n")
        let h = try Self.graph(renamed, directed: directed)
        var rng = SplitMix64(seed: 1)
        let measures: [(AnalysisGraph) -> NodeScores] = [
            { PageRank.scores(in: $0, weighted: true) },
            { Betweenness.scores(in: $0, weighted: true, using: &rng) },
            { Closeness.scores(in: $0, weighted: true) },
            { Harmonic.scores(in: $0, weighted: false) },
        ]
        for measure in measures {
            let a = measure(g)
            let b = measure(h)
            for (v, id) in g.ids.enumerated() {
                let w = try #require(h.index(of: "x" + id))
                #expect(abs(a.values[v] - b.values[w]) <= 1e-9 * max(1, abs(a.values[v])), "\(a.measure) \(id)")
            }
        }
    }

    @Test(arguments: Reference.names)
    func leidenCommunitiesAreConnectedAndBeatSingletons(name: String) throws {
        let g = try Reference.graph(name, directed: false)
        var rng = SplitMix64(seed: 5)
        let p = Leiden.partition(of: g, using: &rng)
        for community in p.communities {
            let members = Set(community)
            var seen: Set<Int> = [community[0]]
            var queue = [community[0]]
            while let v = queue.popLast() {
                for w in g.neighbors(of: v).map(Int.init) where members.contains(w) && !seen.contains(w) {
                    seen.insert(w)
                    queue.append(w)
                }
            }
            #expect(seen == members, "community \(community) of \(name) is not connected")
        }
        let singletons = Modularity.value(of: Array(0..<g.nodeCount), in: g)
        #expect(p.modularity >= singletons)
        var again = SplitMix64(seed: 5)
        #expect(Leiden.partition(of: g, using: &again) == p)
    }

    @Test func triadBalanceCountsAndNames() throws {
        // a+b, b+c, a−c: one unbalanced triangle; c−d, b−d, ... a+b, b−d, a−d: balanced (two negatives).
        let list = try EdgeList.parse(Data("a,b,1\nb,c,1\na,c,-1\nb,d,-1\na,d,-1\n".utf8), path: "s.csv")
        let census = TriadBalance.census(of: SignedGraph(list))
        #expect(census.balanced == 1)
        #expect(census.unbalanced == 1)
        #expect(census.unbalancedTriads.map { $0.nodes.map { list.names[$0] } } == [["a", "b", "c"]])
        #expect(census.byNegatives == [0, 1, 1, 0])
    }

    @Test func edgeListErrorsNameTheLine() throws {
        #expect(
            throws: GraphError.malformedEdgeList(path: "e.csv", line: 3, reason: "the weight 'heavy' is not a number")
        ) {
            try EdgeList.parse(Data("# c\na,b,1\nb,c,heavy\n".utf8), path: "e.csv")
        }
        #expect(throws: GraphError.malformedEdgeList(path: "e.csv", line: 1, reason: "expected 2 to 4 fields, found 1"))
        {
            try EdgeList.parse(Data("lonely\n".utf8), path: "e.csv")
        }
        #expect(throws: AnalysisError.nonPositiveWeight(path: "e.csv", line: 2, weight: 0)) {
            try Projection().apply(to: EdgeList.parse(Data("a,b,1\nb,c,0\n".utf8), path: "e.csv"))
        }
        let tsv = try EdgeList.parse(Data("source\ttarget\tweight\n\"Kim, J\"\tPutin\t2.5\n".utf8), path: "t.tsv")
        #expect(tsv.names == ["Kim, J", "Putin"])
        #expect(tsv.edges.map(\.weight) == [2.5])
    }
}
