import RelGraph
import TestSupport
import Testing

@testable import RelGraphExtraction

/// The entry table must answer as the `[String: LexiconEntry]` it replaces, through growth, replacement and
/// in-place updates, with ids that share hashes' low bits, long ids and non-ASCII ids; positions stay put.
struct EntryTableTests {
    /// Even seeds file ASCII ids only (the table's own path throughout); odd seeds add non-ASCII ids, among them
    /// canonically equal spellings ("é" and "e" with a combining acute, "K" and the Kelvin sign).
    @Test(arguments: 0..<4)
    func agreesWithADictionary(seed: UInt64) {
        var rng = TestRandom(state: seed &+ 4_242)
        var ids = (0..<300).map { "actor-\($0)" } + ["", "kim-jong-un", String(repeating: "x", count: 200), "Kim"]
        if seed % 2 == 1 { ids += ["é", "e\u{301}", "\u{212A}im"] }
        let kinds: [ActorKind] = [.person, .state, .organization, .media, .militaryUnit, .place]
        var table = EntryTable()
        var reference: [String: LexiconEntry] = [:]
        var positions: [String: Int] = [:]
        for step in 0..<3_000 {
            let id = ids[rng.below(ids.count)]
            switch rng.below(3) {
            case 0:
                let entry = LexiconEntry(id: id, name: "n\(step)", kind: kinds[rng.below(kinds.count)])
                table[id] = entry
                reference[id] = entry
            case 1:
                if let p = table.index(forKey: id) {
                    table.values[p].affiliation = "s\(step)"
                    reference[id]?.affiliation = "s\(step)"
                }
            default:
                #expect(table[id] == reference[id], "\(id)")
            }
            if let p = table.index(forKey: id) {
                #expect(table.keys[p] == id)
                if let known = positions[id] { #expect(known == p, "a position moved") }
                positions[id] = p
            }
        }
        #expect(table.count == reference.count)
        for (id, entry) in reference { #expect(table[id] == entry) }
        #expect(table.index(forKey: "never filed") == nil)
        // Equal as a dictionary is: the same entries filed in another order.
        var shuffled = EntryTable()
        for id in reference.keys.sorted(by: >) { shuffled[id] = reference[id] }
        #expect(shuffled == table)
        shuffled["one more"] = LexiconEntry(id: "one more", name: "x", kind: .person)
        #expect(shuffled != table)
    }
}
