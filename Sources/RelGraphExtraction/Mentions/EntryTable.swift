/// The lexicon entries of one document's actors, by actor id: the map every pass of extraction asks "what kind is
/// this actor, what is its affiliation" through, at each mention.
///
/// A `[String: LexiconEntry]` hashed each id with SipHash; this table hashes the id's UTF-8 bytes with
/// ``WordTable``'s word-wise FNV-1a and probes linearly in a power-of-two slot array kept at most half full, like
/// ``WordTable``, but takes insertions. Entries stay in insertion order, and an entry's position never changes,
/// so a caller may keep positions (``index(forKey:)``) while the table grows. Equality is a dictionary's: the same
/// ids with equal entries, in any order.
///
/// Keys compare as `String`s do, by canonical equivalence, which bytes decide only for ASCII (the ids relgraph
/// makes, and the built-in lexicon's): a non-ASCII id ("é", or a compatibility sign such as U+212A that equals
/// "K") sends every later operation through a `Dictionary` of all the ids, and a non-ASCII key looked up in an
/// all-ASCII table is compared with each id as a string.
///
/// Reference: G. Fowler, L. C. Noll, K.-P. Vo, "FNV hash" (IETF draft-eastlake-fnv); D. E. Knuth, TAOCP vol. 3,
/// §6.4 (open addressing with linear probing).
/// - Complexity: O(k) expected per lookup or insertion for an id of k bytes; O(n) to grow.
struct EntryTable: Sendable, Equatable {
    /// Position in `keys`/`values` plus one; 0 marks an empty slot.
    private var slots: [Int32] = Array(repeating: 0, count: 16)
    /// The ids, in the order first filed.
    private(set) var keys: [String] = []
    private var hashes: [Int] = []
    /// The entries, by position; updated in place through ``index(forKey:)``.
    var values: [LexiconEntry] = []
    /// Every id's position, once a non-ASCII id is filed (nil while all are ASCII).
    private var byKey: [String: Int]?

    init() {}

    /// The positions of the entries.
    var indices: Range<Int> { keys.indices }
    var count: Int { keys.count }
    var isEmpty: Bool { keys.isEmpty }

    /// The position of `key`'s entry, if it has one.
    func index(forKey key: String) -> Int? {
        if let byKey { return byKey[key] }
        guard let h = Self.asciiHash(key) else { return keys.firstIndex { $0 == key } }
        let mask = slots.count - 1
        var i = h & mask
        while true {
            let s = Int(slots[i])
            if s == 0 { return nil }
            if hashes[s - 1] == h, keys[s - 1] == key { return s - 1 }
            i = (i + 1) & mask
        }
    }

    /// The entry of `key`; setting a value files or replaces it (a table never loses an entry: nil is refused).
    subscript(key: String) -> LexiconEntry? {
        get { index(forKey: key).map { values[$0] } }
        set {
            guard let newValue else { preconditionFailure("an entry table does not remove entries") }
            if let p = index(forKey: key) {
                values[p] = newValue
            } else {
                insert(key, consume newValue)
            }
        }
    }

    /// Files `value` under `key`. The entry is taken, not borrowed: appending a borrowed entry copied it,
    /// retaining all its arrays (and the caller then released them).
    private mutating func insert(_ key: String, _ value: consuming LexiconEntry) {
        guard byKey == nil, let h = Self.asciiHash(key) else {
            if byKey == nil { byKey = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) }) }
            byKey?[key] = keys.count
            keys.append(key)
            hashes.append(0)
            values.append(value)
            return
        }
        if 2 * (keys.count + 1) > slots.count { grow() }
        let mask = slots.count - 1
        var i = h & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        keys.append(key)
        hashes.append(h)
        values.append(value)
        slots[i] = Int32(keys.count)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (n, h) in hashes.enumerated() {
            var i = h & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = Int32(n + 1)
        }
    }

    /// ``WordTable``'s hash of an ASCII key's bytes; nil for any other key. A small string's bytes are read from
    /// the string itself (``SmallString/words(of:)``), without the copy and closure of `withUTF8`.
    static func asciiHash(_ key: String) -> Int? {
        if SmallString.layoutHolds, let w = SmallString.words(of: key) {
            guard (w.0 | w.1) & 0x8080_8080_8080_8080 == 0 else { return nil }
            return WordTable<Bool>.hash(w.0, w.1, count: w.count)
        }
        // A longer id: hashed and tested for ASCII a word at a time.
        var key = key
        return key.withUTF8 { bytes in
            var ascii = true
            let h = WordTable<Bool>.hash(bytes: bytes, ascii: &ascii)
            return ascii ? h : nil
        }
    }

    /// ``asciiHash(_:)`` through the key's UTF-8 bytes.
    static func asciiHashByDefinition(_ key: String) -> Int? {
        var key = key
        return key.withUTF8 { bytes in
            for b in bytes where b >= 0x80 { return nil }
            return WordTable<Bool>.hashByDefinition(bytes: bytes)
        }
    }

    static func == (a: EntryTable, b: EntryTable) -> Bool {
        a.count == b.count && a.indices.allSatisfy { b[a.keys[$0]] == a.values[$0] }
    }
}
