import Foundation
import RelGraph
import RelGraphExport
import TestSupport
import Testing

/// CSV exports read back through an RFC 4180 parser.
struct CSVExportTests {
    @Test(arguments: CSVDialect.allCases)
    func everyActorRelationAndEvidenceSurvivesARoundTrip(dialect: CSVDialect) throws {
        let g = ExportFixtures.hostileGraph()
        let tables = CSVWriter(dialect: dialect).tables(for: g)
        let nodes = try RFC4180.parse(tables.nodes)
        let edges = try RFC4180.parse(tables.edges)
        let evidence = try RFC4180.parse(tables.evidence)
        for table in [nodes, edges, evidence] {
            let width = try #require(table.first).count
            #expect(table.allSatisfy { $0.count == width })
        }
        #expect(nodes.count == g.actors.count + 1)
        #expect(edges.count == g.relations.count + 1)
        #expect(evidence.count == g.relations.reduce(0) { $0 + $1.evidence.count } + 1)

        let nh = nodes[0]
        let name = try #require(nh.firstIndex(of: "name"))
        let aliases = try #require(nh.firstIndex { $0.hasPrefix("aliases") })
        for (row, actor) in zip(nodes.dropFirst(), g.actors) {
            #expect(row[0] == actor.id)
            #expect(row[name] == actor.name)
            #expect(
                row[aliases].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
                    == (actor.aliases.isEmpty ? [""] : actor.aliases))
        }
        let eh = evidence[0]
        let text = try #require(eh.firstIndex(of: "text"))
        let quotes = evidence.dropFirst().map { $0[text] }
        // The BEL in the hostile quote is one of the characters XML 1.0 cannot carry: U+FFFD, as in GraphML/GEXF.
        let expected = g.relations.flatMap { $0.evidence.map(\.text) }.map {
            $0.replacingOccurrences(of: "\u{07}", with: "\u{FFFD}")
        }
        #expect(quotes.sorted() == expected.sorted())
    }

    @Test func neo4jAdminHeadersAreThoseTheImporterReads() throws {
        let tables = CSVWriter(dialect: .neo4jAdmin).tables(for: Fixtures.smallGraph())
        let nodes = try RFC4180.parse(tables.nodes)
        let edges = try RFC4180.parse(tables.edges)
        #expect(nodes[0].first == "id:ID")
        #expect(nodes[0].last == ":LABEL")
        #expect(nodes[0].contains("mentions:int"))
        #expect(nodes[0].contains("aliases:string[]"))
        #expect(Array(edges[0].prefix(3)) == [":START_ID", ":END_ID", ":TYPE"])
        #expect(edges[0].contains("weight:double"))
        #expect(edges[0].contains("evidence:int"))
        let labels = nodes.dropFirst().map { $0[$0.count - 1] }
        #expect(labels.contains("Actor;Person"))
        #expect(labels.contains("Actor;MilitaryUnit"))
        let types = Set(edges.dropFirst().map { $0[2] })
        #expect(types == ["MEET", "FIGHT", "ATTEND", "CO_MENTION"])
        // Every relationship's ends are node ids.
        let ids = Set(nodes.dropFirst().map { $0[0] })
        #expect(edges.dropFirst().allSatisfy { ids.contains($0[0]) && ids.contains($0[1]) })
    }

    @Test func plainHeadersNameEveryColumn() throws {
        let tables = CSVWriter().tables(for: Fixtures.smallGraph())
        let edges = try RFC4180.parse(tables.edges)
        #expect(Array(edges[0].prefix(4)) == ["id", "source", "target", "type"])
        #expect(edges[0].contains("top_quote"))
        #expect(edges[0].allSatisfy { !$0.contains(":") })
        #expect(tables.nodes.hasSuffix("\r\n"))
    }

    @Test func destinationsAreAFolderOrAPrefix() throws {
        let files = try Exporter(format: .csv).files(for: Fixtures.smallGraph())
        #expect(
            Exporter.destinations(of: files, output: "out/", isFolder: false)
                == ["out/nodes.csv", "out/edges.csv", "out/evidence.csv"])
        #expect(
            Exporter.destinations(of: files, output: "out", isFolder: true)
                == ["out/nodes.csv", "out/edges.csv", "out/evidence.csv"])
        #expect(
            Exporter.destinations(of: files, output: "out/seeds", isFolder: false)
                == ["out/seeds.nodes.csv", "out/seeds.edges.csv", "out/seeds.evidence.csv"])
        let one = try Exporter(format: .gexf).files(for: Fixtures.smallGraph())
        #expect(Exporter.destinations(of: one, output: "g.gexf", isFolder: false) == ["g.gexf"])
    }
}
