import RelGraph

/// Reads the common shape of a `.jsonl` article line in one pass over its bytes: one object whose members are
/// strings (or `null`, a number, `true`, `false` for members relgraph does not read). Anything else (nesting,
/// a repeated member, an escaped key, a surrogate escape, a control character, a number where a string is
/// needed, malformed JSON) gives nil, and the caller decodes the line with `JSONDecoder`, which then also words
/// the error. For every line it accepts, the fields are those `JSONDecoder` gives (tests hold it to that).
///
/// `JSONDecoder` builds a tree of the whole line before decoding it; for a corpus of short articles that was
/// most of the reading time.
/// - Complexity: O(n) for a line of n bytes.
struct JSONLineFastReader {
    /// The members of an article line (`JSONDecoder` decodes the lines this reader declines into it too).
    struct Fields: Equatable, Decodable {
        var id: String?
        var title: String?
        var date: String?
        var url: String?
        var source: String?
        var text: String
    }

    private var cursor: JSONCursor
    private var bytes: UnsafeRawBufferPointer { cursor.bytes }
    private var i: Int {
        get { cursor.i }
        set { cursor.i = newValue }
    }
    /// Where a string with escapes is decoded: as long as the line, since an escape never decodes to more bytes
    /// than it takes (`\n` is two bytes for one, `\uXXXX` six for at most three).
    private let scratch: UnsafeMutableRawBufferPointer

    private init(_ bytes: UnsafeRawBufferPointer, scratch: UnsafeMutableRawBufferPointer) {
        cursor = JSONCursor(bytes)
        self.scratch = scratch
    }

    /// The fields of `line`, valid UTF-8, or nil when the line is not of the common shape (see the type's
    /// documentation).
    static func read(_ line: [UInt8]) -> Fields? {
        line.withUnsafeBytes { read($0) }
    }

    /// The fields of the line `bytes`, or nil when the line is not of the common shape. The bytes must be valid
    /// UTF-8 (the `.jsonl` reader checks each line, and repairs it, first): the values' strings are made without
    /// validating them again.
    static func read(_ bytes: UnsafeRawBufferPointer) -> Fields? {
        withUnsafeTemporaryAllocation(byteCount: max(bytes.count, 1), alignment: 1) { scratch in
            var reader = JSONLineFastReader(bytes, scratch: scratch)
            return reader.object()
        }
    }

    private mutating func object() -> Fields? {
        cursor.skipSpace()
        guard cursor.next(is: 0x7B) else { return nil }
        // The members read, by slot (see `slot(of:)`), and which were seen: no arrays to allocate per line.
        var fields = Fields(text: "")
        var hasText = false
        var seen: UInt8 = 0
        cursor.skipSpace()
        if !cursor.next(is: 0x7D) {
            while true {
                cursor.skipSpace()
                guard let key = plainKey() else { return nil }
                cursor.skipSpace()
                guard cursor.next(is: 0x3A) else { return nil }
                cursor.skipSpace()
                if let slot = Self.slot(of: key) {
                    guard seen & (1 << slot) == 0 else { return nil }
                    seen |= 1 << slot
                    var value: String?
                    if !cursor.literal("null") {
                        guard let s = string() else { return nil }
                        value = s
                    }
                    switch slot {
                    case 0: fields.id = value
                    case 1: fields.title = value
                    case 2: fields.date = value
                    case 3: fields.url = value
                    case 4: fields.source = value
                    default:
                        hasText = value != nil
                        fields.text = value ?? ""
                    }
                } else {
                    guard skipScalar() else { return nil }
                }
                cursor.skipSpace()
                if cursor.next(is: 0x2C) { continue }
                guard cursor.next(is: 0x7D) else { return nil }
                break
            }
        }
        cursor.skipSpace()
        guard i == bytes.count, hasText else { return nil }
        return fields
    }

