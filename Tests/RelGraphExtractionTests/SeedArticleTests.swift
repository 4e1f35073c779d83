import Foundation
import RelGraph
import RelGraphExtraction
import TestSupport
import Testing

/// Whole-article checks on the two seed articles, with the shipped lexicon extended by the test lexicon.
struct SeedArticleTests {
    private func graph(_ stem: String) throws -> Graph {
        let lexicon = try Lexicon.builtIn().merged(with: FieldLexicon.lexicon())
        let path = Fixtures.seedsFolder + "/\(stem).txt"
        let doc = try #require(try ArticleReader.read(path: path).first)
        return Extractor(lexicon: lexicon).extract(doc)
    }

    @Test func victoryDayArticle() throws {
        let g = try graph("000_0c7cf2caf094d825")
        let attend = g.relations("kim-jong-un", "russia").filter { $0.type == .attend }
        #expect(!attend.isEmpty && attend.allSatisfy { $0.isNegatedOnly && $0.source == "kim-jong-un" })
        let meet = try #require(g.relations("kim-jong-un", "vladimir-putin").first { $0.type == .meet })
        #expect(meet.modality == .speculative)
        #expect(g.relations("yury-ushakov", "north-korea").contains { $0.type == .statement })
        #expect(g.relations("vladimir-putin", "russia").isEmpty)
        #expect(g.actor(id: "lim-eul-chul")?.discovered == true || g.actor(id: "lim-eul-chul") != nil)
        // Boilerplate ("Leave a Reply", the UUID) makes no actor.
        #expect(!g.actors.contains { $0.name.contains("Reply") })
    }

    @Test func belousovVisitArticle() throws {
        let g = try graph("001_17f4524a09b3c3a0")
        #expect(g.relations("andrei-belousov", "kim-jong-un").contains { $0.type == .meet && !$0.directed })
        let invite = try #require(g.relations("andrei-belousov", "north-korea").first { $0.type == .invite })
        #expect(invite.directed && invite.source == "andrei-belousov")
        let fight = try #require(g.relations("storm-corps", "ukraine").first { $0.type == .fight })
        #expect(fight.source == "storm-corps" && fight.polarity == .conflictual)
        #expect(
            g.relations("kim-jong-un", "vladimir-putin").contains { $0.type == .meet && $0.modality == .speculative })
        for outlet in ["tass", "kcna"] {
            let reports = g.relations.filter { $0.source == outlet && $0.type == .report }
            #expect(Set(reports.map(\.target)).isSuperset(of: ["kim-jong-un", "andrei-belousov"]))
        }
        let meetByTASS = g.relations("andrei-belousov", "kim-jong-un").flatMap(\.evidence).filter {
            $0.attribution == "tass"
        }
        #expect(meetByTASS.allSatisfy { $0.modality == .reported } && !meetByTASS.isEmpty)
        #expect(g.actor(id: "jane-smith")?.discovered == true)
        #expect(g.actor(id: "national-intelligence-service") != nil)
    }

    @Test func extractionIsDeterministic() throws {
        let a = try GraphFile.encode(graph("001_17f4524a09b3c3a0"))
        let b = try GraphFile.encode(graph("001_17f4524a09b3c3a0"))
        #expect(a == b)
    }

    @Test func aUserLexiconEntryChangesTheGraph() throws {
        let text = "Envoy Marek Tollan met the Zorvian Directorate in Pyongyang.\n"
        let doc = SourceDocument(document: Document(id: "u", path: "u.txt", title: "", sha256: ""), text: text)
        let before = try FieldLexicon.extractor().extract(doc)
        #expect(before.actor(id: "zorvia") == nil)
        let user = try Lexicon.parse(
            """
            actors:
              - {id: zorvia, name: Zorvia, kind: state, aliases: [Zorvian Directorate]}
              - {id: marek-tollan, name: Marek Tollan, kind: person, aliases: [Tollan], affiliation: zorvia}
            """, path: "user.yaml")
        let after = Extractor(lexicon: try FieldLexicon.lexicon().merged(with: user)).extract(doc)
        #expect(after.actor(id: "zorvia")?.discovered == false)
        #expect(after.relations("marek-tollan", "zorvia").isEmpty)
        let folder = try Fixtures.temporaryFolder()
        try "actors:\n  - {id: zorvia, name: Zorvia, kind: state, aliases: [Zorvian Directorate]}\n"
            .write(toFile: folder + "/mine.yaml", atomically: true, encoding: .utf8)
        let loaded = try FieldLexicon.lexicon().merged(with: Lexicon.load(path: folder + "/mine.yaml"))
        #expect(Extractor(lexicon: loaded).extract(doc).relations("zorvia", "north-korea").isEmpty)
        #expect(Extractor(lexicon: loaded).extract(doc).actor(id: "zorvia") != nil)
    }

    @Test func aUserCueLexiconAddsACue() throws {
        let doc = SourceDocument(
            document: Document(id: "c", path: "c.txt", title: "", sha256: ""), text: "Putin feted Kim Jong Un.\n")
        let plain = try FieldLexicon.extractor().extract(doc)
        #expect(plain.relations("vladimir-putin", "kim-jong-un").isEmpty)
        let cues = try CueLexicon.builtIn().merged(
            with: CueLexicon.parse("cues:\n  - {type: praise, words: [feted]}\n", path: "cues.yaml"))
        let g = Extractor(lexicon: try FieldLexicon.lexicon(), cues: cues).extract(doc)
        #expect(g.relations("vladimir-putin", "kim-jong-un").first?.type == .praise)
    }
}
