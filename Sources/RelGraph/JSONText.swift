/// Byte tests shared by relgraph's JSON writers and readers.
public enum JSONText {
    /// Whether any of the eight bytes of `word` is a control character (below 0x20), `"` or `\` (the classic
    /// "has a zero byte" and "has a byte less than n" bit tricks; bytes of 0x80 and above never match).
    @inlinable
    public static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let control = (word &- ones &* 0x20) & ~word
        let zeroQuote = (quote &- ones) & ~quote
        let zeroBackslash = (backslash &- ones) & ~backslash
        return (control | zeroQuote | zeroBackslash) & highs != 0
    }

    /// Whether any of the sixteen bytes of `v` is a control character (below 0x20), `"` or `\\`: ``needsEscape(_:)``
    /// for sixteen bytes at once, in vector instructions (on x86-64, SSE2's byte compares, ors and one move of the
    /// byte masks to a register: a dozen instructions where two word tests took fifty). Exact for every byte.
    @inlinable
    public static func needsEscape(_ v: SIMD16<UInt8>) -> Bool {
        let words = escapeLanes(v)
        return words[0] | words[1] != 0
    }

    /// The sixteen bytes of `v` as two words (the first eight bytes in memory in the first word), each byte 0xFF
    /// where `v` has a control character (below 0x20), `"` or `\` and 0 elsewhere: so the first byte to escape is
    /// the lowest set bit's byte. Exact for every byte.
    @inlinable
    public static func escapeLanes(_ v: SIMD16<UInt8>) -> SIMD2<UInt64> {
        // Vector against vector and the mask read as two words: the forms with a scalar operand, `replacing` and
        // `any` are generic code that goes lane by lane (or calls out), ten times the instructions.
        let hit =
            (v .< SIMD16<UInt8>(repeating: 0x20)) .| (v .== SIMD16<UInt8>(repeating: 0x22))
            .| (v .== SIMD16<UInt8>(repeating: 0x5C))
        return unsafeBitCast(hit, to: SIMD2<UInt64>.self)
    }

    /// For each of the eight bytes of `word` (the first byte in memory is the lowest on a little-endian machine),
    /// its high bit set exactly when the byte needs escaping: a control character (below 0x20), `"` or `\`.
    /// All other bits are clear.
    ///
    /// Unlike ``needsEscape(_:)``, whose subtraction lets a borrow mark bytes above a match, this is exact for every
    /// byte (a byte is zero exactly when `((x & 0x7F) + 0x7F) | x` has no high bit, and no carry crosses bytes), so
    /// the lowest set bit names the first byte to escape and the mask can be shifted along with the word.
    /// - Complexity: O(1), about twenty instructions per eight bytes.
    @inlinable
    public static func escapeMask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // Zero bytes of `control`, `quote` and `backslash` are the bytes to escape (a byte is below 0x20 exactly
        // when its three high bits are clear).
        let control = word & (ones &* 0xE0)
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let nonzero =
            (((control & low7) &+ low7) | control) & (((quote & low7) &+ low7) | quote)
            & (((backslash & low7) &+ low7) | backslash)
        return ~(nonzero | low7)
    }
}

/// A position in JSON bytes, with the small steps both of relgraph's single-pass JSON readers take (the graph-file
/// reader and the `.jsonl` article-line reader): expected bytes and literals, white space, `\u` digits, and runs
/// of plain string bytes.
@frozen
public struct JSONCursor {
    /// The whole text.
    public let bytes: UnsafeRawBufferPointer
    /// The index of the next byte to read.
    public var i = 0

    @inlinable
    public init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// Moves past `byte` if it is next; false (and no move) otherwise.
    @inlinable
    public mutating func next(is byte: UInt8) -> Bool {
        guard i < bytes.count, bytes[i] == byte else { return false }
        i += 1
        return true
    }

    /// Moves past `word` (`null`, `true`, `false`) if it is next; false (and no move) otherwise.
    @inlinable
    public mutating func literal(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        let p = word.utf8Start
        for k in 0..<n where bytes[i + k] != p[k] { return false }
        i += n
        return true
    }

    /// Moves past JSON white space (space, tab, line feed, carriage return).
    @inlinable
    public mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 {
            i += 1
        }
    }

    /// The four hex digits of a `\u` escape (either case); nil if they are not four hex digits.
    @inlinable
    public mutating func hex4() -> UInt32? {
        guard i + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let digit: UInt8
            switch b {
            case 0x30...0x39: digit = b - 0x30
            case 0x61...0x66: digit = b - 0x61 + 10
            case 0x41...0x46: digit = b - 0x41 + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            i += 1
        }
        return value
    }

    /// Moves to the first byte that is `"`, `\` or a control character (inside a string: where a plain run ends),
    /// sixteen bytes at a time, or, when there is none, to where fewer than sixteen bytes are left (the caller reads
    /// those one by one). Unlike ``skipPlainWords()``, it stops on the byte itself, so the caller's byte loop runs
    /// once per stop instead of up to eight times.
    @inlinable
    public mutating func skipPlainVectors() {
        guard let base = bytes.baseAddress else { return }
        while i + 16 <= bytes.count {
            let lanes = JSONText.escapeLanes(base.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self))
            if lanes[0] != 0 {
                i += lanes[0].trailingZeroBitCount >> 3
                return
            }
            if lanes[1] != 0 {
                i += 8 + lanes[1].trailingZeroBitCount >> 3
                return
            }
            i += 16
        }
    }

    /// Moves past whole eight-byte words with no `"`, `\` or control character in them (inside a string).
    @inlinable
    public mutating func skipPlainWords() {
        guard let base = bytes.baseAddress else { return }
        while i + 8 <= bytes.count, !JSONText.needsEscape(base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
            i += 8
        }
    }
}
