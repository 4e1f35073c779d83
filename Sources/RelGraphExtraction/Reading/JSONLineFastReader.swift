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

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The fields of `line`, or nil when the line is not of the common shape (see the type's documentation).
    static func read(_ line: [UInt8]) -> Fields? {
        line.withUnsafeBufferPointer { buffer in
            var reader = JSONLineFastReader(buffer)
            return reader.object()
        }
    }

    private mutating func object() -> Fields? {
        skipSpace()
        guard next(is: 0x7B) else { return nil }
        var values: [String?] = Array(repeating: nil, count: 6)
        var seen = [Bool](repeating: false, count: 6)
        skipSpace()
        if !next(is: 0x7D) {
            while true {
                skipSpace()
                guard let key = plainKey() else { return nil }
                skipSpace()
                guard next(is: 0x3A) else { return nil }
                skipSpace()
                if let slot = Self.members.firstIndex(where: { $0.elementsEqual(key) }) {
                    guard !seen[slot] else { return nil }
                    seen[slot] = true
                    if literal("null") {
                        values[slot] = nil
                    } else {
                        guard let s = string() else { return nil }
                        values[slot] = s
                    }
                } else {
                    guard skipScalar() else { return nil }
                }
                skipSpace()
                if next(is: 0x2C) { continue }
                guard next(is: 0x7D) else { return nil }
                break
            }
        }
        skipSpace()
        guard i == bytes.count, let text = values[5] else { return nil }
        return Fields(id: values[0], title: values[1], date: values[2], url: values[3], source: values[4], text: text)
    }

    /// The member names read, in the order of `values`.
    private static let members: [[UInt8]] = ["id", "title", "date", "url", "source", "text"].map { Array($0.utf8) }

    /// A key without escapes, as its bytes.
    private mutating func plainKey() -> UnsafeBufferPointer<UInt8>.SubSequence? {
        guard next(is: 0x22) else { return nil }
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
        guard next(is: 0x22) else { return nil }
        // Most values have no escape: skip eight plain bytes at a time and make the string from the bytes.
        let start = i
        while true {
            skipPlainWords()
            guard i < bytes.count else { return nil }
            let b = bytes[i]
            if b == 0x22 {
                i += 1
                return String(decoding: bytes[start..<(i - 1)], as: UTF8.self)
            }
            guard b >= 0x20 else { return nil }
            if b == 0x5C { break }
            i += 1
        }
        var out = Array(bytes[start..<i])
        var runStart = i
        while i < bytes.count {
            skipPlainWords()
            guard i < bytes.count else { return nil }
            let b = bytes[i]
            if b == 0x22 {
                out.append(contentsOf: bytes[runStart..<i])
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            guard b >= 0x20 else { return nil }
            guard b == 0x5C else {
                i += 1
                continue
            }
            out.append(contentsOf: bytes[runStart..<i])
            guard i + 1 < bytes.count else { return nil }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case 0x22, 0x5C, 0x2F: out.append(e)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                guard let v = hex4(), !(0xD800...0xDFFF).contains(v), let scalar = Unicode.Scalar(v) else { return nil }
                out.append(contentsOf: String(Character(scalar)).utf8)
            default: return nil
            }
            runStart = i
        }
        return nil
    }

    /// Moves past whole eight-byte words with no `"`, `\` or control character in them.
    private mutating func skipPlainWords() {
        guard let base = bytes.baseAddress else { return }
        while i + 8 <= bytes.count, !JSONText.needsEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
            i += 8
        }
    }

    private mutating func hex4() -> UInt32? {
        guard i + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let d: UInt8
            switch b {
            case 0x30...0x39: d = b - 0x30
            case 0x41...0x46: d = b - 0x41 + 10
            case 0x61...0x66: d = b - 0x61 + 10
            default: return nil
            }
            v = v << 4 | UInt32(d)
            i += 1
        }
        return v
    }

    /// Skips a string, `null`, `true`, `false` or a number (JSON's grammar); false for anything else.
    private mutating func skipScalar() -> Bool {
        guard i < bytes.count else { return false }
        switch bytes[i] {
        case 0x22: return string() != nil
        case 0x6E: return literal("null")
        case 0x74: return literal("true")
        case 0x66: return literal("false")
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
        _ = next(is: 0x2D)
        guard i < bytes.count else { return false }
        if bytes[i] == 0x30 {
            i += 1
        } else if digits(&self) == 0 {
            return false
        }
        if next(is: 0x2E), digits(&self) == 0 { return false }
        if i < bytes.count, bytes[i] == 0x65 || bytes[i] == 0x45 {
            i += 1
            if !next(is: 0x2B) { _ = next(is: 0x2D) }
            if digits(&self) == 0 { return false }
        }
        return true
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        for k in 0..<n where bytes[i + k] != word.utf8Start[k] { return false }
        i += n
        return true
    }

    private mutating func next(is byte: UInt8) -> Bool {
        guard i < bytes.count, bytes[i] == byte else { return false }
        i += 1
        return true
    }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D {
            i += 1
        }
    }
}