    /// The slot of a member name relgraph reads (id 0, title 1, date 2, url 3, source 4, text 5), or nil: by
    /// length, then bytes (a search of a table of names compared generically cost more than the rest of a short
    /// line's members).
    private static func slot(of key: Slice<UnsafeRawBufferPointer>) -> UInt8? {
        let k = UnsafeRawBufferPointer(rebasing: key)
        func matches(_ name: StaticString) -> Bool {
            let p = name.utf8Start
            for n in 0..<k.count where k[n] != p[n] { return false }
            return true
        }
        switch k.count {
        case 2: return matches("id") ? 0 : nil
        case 3: return matches("url") ? 3 : nil
        case 4: return matches("text") ? 5 : matches("date") ? 2 : nil
        case 5: return matches("title") ? 1 : nil
        case 6: return matches("source") ? 4 : nil
        default: return nil
        }
    }

    /// A key without escapes, as its bytes.
    private mutating func plainKey() -> Slice<UnsafeRawBufferPointer>? {
        guard cursor.next(is: 0x22) else { return nil }
        let start = i
        while i < bytes.count, bytes[i] != 0x22 {
            guard bytes[i] != 0x5C, bytes[i] >= 0x20 else { return nil }
            i += 1
        }
        guard i < bytes.count else { return nil }
        i += 1
        return bytes[start..<(i - 1)]
    }

    /// A string value, its escapes resolved; nil for a surrogate escape, a control character or bad syntax.
    private mutating func string() -> String? {
        guard cursor.next(is: 0x22) else { return nil }
        // Most values have no escape: skip to the closing quote sixteen bytes at a time and make the string from
        // the bytes in place.
        guard let base = bytes.baseAddress else { return nil }
        let start = i
        while true {
            cursor.skipPlainVectors()
            guard i < bytes.count else { return nil }
            let b = bytes[i]
            if b == 0x22 {
                i += 1
                return Self.string(validUTF8: base + start, count: i - 1 - start)
            }
            guard b >= 0x20 else { return nil }
            if b == 0x5C { return escapedString(from: start) }
            i += 1
        }
    }

