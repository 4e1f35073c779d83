import Foundation
import TestSupport
import Testing

@testable import RelGraphExtraction

/// The word table must answer exactly as the standard `Dictionary`/`Set` it replaces in the hot lookups.
struct WordTableTests {
    /// Random keys of 0 to 40 bytes (ASCII, accented, CJK, emoji; many sharing prefixes) and probes half of
    /// which are absent.
    private func words(_ count: Int, seed: UInt64) -> [String] {
        // A linear congruential sequence (Knuth's MMIX constants): the same keys on every run.
        var state = seed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let alphabet: [String] = ["a", "b", "i", "y", "k", "m", "-", "'", "é", "ü", "김", "😀", "0", "9", " "]
        return (0..<count).map { _ in
            let length = Int(next() % 41)
            return (0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }.joined()
        }
    }

    @Test(arguments: [0, 1, 7, 8, 9, 100, 3_000])
    func answersLikeDictionary(count: Int) {
        let keys = words(count, seed: UInt64(count) + 1)
        let pairs = keys.enumerated().map { ($0.element, $0.offset) }
        let table = WordTable(pairs)
        let reference = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
        #expect(table.count == reference.count)
        for probe in keys + words(count, seed: 99) + ["", "a", "kim"] {
            #expect(table[probe] == reference[probe], "\(probe)")
        }
        // Keys in first-given order, each once.
        var seen = Set<String>()
        #expect(table.keys == keys.filter { seen.insert($0).inserted })
    }

    @Test func firstValueWinsAndDictionaryInitKeepsAllPairs() {
        let table = WordTable([("kim", 1), ("kim", 2), ("putin", 3)])
        #expect(table["kim"] == 1)
        #expect(table["putin"] == 3)
        #expect(table["Kim"] == nil)
        let fromDictionary = WordTable(["a": "x", "b": "y"])
        #expect(fromDictionary["a"] == "x" && fromDictionary["b"] == "y" && fromDictionary.count == 2)
    }

    @Test func wordSetMatchesSet() {
        let keys = words(500, seed: 7)
        let set = WordSet(keys)
        let reference = Set(keys)
        #expect(set.count == reference.count)
        for probe in keys + words(500, seed: 8) { #expect(set.contains(probe) == reference.contains(probe)) }
        let union = set.union(["zzz", keys[0]])
        #expect(union.count == reference.union(["zzz"]).count)
        #expect(union.contains("zzz") && !set.contains("zzz"))
        let literal: WordSet = ["he", "she", "he"]
        #expect(literal.count == 2 && literal.contains("she") && !literal.contains("it"))
    }

    /// A token is looked up with the hash of its key computed by the tokenizer; the answer must be the key's,
    /// for every token of the seeds, the dev articles and hostile strings, in the vocabulary sets the rules
    /// ask, and after a token's key is changed.
    @Test func tokenLookupsAgreeWithKeyLookups() throws {
        let root = Fixtures.packageRoot
        var texts = Fixtures.hostileNames + ["Said TOLD Kim's, and — “while” Monday's President-elect"]
        for folder in ["seeds", "eval/dev/articles"] {
            let url = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
            where name.hasSuffix(".txt") {
                texts.append(try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8))
            }
        }
        let sets = [
            Vocabulary.clauseBreakers, Vocabulary.coordinators, Vocabulary.nonNameWords, Vocabulary.speechVerbs,
            Vocabulary.calendarWords, Vocabulary.koreanSurnames, Vocabulary.personTitles,
        ]
        var found = 0
        for text in texts {
            for var t in Tokenizer.tokenize(text) {
                for set in sets {
                    #expect(set.contains(t) == set.contains(t.key), "\(t.key)")
                    if set.contains(t) { found += 1 }
                }
                t.key = t.key == "said" ? "while" : "said"
                #expect(Vocabulary.speechVerbs.contains(t) == Vocabulary.speechVerbs.contains(t.key))
            }
        }
        #expect(found > 1_000)
    }

    /// Equal strings in different normal forms are different keys here (token keys are folded first); the
    /// table must never claim a match for bytes it was not given.
    @Test func comparesBytesNotOnlyHashes() {
        let table = WordTable([("ab", 1), ("ba", 2), ("abc", 3)])
        #expect(table["ab"] == 1 && table["ba"] == 2 && table["abc"] == 3)
        #expect(table["a"] == nil && table["abcd"] == nil && table["cba"] == nil)
    }
}

/// The byte hash reads whole words and the last part-word as the last eight bytes shifted down; it must be the
/// definition's hash (words padded with zeros) and tell ASCII as the bytes do, for 0 to 40 bytes, ASCII or not.
struct WordHashShortcutTests {
    @Test(arguments: 0..<4)
    func wordHashesAgreeWithTheDefinition(seed: UInt64) {
        var rng = TestRandom(state: seed &+ 6_007)
        let pieces: [UInt8] = [0x61, 0x2D, 0x7A, 0x30, 0x00, 0x7F, 0x80, 0xC3, 0xA9, 0xFF]
        for _ in 0..<3_000 {
            // Mostly ASCII, so that both answers of the ASCII test occur at every length.
            let ascii = rng.below(2) == 0
            let bytes = (0..<rng.below(41)).map { _ in ascii ? pieces[rng.below(6)] : pieces[rng.below(pieces.count)] }
            bytes.withUnsafeBufferPointer { b in
                var isASCII = false
                let h = WordTable<Bool>.hash(bytes: b, ascii: &isASCII)
                #expect(h == WordTable<Bool>.hashByDefinition(bytes: b), "\(bytes)")
                #expect(isASCII == b.allSatisfy { $0 < 0x80 }, "\(bytes)")
            }
        }
    }
}
