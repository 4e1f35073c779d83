import Foundation
import RelGraph
import TestSupport
import Testing

@testable import RelGraphExtraction

/// A document's actors are gathered with one lookup per mention when the mention table files every entry under
/// its id; they must be the actors the definition gives (entry by key, actor by the entry's id), on real
/// documents and on tables that break the filing.
struct DocumentActorsTests {
    @Test func articlesAgreeWithTheDefinition() throws {
        let extractor = Extractor(lexicon: try Lexicon.builtIn())
        var actors = 0
        for doc in try DevelopmentArticles.documents() {
            let table = extractor.mentions(in: doc)
            let fast = extractor.actors(of: table)
            #expect(fast.sorted() == Extractor.actorsByDefinition(of: table), "\(doc.document.path)")
            actors += fast.count
        }
        #expect(actors > 100)
    }

    /// Entries filed under keys that are not their ids (and mentions of those keys, and a learnt alias of an
    /// id no mention names): the general path, with the same answer.
    @Test func misfiledEntriesAgreeWithTheDefinition() throws {
        let extractor = Extractor(lexicon: try Lexicon.builtIn())
        let doc = try #require(try DevelopmentArticles.documents().first)
        var table = extractor.mentions(in: doc)
        let ids = table.entries.keys.sorted()
        try #require(ids.count >= 2)
        for id in ids.prefix(2) {
            table.entries["other " + id] = table.entries[id]
        }
        for s in table.mentions.indices {
            for k in table.mentions[s].indices where k % 2 == 0 && ids.prefix(2).contains(table.mentions[s][k].actor) {
                table.mentions[s][k].actor = "other " + table.mentions[s][k].actor
            }
        }
        table.learntAliases["nobody"] = ["Nobody"]
        let fast = extractor.actors(of: table)
        #expect(fast.sorted() == Extractor.actorsByDefinition(of: table))
        #expect(fast.count > 0)
    }
}
