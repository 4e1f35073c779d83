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
}
