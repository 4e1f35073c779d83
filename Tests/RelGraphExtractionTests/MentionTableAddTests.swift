import RelGraph
import Testing

@testable import RelGraphExtraction

/// ``MentionTable/add(_:sentence:)`` inserts a mention where a stable sort of the appended list would put it
/// and reads its actor's kind in place; it must leave each sentence's list as the definition (append, set the
/// kind, sort) does: for random mentions with ties, unknown actors, and a list that was left unsorted.
struct MentionTableAddTests {
    @Test(arguments: 0..<8)
    func randomAddsAgreeWithTheDefinition(seed: UInt64) {
        var state = seed &+ 13
        func below(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
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
                actor: actors[below(actors.count)], start: start, end: start + 1 + below(3), surface: "s\(step)",
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
}
