import Foundation
import RelGraph
import RelGraphExport
import TestSupport
import Testing

/// The Cypher script read back by a lexer that follows Cypher's string-literal rules.
struct CypherExportTests {
    @Test func hostileNamesStayInsideTheirLiterals() throws {
        let g = ExportFixtures.hostileGraph()
        let script = CypherWriter().script(for: g)
        let statements = try CypherLexer.statements(script)
        let evidence = g.relations.reduce(0) { $0 + $1.evidence.count }
        // Two constraints, one MERGE per document, actor, relation and evidence: nothing split or injected.
        #expect(statements.count == 2 + g.documents.count + g.actors.count + g.relations.count + evidence)
        let literals = statements.flatMap(\.literals)
        #expect(literals.contains(ExportFixtures.hostileName))
        #expect(literals.contains(ExportFixtures.hostileQuote))
        #expect(literals.contains("o'brien {x}"))
        #expect(literals.contains("e\nf"))
        for s in statements {
            // Outside literals only relgraph's own syntax: no stray quotes, balanced brackets.
            #expect(!s.code.contains("\""))
            #expect(!s.code.contains("DETACH"))
            #expect(s.code.filter { $0 == "{" }.count == s.code.filter { $0 == "}" }.count)
            #expect(s.code.filter { $0 == "[" }.count == s.code.filter { $0 == "]" }.count)
            #expect(s.code.filter { $0 == "(" }.count == s.code.filter { $0 == ")" }.count)
        }
        #expect(statements.allSatisfy { $0.code.contains("MERGE") || $0.code.contains("CREATE CONSTRAINT") })
        // One statement per line: no literal carries a raw line break.
        #expect(script.split(separator: "\n").count == statements.count + 1)
    }

    @Test func everyActorAndRelationIsMerged() throws {
        let g = Fixtures.smallGraph()
        let statements = try CypherLexer.statements(CypherWriter().script(for: g))
        let actorIDs = statements.filter { $0.code.contains("MERGE (a:Actor") }.map { $0.literals[0] }
        #expect(actorIDs == g.actors.map(\.id))
        #expect(statements.filter { $0.code.contains("`MEET`") }.count == 2)
        #expect(statements.filter { $0.code.contains("`CO_MENTION`") }.count == 1)
    }
}
