import Foundation
import TestSupport
import Testing

/// The analysis subcommands end to end on an edge list and on a graph built from the seeds.
@Suite(.serialized) struct AnalysisCLITests {
    static let karate = Fixtures.packageRoot.appendingPathComponent("Tests/RelGraphAnalysisTests/Fixtures/karate.csv")
        .path

    struct Scored: Decodable {
        var id: String
        var name: String
        var score: Double
    }

    @Test func rankJSONIsBestFirstAndListsEveryActor() throws {
        let r = try CLI.run(["rank", Self.karate, "--by", "betweenness", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try JSONDecoder().decode([Scored].self, from: Data(r.stdout.utf8))
        #expect(rows.count == 34)
        #expect(rows.map(\.score) == rows.map(\.score).sorted(by: >))
        let top = try CLI.run(["rank", Self.karate, "--by", "pagerank", "--json", "--top", "3"])
        #expect(try JSONDecoder().decode([Scored].self, from: Data(top.stdout.utf8)).map(\.id) == ["33", "0", "32"])
    }

    @Test func communitiesJSONShape() throws {
        struct Output: Decodable {
            var modularity: Double
            var communities: [[String]]
        }
        let r = try CLI.run(["communities", Self.karate, "--json", "--seed", "3"])
        #expect(r.status == 0, "\(r.stderr)")
        let out = try JSONDecoder().decode(Output.self, from: Data(r.stdout.utf8))
        #expect(out.modularity > 0.4)
        #expect(out.communities.flatMap { $0 }.sorted() == (0..<34).map(String.init).sorted())
        let again = try CLI.run(["communities", Self.karate, "--json", "--seed", "3"])
        #expect(again.stdout == r.stdout)
    }

    @Test func pathJSONShapeAndFewestHops() throws {
        struct Hop: Decodable {
            var source, target: String
            var types: [String]
            var evidence: Int
        }
        struct Output: Decodable {
            var actors: [String]
            var cost: Double
            var hops: [Hop]
        }
        let r = try CLI.run(["path", Self.karate, "16", "26", "--json", "--fewest-hops"])
        #expect(r.status == 0, "\(r.stderr)")
        let out = try JSONDecoder().decode(Output.self, from: Data(r.stdout.utf8))
        #expect(out.actors.first == "16" && out.actors.last == "26")
        #expect(out.cost == Double(out.hops.count))
        #expect(out.hops.count == out.actors.count - 1)
    }

    @Test func neighborsOnEdgeListWithDirection() throws {
        let dir = try Fixtures.temporaryFolder()
        let file = dir + "/e.tsv"
        try "a\tb\t2\nb\tc\t1\nd\ta\t1\n".write(toFile: file, atomically: true, encoding: .utf8)
        struct Row: Decodable {
            var id, name: String
            var depth: Int
            var weight: Double
            var types: [String]
            var evidence: Int
        }
        let out = try CLI.run(["neighbors", file, "a", "--directed", "--direction", "out", "--depth", "2", "--json"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(try JSONDecoder().decode([Row].self, from: Data(out.stdout.utf8)).map(\.id) == ["b", "c"])
        let inward = try CLI.run(["neighbors", file, "a", "--directed", "--direction", "in", "--json"])
        #expect(try JSONDecoder().decode([Row].self, from: Data(inward.stdout.utf8)).map(\.id) == ["d"])
    }

    @Test func badEdgeListNamesFileAndLine() throws {
        let dir = try Fixtures.temporaryFolder()
        let file = dir + "/bad.csv"
        try "a,b,1\nb,c,lots\n".write(toFile: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["rank", file])
        #expect(r.status == 1)
        #expect(r.stderr.contains("bad.csv, line 2"))
        let polarity = try CLI.run(["rank", Self.karate, "--polarity", "cooperative"])
        #expect(polarity.status == 2)
        let unknown = try CLI.run(["path", Self.karate, "0", "nobody"])
        #expect(unknown.status == 2)
    }

    @Test func balanceAndStatsOnSignedList() throws {
        let dir = try Fixtures.temporaryFolder()
        let file = dir + "/s.csv"
        try "a,b,1\nb,c,1\na,c,-1\n".write(toFile: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["balance", file, "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"unbalanced\" : 1"))
        let stats = try CLI.run(["stats", Self.karate, "--json"])
        #expect(stats.stdout.contains("\"edges\" : 78"))
    }
}
