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

    private init(_ bytes: UnsafeRawBufferPointer) { cursor = JSONCursor(bytes) }

    /// The fields of `line`, or nil when the line is not of the common shape (see the type's documentation).
    static func read(_ line: [UInt8]) -> Fields? {
        line.withUnsafeBytes { buffer in
            var reader = JSONLineFastReader(buffer)
            return reader.object()
        }
    }

    private mutating func object() -> Fields? {
        cursor.skipSpace()
        guard cursor.next(is: 0x7B) else { return nil }
        var values: [String?] = Array(repeating: nil, count: 6)
        var seen = [Bool](repeating: false, count: 6)
        cursor.skipSpace()
        if !cursor.next(is: 0x7D) {
            while true {
                cursor.skipSpace()
                guard let key = plainKey() else { return nil }
                cursor.skipSpace()
                guard cursor.next(is: 0x3A) else { return nil }
                cursor.skipSpace()
                if let slot = Self.members.firstIndex(where: { $0.elementsEqual(key) }) {
                    guard !seen[slot] else { return nil }
                    seen[slot] = true
                    if cursor.literal("null") {
                        values[slot] = nil
                    } else {
                        guard let s = string() else { return nil }
                        values[slot] = s
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
        guard i == bytes.count, let text = values[5] else { return nil }
        return Fields(id: values[0], title: values[1], date: values[2], url: values[3], source: values[4], text: text)
    }

    /// The member names read, in the order of `values`.
    private static let members: [[UInt8]] = ["id", "title", "date", "url", "source", "text"].map { Array($0.utf8) }

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
        // Most values have no escape: skip eight plain bytes at a time and make the string from the bytes.
        let start = i
        while true {
            cursor.skipPlainWords()
            guard i < bytes.count else { return nil }
            let b = bytes[i]
            if b == 0x22 {
                i += 1
                return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<(i - 1)]), as: UTF8.self)
            }
            guard b >= 0x20 else { return nil }
            if b == 0x5C { break }
            i += 1
        }
        var out = Array(bytes[start..<i])
        var runStart = i
        while i < bytes.count {
            cursor.skipPlainWords()
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
                guard let v = cursor.hex4(), !(0xD800...0xDFFF).contains(v), let scalar = Unicode.Scalar(v) else {
                    return nil
                }
                out.append(contentsOf: String(Character(scalar)).utf8)
            default: return nil
            }
            runStart = i
        }
        return nil
    }

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
