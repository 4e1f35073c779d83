import RelGraph
import TestSupport
import Testing

@testable import RelGraphExtraction

/// ``MentionTable/add(_:sentence:)`` inserts a mention where a stable sort of the appended list would put it
/// and reads its actor's kind in place; it must leave each sentence's list as the definition (append, set the
/// kind, sort) does: for random mentions with ties, unknown actors, and a list that was left unsorted.
struct MentionTableAddTests {
    @Test(arguments: 0..<8)
    func randomAddsAgreeWithTheDefinition(seed: UInt64) {
        var random = TestRandom(state: seed &+ 13)
        func below(_ n: Int) -> Int { random.below(n) }
        var fast = MentionTable(sentences: SentenceSplitter.split("Kim met Putin. Lavrov met Choe.\nShoigu spoke."))
        #expect(fast.sentences.count == 3)
        for (id, kind) in [("kim", ActorKind.person), ("russia", .state), ("kcna", .media)] {
            fast.entries[id] = LexiconEntry(id: id, name: id.capitalized, kind: kind)
        }
        var slow = fast
        let actors = ["kim", "russia", "kcna", "nobody"]
        let sources: [Mention.Source] = [.lexicon, .demonym, .discovered, .role, .pronoun]
        for step in 0..<300 {
            let s = below(3)
            let start = below(6)
            let m = Mention(
                actor: actors[below(actors.count)], start: start, end: start + 1 + below(3),
                source: sources[below(sources.count)])
            fast.add(m, sentence: s)
            slow.addByDefinition(m, sentence: s)
            #expect(fast.mentions == slow.mentions)
            // Now and then a pass leaves a list out of order (the definition sorts it again).
            if step % 50 == 49 {
                fast.mentions[s].reverse()
                slow.mentions[s].reverse()
            }
        }
        #expect(fast.mentions.joined().count == 300)
    }

    /// The lexicon pass files a mention's entry and adds the mention with one lookup; the table must end as
    /// filing the entry when none is there and then adding (the definition) leaves it.
    @Test(arguments: 0..<4)
    func filingAddsAgreeWithTheDefinition(seed: UInt64) {
        var random = TestRandom(state: seed &+ 29)
        func below(_ n: Int) -> Int { random.below(n) }
        let lexicon = [
            "kim": LexiconEntry(id: "kim", name: "Kim", kind: .person),
            "russia": LexiconEntry(id: "russia", name: "Russia", kind: .state),
            "kursk": LexiconEntry(id: "kursk", name: "Kursk", kind: .place),
        ]
        var fast = MentionTable(sentences: SentenceSplitter.split("Kim met Putin in Kursk. Russia spoke."))
        fast.entries["kim"] = LexiconEntry(id: "kim", name: "Kim Jong-un", kind: .organization)
        var slow = fast
        let actors = ["kim", "russia", "kursk", "nobody"]
        for _ in 0..<200 {
            let s = below(2)
            let start = below(6)
            let m = Mention(
                actor: actors[below(actors.count)], start: start, end: start + 1 + below(2),
                source: .lexicon)
            fast.add(m, sentence: s, filing: { lexicon[$0] })
            if slow.entries.index(forKey: m.actor) == nil, let e = lexicon[m.actor] { slow.entries[m.actor] = e }
            slow.addByDefinition(m, sentence: s)
            #expect(fast.mentions == slow.mentions)
            #expect(fast.entries == slow.entries)
        }
    }
}
