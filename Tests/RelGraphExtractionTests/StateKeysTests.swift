import Foundation
import TestSupport
import Testing

@testable import RelGraphExtraction

/// The attribute marker compares a capital after "in" with a state's name and demonyms through keys made once
/// per lexicon state; it must answer as tokenizing the entry's name and demonyms again does, for every state of
/// the built-in lexicon and the words of real and hostile texts, and fall back to the entry itself when the
/// keys were made from another entry.
struct StateKeysTests {
    @Test func cityAliasTestAgreesWithTheEntry() throws {
        let entries = try Lexicon.builtIn().entries
        let states = entries.filter { $0.kind == .state }
        let table = AttributeMarker.StateKeys.table(entries)
        var words = ["Moscow", "Russia", "Russian", "KREMLIN", "Kremlin", "US", "the", "Seoul", "Pyongyang"]
        words += Fixtures.hostileNames
        words += try Fixtures.developmentArticleTexts().prefix(3)
        let tokens = words.flatMap { Tokenizer.tokenize($0) }
        // A state with another name and demonyms than the keys filed under its id.
        let impostor = LexiconEntry(id: "russia", name: "Moscow", kind: .state, demonyms: ["Muscovite"])
        var checked = 0
        var aliases = 0
        for entry in states + [impostor] {
            for token in tokens {
                let fast = AttributeMarker.isCityAlias(token, of: entry, keys: table[entry.id])
                #expect(fast == AttributeMarker.isCityAlias(token, of: entry, keys: nil), "\(entry.id) \(token.text)")
                checked += 1
                if fast { aliases += 1 }
            }
        }
        #expect(states.count > 20 && checked > 1_000 && aliases > 100)
    }
}
