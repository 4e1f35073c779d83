/// Long strings the graph writer has escaped, known by their bits, so that writing one again is a copy of its
/// escaped bytes instead of a scan.
///
/// A sentence supports several relations (in `c1.jsonl`'s graph each evidence text is written 3.4 times on
/// average), and all its evidence records hold the same `String`: equal bits, since the 16 bytes of a `String`
/// value are a short string's bytes or a long one's reference to its storage. Equal bits are an equal string,
/// so the escaped bytes recorded for those bits are the string's; the table keeps its strings, so that storage
/// it knows by address is not freed and reused by another string. A miss only means a scan.
///
/// Direct-mapped (one entry per slot), 16,384 slots; empty slots hold the empty string, whose escaped form is
/// empty too.
/// - Complexity: O(1) per lookup; O(n) to record a string of n escaped bytes.
struct EscapedStrings {
    /// Per slot: the bits, the string, and its escaped bytes without quotes (empty: the string needs no escaping,
    /// its own bytes are the escaped ones).
    private var entries: [(bits: (UInt64, UInt64), string: String, escaped: [UInt8])]

    init() {
        entries = Array(repeating: (Self.bits(of: "") ?? (0, 0), "", []), count: 1 << 14)
    }

    /// The 16 bytes of a `String` value; nil where a `String` has another size.
    @inline(__always)
    private static func bits(of s: String) -> (UInt64, UInt64)? {
        guard MemoryLayout<String>.size == 16 else { return nil }
        return withUnsafeBytes(of: s) { ($0.load(as: UInt64.self), $0.load(fromByteOffset: 8, as: UInt64.self)) }
    }

    @inline(__always)
    private static func slot(_ bits: (UInt64, UInt64)) -> Int {
        Int(truncatingIfNeeded: KeyHash.mixed(bits.0 ^ (bits.1 &* 0x9E37_79B9_7F4A_7C15))) & (1 << 14 - 1)
    }

    /// The escaped bytes of `s` if known (empty when `s` needs no escaping); nil when unknown.
    func escaped(_ s: String) -> [UInt8]? {
        guard let bits = Self.bits(of: s) else { return nil }
        let slot = Self.slot(bits)
        return entries[slot].bits == bits ? entries[slot].escaped : nil
    }

    /// Records the escaped bytes of `s` (empty when it needs no escaping).
    mutating func record(_ s: String, escaped: [UInt8]) {
        guard let bits = Self.bits(of: s) else { return }
        entries[Self.slot(bits)] = (bits, s, escaped)
    }
}
