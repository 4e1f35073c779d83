import Foundation

/// Where bytes that should be UTF-8 are not, so a reader can warn with the file and byte offset while the
/// text is decoded with U+FFFD replacement characters.
///
/// Counts ill-formed sequences the way decoders replace them: each *maximal subpart* of an ill-formed
/// sequence is one replacement (Unicode Standard, §3.9, "U+FFFD Substitution of Maximal Subparts", and
/// Table 3-7, Well-Formed UTF-8 Byte Sequences), which is what `String(decoding:as:)` does.
struct UTF8Check: Equatable {
    /// The byte offset of the first ill-formed sequence.
    var firstOffset: Int
    /// How many replacement characters decoding inserts.
    var count: Int

    /// The ill-formed sequences of `data`, or nil when it is well-formed UTF-8.
    ///
    /// - Parameters:
    ///   - data: The raw bytes.
    ///   - decoded: `data` already decoded with replacement; when its UTF-8 equals `data`, nothing is scanned.
    /// - Returns: The first offset and count of ill-formed sequences, or nil.
    /// - Complexity: O(n) time in the byte count, O(1) extra space.
    static func scan(_ data: Data, decoded: String) -> UTF8Check? {
        var text = decoded
        let same = text.withUTF8 { utf8 in
            data.withUnsafeBytes { raw in
                guard utf8.count == raw.count else { return false }
                guard let a = utf8.baseAddress, let b = raw.baseAddress else { return true }
                return memcmp(a, b, raw.count) == 0
            }
        }
        if same { return nil }
        return data.withUnsafeBytes { scan($0) }
    }

    /// The ill-formed sequences of `bytes`, or nil when they are well-formed UTF-8.
    ///
    /// Runs of ASCII, most of an English article, are skipped eight bytes at a time (a word without a high
    /// bit); the bytes from the first one that is not ASCII are read as ``scanByDefinition(_:)`` reads them.
    static func scan(_ bytes: UnsafeRawBufferPointer) -> UTF8Check? { scan(bytes, wordAtATime: true) }

    /// ``scan(_:)`` one byte at a time: the definition.
    static func scanByDefinition(_ bytes: UnsafeRawBufferPointer) -> UTF8Check? { scan(bytes, wordAtATime: false) }

    @inline(__always)
    private static func scan(_ bytes: UnsafeRawBufferPointer, wordAtATime: Bool) -> UTF8Check? {
        var first: Int?
        var count = 0
        var i = 0
        let n = bytes.count
        while i < n {
            if wordAtATime, let base = bytes.baseAddress {
                while i + 8 <= n, base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                }
                if i >= n { break }
            }
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            var length = 0
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: (length, low) = (3, 0xA0)
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: (length, high) = (3, 0x9F)
            case 0xF0: (length, low) = (4, 0x90)
            case 0xF1...0xF3: length = 4
            case 0xF4: (length, high) = (4, 0x8F)
            default: length = 0
            }
            // `valid` counts the bytes of the sequence that are well-formed so far: its maximal subpart.
            var valid = length == 0 ? 0 : 1
            while valid < length, i + valid < n {
                let c = bytes[i + valid]
                let (lo, hi) = valid == 1 ? (low, high) : (0x80, 0xBF)
                guard c >= lo && c <= hi else { break }
                valid += 1
            }
            if length > 0 && valid == length {
                i += length
            } else {
                if first == nil { first = i }
                count += 1
                i += max(valid, 1)
            }
        }
        return first.map { UTF8Check(firstOffset: $0, count: count) }
    }
}

/// Strings made from bytes known to be well-formed UTF-8, without validating them again.
enum ValidUTF8 {
    /// Whether `b` is a continuation byte (10xxxxxx): no scalar starts there.
    @inline(__always)
    static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }

    /// Whether `range` of the well-formed UTF-8 `bytes` starts and ends at scalar boundaries, so that its bytes
    /// are well-formed UTF-8 themselves.
    @inline(__always)
    static func isWhole(_ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        (range.lowerBound == bytes.count || !isContinuation(bytes[range.lowerBound]))
            && (range.upperBound == bytes.count || !isContinuation(bytes[range.upperBound]))
    }

    /// `String(decoding: b, as: UTF8.self)` of bytes that are well-formed UTF-8: the decoder's validation pass
    /// (some five instructions a byte) is left out; only whether they are ASCII is found, as the string records
    /// it (the flag lets comparisons and counts take their fast paths, so it is not left false), unless the
    /// caller knows: `isASCII`.
    /// - Precondition: `b` is well-formed UTF-8, ASCII if `isASCII` is true.
    static func string(_ b: UnsafeBufferPointer<UInt8>, isASCII: Bool? = nil) -> String {
        assert(String(validating: b, as: UTF8.self) != nil, "bytes that are not UTF-8")
        assert(isASCII == nil || isASCII == JSONLineFastReader.isASCII(UnsafeRawBufferPointer(b)))
        if #available(macOS 26.0, iOS 26.0, tvOS 26.0, watchOS 26.0, visionOS 26.0, *) {
            let ascii = isASCII ?? JSONLineFastReader.isASCII(UnsafeRawBufferPointer(b))
            return String(copying: UTF8Span(unchecked: b.span, isKnownASCII: ascii))
        }
        return String(decoding: b, as: UTF8.self)
    }
}
