/// The standard library's small-string form, read and written directly where extraction makes or hashes a
/// short string at every token or mention.
///
/// On 64-bit little-endian platforms a `String` is two words. A string of at most 15 UTF-8 bytes (most words and
/// ids) is stored in them: bytes 0–7 in the first word, bytes 8–14 in the second, whose top byte holds the form
/// (0xE0 small ASCII, 0xA0 small other) plus the byte count; the bytes past the count are zero. So a small
/// string's bytes, zero-padded to two words, are read without the `withUTF8` copy and closure, and a short
/// ASCII word is made without `String(unsafeUninitializedCapacity:)`'s pass over its storage. The layout is
/// checked once against strings the decoder makes (``layoutHolds``); where it does not hold, callers take the
/// general paths.
enum SmallString {
    /// Whether strings are laid out as described above (checked on samples of 0 to 15 bytes, ASCII and not).
    static let layoutHolds: Bool = {
        #if (arch(x86_64) || arch(arm64)) && _endian(little)
            guard MemoryLayout<String>.size == 16 else { return false }
            for sample in ["", "Ab", "abcdefgh", "Abcdefghi", "abcdefghijklmn5", "é", "kim-jong-ün"] {
                let utf8 = Array(sample.utf8)
                let made = String(decoding: utf8, as: UTF8.self)
                let ascii = utf8.allSatisfy { $0 < 0x80 }
                var expected: (UInt64, UInt64) = (0, UInt64((ascii ? 0xE0 : 0xA0) | utf8.count) &<< 56)
                withUnsafeMutableBytes(of: &expected) { w in
                    for (k, b) in utf8.enumerated() { w[k] = b }
                }
                guard unsafeBitCast(made, to: (UInt64, UInt64).self) == expected else { return false }
                guard let read = words(of: made), read.0 == expected.0, read.count == utf8.count,
                    read.isASCII == ascii, read.1 == expected.1 & 0x00FF_FFFF_FFFF_FFFF
                else { return false }
                if ascii, make(expected.0, expected.1 & 0x00FF_FFFF_FFFF_FFFF, count: utf8.count) != sample {
                    return false
                }
            }
            // A string too long to be small is not read as one.
            return words(of: String(repeating: "a", count: 16)) == nil
        #else
            return false
        #endif
    }()

    /// The string of `count` (at most 15) ASCII bytes given as two little-endian words, zero above the bytes.
    /// - Precondition: ``layoutHolds``; the bytes are ASCII.
    @inline(__always)
    static func make(_ first: UInt64, _ second: UInt64, count: Int) -> String {
        unsafeBitCast((first, second | UInt64(0xE0 | count) &<< 56), to: String.self)
    }

    /// A small string's bytes as two little-endian words (zero above the bytes, the form byte cleared), its byte
    /// count and whether it is ASCII; nil for a string stored otherwise. The caller checks ``layoutHolds``.
    @inline(__always)
    static func words(of s: String) -> (UInt64, UInt64, count: Int, isASCII: Bool)? {
        let (first, second) = unsafeBitCast(s, to: (UInt64, UInt64).self)
        let form = second &>> 56
        // Bit 0x20 of the form byte is set for small strings only; 0x40 marks ASCII among them.
        guard form & 0x20 != 0 else { return nil }
        return (first, second & 0x00FF_FFFF_FFFF_FFFF, Int(form & 0x0F), form & 0x40 != 0)
    }
}