    /// The string value that started at `start` and has an escape at `i`: decoded into `scratch`, plain runs
    /// copied whole (appending each run to an array went through generic slice code, a few hundred instructions
    /// a run, and an article has an escaped line break or quote every hundred bytes or so).
    private mutating func escapedString(from start: Int) -> String? {
        guard let out = scratch.baseAddress, let base = bytes.baseAddress else { return nil }
        var o = i - start
        out.copyMemory(from: base + start, byteCount: o)
        while true {
            // At a backslash.
            guard i + 1 < bytes.count else { return nil }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case 0x22, 0x5C, 0x2F: out.storeBytes(of: e, toByteOffset: o, as: UInt8.self)
            case 0x62: out.storeBytes(of: 0x08, toByteOffset: o, as: UInt8.self)
            case 0x66: out.storeBytes(of: 0x0C, toByteOffset: o, as: UInt8.self)
            case 0x6E: out.storeBytes(of: 0x0A, toByteOffset: o, as: UInt8.self)
            case 0x72: out.storeBytes(of: 0x0D, toByteOffset: o, as: UInt8.self)
            case 0x74: out.storeBytes(of: 0x09, toByteOffset: o, as: UInt8.self)
            case 0x75:
                guard let v = cursor.hex4(), !(0xD800...0xDFFF).contains(v) else { return nil }
                // UTF-8 of a scalar below U+10000 (surrogates excluded above).
                if v < 0x80 {
                    out.storeBytes(of: UInt8(v), toByteOffset: o, as: UInt8.self)
                } else if v < 0x800 {
                    out.storeBytes(of: UInt8(0xC0 | v >> 6), toByteOffset: o, as: UInt8.self)
                    out.storeBytes(of: UInt8(0x80 | v & 0x3F), toByteOffset: o + 1, as: UInt8.self)
                    o += 1
                } else {
                    out.storeBytes(of: UInt8(0xE0 | v >> 12), toByteOffset: o, as: UInt8.self)
                    out.storeBytes(of: UInt8(0x80 | v >> 6 & 0x3F), toByteOffset: o + 1, as: UInt8.self)
                    out.storeBytes(of: UInt8(0x80 | v & 0x3F), toByteOffset: o + 2, as: UInt8.self)
                    o += 2
                }
            default: return nil
            }
            o += 1
            // The plain run after the escape, up to the next escape or the closing quote.
            let runStart = i
            while true {
                cursor.skipPlainVectors()
                guard i < bytes.count else { return nil }
                let b = bytes[i]
                if b == 0x22 || b == 0x5C {
                    (out + o).copyMemory(from: base + runStart, byteCount: i - runStart)
                    o += i - runStart
                    break
                }
                guard b >= 0x20 else { return nil }
                i += 1
            }
            if bytes[i] == 0x22 {
                i += 1
                return Self.string(validUTF8: out, count: o)
            }
        }
    }

    /// The string of the `count` bytes at `p`, which are valid UTF-8: a line is checked (or repaired) before it
    /// is read (see ``read(_:)-(UnsafeRawBufferPointer)``), and a value is a run of its bytes between ASCII bytes,
    /// with escapes decoded to whole scalars (surrogates declined). So the bytes are not validated again:
    /// `String(decoding:as:)` did, some five instructions a byte for an article with one curly quote in it. Only
    /// whether they are ASCII is found, as the string records it.
    private static func string(validUTF8 p: UnsafeRawPointer, count: Int) -> String {
        let b = UnsafeRawBufferPointer(start: p, count: count)
        assert(String(validating: b, as: UTF8.self) != nil, "a value of a line that is not UTF-8")
        if #available(macOS 26.0, iOS 26.0, tvOS 26.0, watchOS 26.0, visionOS 26.0, *) {
            let utf8 = b.assumingMemoryBound(to: UInt8.self)
            return String(copying: UTF8Span(unchecked: utf8.span, isKnownASCII: isASCII(b)))
        }
        return String(decoding: b, as: UTF8.self)
    }

    /// Whether every byte of `b` is ASCII: 32 at a time (four words or'ed, one test), then eight at a time, and
    /// the last eight bytes in one load that may overlap those already read; a text of under eight bytes byte by
    /// byte. A sentence or a value has a hundred bytes or so: the loop's own steps were most of the cost.
    static func isASCII(_ b: UnsafeRawBufferPointer) -> Bool {
        guard let p = b.baseAddress else { return true }
        let n = b.count
        let high: UInt64 = 0x8080_8080_8080_8080
        if n < 8 {
            for k in 0..<n where p.load(fromByteOffset: k, as: UInt8.self) >= 0x80 { return false }
            return true
        }
        var k = 0
        while k &+ 32 <= n {
            let w =
                p.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                | p.loadUnaligned(fromByteOffset: k &+ 8, as: UInt64.self)
                | p.loadUnaligned(fromByteOffset: k &+ 16, as: UInt64.self)
                | p.loadUnaligned(fromByteOffset: k &+ 24, as: UInt64.self)
            if w & high != 0 { return false }
            k &+= 32
        }
        while k &+ 8 <= n {
            if p.loadUnaligned(fromByteOffset: k, as: UInt64.self) & high != 0 { return false }
            k &+= 8
        }
        return p.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self) & high == 0
    }

    /// ``isASCII(_:)`` by its definition.
    static func isASCIIByDefinition(_ b: UnsafeRawBufferPointer) -> Bool { b.allSatisfy { $0 < 0x80 } }

    /// Skips a string, `null`, `true`, `false` or a number (JSON's grammar); false for anything else.
    private mutating func skipScalar() -> Bool {
        guard i < bytes.count else { return false }
        switch bytes[i] {
        case 0x22: return string() != nil
        case 0x6E: return cursor.literal("null")
        case 0x74: return cursor.literal("true")
        case 0x66: return cursor.literal("false")
        default: return number()
        }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    private mutating func number() -> Bool {
        func digits(_ r: inout Self) -> Int {
            let start = r.i
            while r.i < r.bytes.count, (0x30...0x39).contains(r.bytes[r.i]) { r.i += 1 }
            return r.i - start
        }
        _ = cursor.next(is: 0x2D)
        guard i < bytes.count else { return false }
        if bytes[i] == 0x30 {
            i += 1
        } else if digits(&self) == 0 {
            return false
        }
        if cursor.next(is: 0x2E), digits(&self) == 0 { return false }
        if i < bytes.count, bytes[i] == 0x65 || bytes[i] == 0x45 {
            i += 1
            if !cursor.next(is: 0x2B) { _ = cursor.next(is: 0x2D) }
            if digits(&self) == 0 { return false }
        }
        return true
    }

}
