/// Numbers distinct keys 0, 1, 2, … in the order they are first seen: the corpus accumulator's interning of
/// actor ids, document ids, alias names and relation keys, so that gathering, grouping and sorting compare
/// integers instead of strings.
///
/// An open-addressing hash table with linear probing (Knuth, TAOCP vol. 3, §6.4, algorithm L) over a power-of-two
/// number of slots, at most half full. The caller gives each key's hash: strings are hashed eight UTF-8 bytes at
/// a time with a multiply-xorshift mix (``KeyHash/utf8(_:)``) instead of `Hasher`'s SipHash-1-3, which cost a
/// `String`-keyed `Dictionary` most of its lookup. Each entry keeps its full hash, so a probe compares keys only
/// when the hashes agree. Keys need only `==`: a hash may leave out fields (a relation key's type), as long as
/// equal keys hash alike.
///
/// - Complexity: O(1) expected probes per lookup (plus hashing, O(n) for a string of n bytes); O(1) amortised
///   growth.
struct Numbering<Key: Equatable> {
    /// The keys, by number.
    private(set) var keys: [Key] = []
    /// The hash of each key, by number.
    private var hashes: [UInt64] = []
    /// Per slot: the number of the key there plus one, or 0 when the slot is empty.
    private var slots: [Int32] = Array(repeating: 0, count: 16)

    /// The number of distinct keys.
    var count: Int { keys.count }

    /// The number of `key` (whose hash is `hash`), numbering it if it is new; `isNew` says which.
    @inline(__always)
    mutating func number(_ key: Key, hash: UInt64) -> (number: Int32, isNew: Bool) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let k = Int(slots[slot])
            if k == 0 { break }
            if hashes[k - 1] == hash && keys[k - 1] == key { return (Int32(k - 1), false) }
            slot = (slot + 1) & mask
        }
        let n = Int32(keys.count)
        keys.append(key)
        hashes.append(hash)
        slots[slot] = n + 1
        if 2 * keys.count > slots.count { grow() }
        return (n, true)
    }

    /// The number of `key` (whose hash is `hash`), if it has one.
    func find(_ key: Key, hash: UInt64) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let k = Int(slots[slot])
            if k == 0 { return nil }
            if hashes[k - 1] == hash && keys[k - 1] == key { return Int32(k - 1) }
            slot = (slot + 1) & mask
        }
    }

    /// Doubles the slots and files every key again.
    private mutating func grow() {
        var newSlots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = newSlots.count - 1
        for k in hashes.indices {
            var slot = Int(truncatingIfNeeded: hashes[k]) & mask
            while newSlots[slot] != 0 { slot = (slot + 1) & mask }
            newSlots[slot] = Int32(k + 1)
        }
        slots = newSlots
    }
}

extension Numbering: Sendable where Key: Sendable {}

extension Numbering where Key == String {
    /// The number of `s`, numbering it if it is new.
    @inline(__always)
    mutating func number(_ s: String) -> Int32 { number(s, hash: KeyHash.utf8(s)).number }

    /// The number of `s`, if it has one.
    func find(_ s: String) -> Int32? { find(s, hash: KeyHash.utf8(s)) }

    /// The numbers in string order: `rank[k]` is the position of string `k` among all the strings.
    /// - Complexity: O(n log n) string comparisons for n strings.
    func ranks() -> [Int32] {
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        var rank = [Int32](repeating: 0, count: keys.count)
        for (position, k) in order.enumerated() { rank[k] = Int32(position) }
        return rank
    }
}

/// The hashes ``Numbering`` is given: fast, not keyed (the tables hold a corpus's own strings).
enum KeyHash {
    /// A 64-bit hash of the UTF-8 bytes of `s`: each eight-byte word is mixed in by xor and a multiplication by an
    /// odd constant, the length seeds it, and a final xorshift-multiply (SplitMix64's finaliser) spreads the high bits
    /// into the low ones, which pick the slot.
    /// - Complexity: O(n) for n bytes.
    static func utf8(_ s: String) -> UInt64 {
        let hashed = s.utf8.withContiguousStorageIfAvailable { b -> UInt64 in
            let n = b.count
            var h = UInt64(n) &* 0x9E37_79B9_7F4A_7C15
            guard let p = b.baseAddress else { return h }
            var i = 0
            while i + 8 <= n {
                h = (h ^ UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                h ^= h >> 31
                i += 8
            }
            if i < n {
                var w: UInt64 = 0
                for k in 0..<(n - i) { w |= UInt64(p[i + k]) << UInt64(8 * k) }
                h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
            }
            return mixed(h)
        }
        if let hashed { return hashed }
        // A string without contiguous UTF-8 (bridged): hash a contiguous copy.
        var copy = s
        copy.makeContiguousUTF8()
        return utf8(copy)
    }

    /// SplitMix64's finaliser: every input bit reaches every output bit.
    @inline(__always)
    static func mixed(_ x: UInt64) -> UInt64 {
        var h = x
        h = (h ^ (h >> 30)) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ (h >> 27)) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 31)
    }
}

/// A ``Numbering`` of strings with a cache in front that knows a string by its bits: the 16 bytes of a `String`
/// value hold a short string's bytes themselves (up to 15 UTF-8 bytes) or a long one's reference to its storage,
/// so equal bits are an equal string and need neither hashing of the bytes nor comparison. The ids and names of
/// a corpus are mostly short (`kim-jong-un`), and a long one is the same storage throughout a document's graph,
/// so most lookups end in the cache. The cache keeps its strings, so that storage it knows by address is not
/// freed and reused by another string while cached. A miss (different bits of an equal string, as two copies
/// of a long string read from two documents) takes the numbering: the cache never decides that strings differ.
///
/// Direct-mapped (one entry per slot), 1,024 slots.
/// - Complexity: O(1) on a hit; as ``Numbering/number(_:hash:)`` on a miss.
struct StringNumbering: Sendable {
    private(set) var numbering = Numbering<String>()
    private var cache: [(bits: (UInt64, UInt64), string: String, number: Int32)] = Array(
        repeating: ((0, 0), "", -1), count: 1024)

    var count: Int { numbering.count }
    var keys: [String] { numbering.keys }

    /// The number of `s`, numbering it if it is new.
    mutating func number(_ s: String) -> Int32 {
        guard MemoryLayout<String>.size == 16 else { return numbering.number(s) }
        let bits = withUnsafeBytes(of: s) { ($0.load(as: UInt64.self), $0.load(fromByteOffset: 8, as: UInt64.self)) }
        let slot = Int(truncatingIfNeeded: KeyHash.mixed(bits.0 ^ (bits.1 &* 0x9E37_79B9_7F4A_7C15))) & 1023
        // Fields read in place (a copy of the entry would retain its string).
        if cache[slot].number >= 0 && cache[slot].bits == bits { return cache[slot].number }
        let n = numbering.number(s)
        cache[slot] = (bits, s, n)
        return n
    }

    func find(_ s: String) -> Int32? { numbering.find(s) }
    func ranks() -> [Int32] { numbering.ranks() }
}
