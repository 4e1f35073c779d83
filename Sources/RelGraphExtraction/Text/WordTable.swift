/// An immutable map from short strings (token keys) to values, for the lookups extraction makes at every
/// token: is this word a title, a force noun, the first word of a lexicon name or of a cue.
///
/// The standard `Dictionary` hashes a `String` with a seeded SipHash over its normalised scalars; at several
/// lookups per token that was a sixth of a build's time. This table hashes the UTF-8 bytes eight at a time in
/// FNV-1a's manner with a multiply-shift finish (``hash(_:)``), probes linearly in a power-of-two array kept
/// at most an eighth full (a lookup of an absent word, the common case, mostly meets an empty slot at once),
/// and compares the candidate key with `==` (a word compare for strings of up to 15 bytes).
/// Key equality is `String` equality on bytes: the keys used here are already folded (lower case, NFC), so
/// byte equality is the equality wanted.
///
/// Reference: G. Fowler, L. C. Noll, K.-P. Vo, "FNV hash" (IETF draft-eastlake-fnv); D. E. Knuth, TAOCP vol. 3,
/// §6.4 (open addressing with linear probing).
/// - Complexity: O(n) to build for n keys; O(k) expected per lookup for a key of k bytes.
struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    /// Index into `keys`/`values` plus one; 0 marks an empty slot. Its count is a power of two, at least eight
    /// times the number of keys, so a probe always ends at an empty slot, mostly after one or two.
    private let slots: [Int32]
    /// The keys, in the order first given.
    let keys: [String]
    /// Their hashes: a probe that meets another key is told apart by its hash, without comparing strings
    /// (comparing two different strings takes the standard library's slow path).
    private let hashes: [Int]
    private let values: [Value]

    /// A table of `pairs`; when a key occurs more than once, the first value wins.
    init(_ pairs: some Sequence<(String, Value)>) {
        var keys: [String] = []
        var hashes: [Int] = []
        var values: [Value] = []
        // Sized for the pairs known to come (a dictionary's or an array's count), not grown through a rehash
        // per doubling; more pairs still grow it.
        let expected = pairs.underestimatedCount
        keys.reserveCapacity(expected)
        hashes.reserveCapacity(expected)
        values.reserveCapacity(expected)
        var capacity = 8
        while 8 * (expected + 1) > capacity { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        for (key, value) in pairs {
            if 8 * (keys.count + 1) > slots.count {
                slots = Self.rehash(hashes, capacity: slots.count * 2)
            }
            let mask = slots.count - 1
            let h = Self.hash(key)
            var i = h & mask
            var present = false
            while slots[i] != 0 {
                if keys[Int(slots[i]) - 1] == key {
                    present = true
                    break
                }
                i = (i + 1) & mask
            }
            if present { continue }
            keys.append(key)
            hashes.append(h)
            values.append(value)
            slots[i] = Int32(keys.count)
        }
        self.slots = slots
        self.keys = keys
        self.hashes = hashes
        self.values = values
    }

    /// A table with the pairs of `dictionary`.
    init(_ dictionary: [String: Value]) {
        self.init(dictionary.lazy.map { ($0.key, $0.value) })
    }

    init(dictionaryLiteral elements: (String, Value)...) { self.init(elements) }

    private static func rehash(_ hashes: [Int], capacity: Int) -> [Int32] {
        var slots = [Int32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (n, h) in hashes.enumerated() {
            var i = h & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = Int32(n + 1)
        }
        return slots
    }

    /// The hash of a key's UTF-8 bytes: they are read eight at a time as little-endian words (the last padded
    /// with zeros), each mixed in by a xor and a multiply, FNV-1a's steps on words instead of bytes; the length
    /// is mixed in last, and a multiply and shift finish it so that the low bits used to index the table depend
    /// on every byte. A word of news is one or two such words: a step per byte cost a tenth of tokenizing.
    /// A small string's bytes are read from the string itself (``SmallString/words(of:)``): they are the words
    /// ``hash(bytes:)`` reads, zero-padded alike.
    @inline(__always)
    static func hash(_ key: String) -> Int {
        if SmallString.layoutHolds, let w = SmallString.words(of: key) { return hash(w.0, w.1, count: w.count) }
        var key = key
        return key.withUTF8 { hash(bytes: $0) }
    }

    /// ``hash(bytes:)`` of `count` (at most 16) bytes given as two little-endian words, zero above the bytes.
    @inline(__always)
    static func hash(_ first: UInt64, _ second: UInt64, count: Int) -> Int {
        var h = hashStart
        if count > 0 { h = hashStep(h, first) }
        if count > 8 { h = hashStep(h, second) }
        return hashFinish(h, count: count)
    }

    /// ``hash(_:)`` of the UTF-8 bytes `bytes` (``hashByDefinition(bytes:)``), with `ascii` set to whether they
    /// are all ASCII. Whole words are loaded at once; the last part-word, when the bytes are eight or more, is
    /// the last eight bytes shifted down (the bytes before it dropped, zeros above), as the definition pads it.
    @inline(__always)
    static func hash(bytes: UnsafeBufferPointer<UInt8>, ascii: inout Bool) -> Int {
        let n = bytes.count
        guard n >= 8, let base = bytes.baseAddress else {
            ascii = !bytes.contains { $0 >= 0x80 }
            return hashByDefinition(bytes: bytes)
        }
        var h = hashStart
        var all: UInt64 = 0
        var k = 0
        while k &+ 8 <= n {
            let w = UInt64(littleEndian: UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self))
            all |= w
            h = hashStep(h, w)
            k &+= 8
        }
        if k < n {
            let last = UInt64(littleEndian: UnsafeRawPointer(base + n - 8).loadUnaligned(as: UInt64.self))
            let w = last &>> (8 &* UInt64(8 &- (n &- k)))
            all |= w
            h = hashStep(h, w)
        }
        ascii = all & 0x8080_8080_8080_8080 == 0
        return hashFinish(h, count: n)
    }

    /// ``hash(_:)`` of the UTF-8 bytes `bytes`.
    static func hash(bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var ascii = true
        return hash(bytes: bytes, ascii: &ascii)
    }

    /// ``hash(bytes:)`` by its definition: the bytes read eight at a time, the last word padded with zeros.
    static func hashByDefinition(bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h = hashStart
        var k = 0
        while k < bytes.count {
            h = hashStep(h, word(bytes, at: k, count: min(8, bytes.count - k)))
            k += 8
        }
        return hashFinish(h, count: bytes.count)
    }

    /// Bytes `k..<k + count` of `bytes` (`count` at most 8) as a little-endian word, zeros above them.
    @inline(__always)
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int, count: Int) -> UInt64 {
        var w: UInt64 = 0
        var b = count
        while b > 0 {
            b &-= 1
            w = w &<< 8 | UInt64(bytes[k &+ b])
        }
        return w
    }

    /// ``hash(_:)`` in steps, for a caller that reads the key's words itself: start, one step per word of eight
    /// bytes (as ``word(_:at:count:)`` reads it), finish with the byte count.
    static var hashStart: UInt64 { 0xcbf2_9ce4_8422_2325 }

    @inline(__always)
    static func hashStep(_ h: UInt64, _ w: UInt64) -> UInt64 { (h ^ w) &* 0x9e37_79b9_7f4a_7c15 }

    @inline(__always)
    static func hashFinish(_ h: UInt64, count: Int) -> Int {
        var h = h ^ UInt64(truncatingIfNeeded: count)
        h = (h ^ (h >> 29)) &* 0xbf58_476d_1ce4_e5b9
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// The value of `key`, if it is in the table.
    subscript(key: String) -> Value? { value(key, hash: Self.hash(key)) }

    /// The value of `key`, whose ``hash(_:)`` is `hash`, if it is in the table.
    @inline(__always)
    func value(_ key: String, hash: Int) -> Value? {
        let mask = slots.count - 1
        var i = hash & mask
        while true {
            let s = Int(slots[i])
            if s == 0 { return nil }
            if hashes[s - 1] == hash, keys[s - 1] == key { return values[s - 1] }
            i = (i + 1) & mask
        }
    }

    /// The value of a token's key (its hash is computed once, by the tokenizer).
    @inline(__always)
    subscript(token token: Token) -> Value? { value(token.key, hash: token.keyHash) }

    /// The value of a token's match key (its hash is computed once, by the tokenizer).
    @inline(__always)
    subscript(matchKeyOf token: Token) -> Value? { value(token.matchKey, hash: token.matchKeyHash) }

    /// The number of keys.
    var count: Int { keys.count }
}

/// A set of short strings (token keys) with ``WordTable``'s lookup.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable<Bool>

    init(_ words: some Sequence<String>) {
        table = WordTable(words.lazy.map { ($0, true) })
    }

    /// The words, in the order first given.
    var words: [String] { table.keys }

    init(arrayLiteral elements: String...) { self.init(elements) }

    /// Whether `word` is in the set.
    @inline(__always)
    func contains(_ word: String) -> Bool { table[word] != nil }

    /// Whether a token's key is in the set.
    @inline(__always)
    func contains(_ token: Token) -> Bool { table[token: token] != nil }

    /// Whether a token's match key is in the set.
    @inline(__always)
    func contains(matchKeyOf token: Token) -> Bool { table[matchKeyOf: token] != nil }

    /// This set and the words of `other`.
    func union(_ other: some Sequence<String>) -> WordSet { WordSet(words + Array(other)) }

    /// The number of words.
    var count: Int { table.count }
}
