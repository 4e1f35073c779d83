import Foundation
import TestSupport
import Testing

@testable import RelGraphExtraction

/// Hashes read from a small string's own words must be the hashes of its UTF-8 bytes, for strings of every
/// length around the 15-byte limit, ASCII or not, stored small or (the same bytes) in a heap buffer.
struct SmallStringTests {
    /// Random strings of ASCII letters, hyphens, digits and multi-byte characters, 0 to 20 bytes.
    private func randomStrings(seed: UInt64) -> [String] {
        var rng = TestRandom(state: seed &+ 31_337)
        let pieces = ["a", "K", "-", "z", "0", "9", "é", "\u{212A}", "ü", "\u{1F1F0}", "\u{0301}", "y", "\u{7F}"]
        var strings: [String] = []
        for _ in 0..<3_000 {
            var s = ""
            while s.utf8.count < rng.below(21) { s += pieces[rng.below(pieces.count)] }
            strings.append(s)
            // The same bytes in a heap buffer: a string with room for more is not stored small.
            var large = String()
            large.reserveCapacity(64)
            large += s
            strings.append(large)
        }
        return strings
    }

    @Test(arguments: 0..<4)
    func wordHashesAgreeWithTheBytes(seed: UInt64) {
        #expect(SmallString.layoutHolds)
        var small = 0
        var large = 0
        for s in randomStrings(seed: seed) {
            let bytes = Array(s.utf8)
            let expected = bytes.withUnsafeBufferPointer { WordTable<Bool>.hash(bytes: $0) }
            #expect(WordTable<Bool>.hash(s) == expected, "\(bytes)")
            #expect(EntryTable.asciiHash(s) == EntryTable.asciiHashByDefinition(s), "\(bytes)")
            #expect((EntryTable.asciiHash(s) == nil) == bytes.contains { $0 >= 0x80 }, "\(bytes)")
            if let w = SmallString.words(of: s) {
                small += 1
                #expect(w.count == bytes.count && w.isASCII == bytes.allSatisfy { $0 < 0x80 }, "\(bytes)")
                var read = (w.0, w.1)
                let copied = withUnsafeBytes(of: &read) { Array($0.prefix(w.count)) }
                #expect(copied == bytes, "\(bytes)")
                #expect(withUnsafeBytes(of: &read) { $0.dropFirst(w.count).allSatisfy { $0 == 0 } }, "\(bytes)")
            } else {
                large += 1
            }
        }
        #expect(small > 1_000 && large > 1_000)
    }
}
