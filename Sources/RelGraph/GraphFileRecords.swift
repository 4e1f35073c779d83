/// Writes the records of a graph file (documents, actors, relations) as bytes, exactly as `JSONEncoder` with
/// sorted keys, pretty printing and unescaped slashes writes them, without going through `Encodable`.
///
/// `JSONEncoder` builds a tree of boxed values for every record and then serialises it; for a corpus graph
/// that was a sixth of `relgraph build`'s time. This writer appends straight to a ``ByteBuffer``. Its output is
/// held to `JSONEncoder`'s by tests (``GraphFile/referenceEncoding(_:)``) on fixtures and on random records
/// with every control character, quotes, backslashes, non-ASCII text and many numbers.
///
/// The format's rules, as `JSONEncoder` applies them: keys in byte order, `"key" : value`, two spaces per
/// level, an empty array as `[`, an empty line and `]`; strings escape `"`, `\`, `\b \t \n \f \r` and the
/// other control characters below U+0020 as `\u00xx` (lowercase hex), everything else is written as is;
/// a `Double` as its shortest description without a trailing `.0`.
///
/// - Complexity: O(S) for S bytes written.
enum GraphFileRecords {
    /// Appends `document` as an object whose braces are indented by `indent` spaces (the opening brace is
    /// expected to follow indentation already written by the caller).
    static func write(_ d: borrowing Document, indent: Int, to out: inout ByteBuffer) {
        var o = ObjectWriter(indent: indent, out: &out)
        o.key("id", &out)
        string(d.id, &out)
        o.key("path", &out)
        string(d.path, &out)
        o.key("published", &out)
        optional(d.published, &out)
        o.key("sha256", &out)
        string(d.sha256, &out)
        o.key("source", &out)
        optional(d.source, &out)
        o.key("title", &out)
        string(d.title, &out)
        o.key("url", &out)
        optional(d.url, &out)
        o.finish(&out)
    }

    static func write(_ a: borrowing Actor, indent: Int, to out: inout ByteBuffer) {
        var o = ObjectWriter(indent: indent, out: &out)
        o.key("affiliation", &out)
        optional(a.affiliation, &out)
        o.key("aliases", &out)
        o.openArray(isEmpty: a.aliases.isEmpty, &out)
        a.aliases.withUnsafeBufferPointer { b in
            for i in b.indices {
                out.appendSpaces(indent + 4)
                string(b[i], &out)
                o.endArrayItem(last: i + 1 == b.count, &out)
            }
        }
        o.closeArray(&out)
        o.key("discovered", &out)
        bool(a.discovered, &out)
        o.key("documents", &out)
        int(a.documents, &out)
        o.key("id", &out)
        string(a.id, &out)
        o.key("kind", &out)
        string(a.kind.rawValue, &out)
        o.key("mentions", &out)
        int(a.mentions, &out)
        o.key("name", &out)
        string(a.name, &out)
        o.finish(&out)
    }

    static func write(_ r: borrowing Relation, indent: Int, to out: inout ByteBuffer) {
        var o = ObjectWriter(indent: indent, out: &out)
        o.key("cameo", &out)
        string(r.type.cameoRoot, &out)
        o.key("directed", &out)
        bool(r.directed, &out)
        o.key("documents", &out)
        int(r.documentCount, &out)
        o.key("evidence", &out)
        o.openArray(isEmpty: r.evidence.isEmpty, &out)
        // Through a buffer: each record is borrowed from the array rather than copied.
        r.evidence.withUnsafeBufferPointer { b in
            for i in b.indices {
                out.appendSpaces(indent + 4)
                write(b[i], indent: indent + 4, to: &out)
                o.endArrayItem(last: i + 1 == b.count, &out)
            }
        }
        o.closeArray(&out)
        o.key("intensity", &out)
        double(r.type.intensity, &out)
        o.key("modality", &out)
        string(r.modality.rawValue, &out)
        o.key("polarity", &out)
        string(r.polarity.rawValue, &out)
        o.key("quad_class", &out)
        string(r.type.quadClass.rawValue, &out)
        o.key("source", &out)
        string(r.source, &out)
        o.key("target", &out)
        string(r.target, &out)
        o.key("type", &out)
        string(r.type.rawValue, &out)
        o.key("weight", &out)
        double(r.weight, &out)
        o.finish(&out)
    }

    /// Evidence is most of a corpus graph's records.
    static func write(_ e: borrowing Evidence, indent: Int, to out: inout ByteBuffer) {
        var o = ObjectWriter(indent: indent, out: &out)
        o.key("attribution", &out)
        optional(e.attribution, &out)
        o.key("cue", &out)
        string(e.cue, &out)
        o.key("document", &out)
        string(e.document, &out)
        o.key("end", &out)
        int(e.end, &out)
        o.key("modality", &out)
        string(e.modality.rawValue, &out)
        o.key("sentence", &out)
        int(e.sentence, &out)
        o.key("start", &out)
        int(e.start, &out)
        o.key("text", &out)
        string(e.text, &out)
        o.finish(&out)
    }

    // MARK: - Values

    static func string(_ s: String, _ out: inout ByteBuffer) {
        out.append(0x22)
        var s = s
        s.withUTF8 { bytes in
            var runStart = 0
            var i = 0
            while i < bytes.count {
                // Eight bytes at a time while none needs escaping (most text), then byte by byte.
                if i + 8 <= bytes.count,
                    !JSONText.needsEscape(
                        UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + i).loadUnaligned(as: UInt64.self))
                {
                    i += 8
                    continue
                }
                let b = bytes[i]
                i += 1
                guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
                out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<(i - 1)]))
                runStart = i
                out.append(0x5C)
                switch b {
                case 0x22: out.append(0x22)
                case 0x5C: out.append(0x5C)
                case 0x08: out.append(0x62)
                case 0x09: out.append(0x74)
                case 0x0A: out.append(0x6E)
                case 0x0C: out.append(0x66)
                case 0x0D: out.append(0x72)
                default:
                    out.append("u00")
                    out.append(hexDigit(b >> 4))
                    out.append(hexDigit(b & 0xF))
                }
            }
            out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(0x22)
    }

    /// The lowercase hex digit of `n` (0...15).
    private static func hexDigit(_ n: UInt8) -> UInt8 { n < 10 ? 0x30 + n : 0x61 + n - 10 }

    static func optional(_ s: String?, _ out: inout ByteBuffer) {
        if let s { string(s, &out) } else { out.append("null") }
    }

    static func int(_ n: Int, _ out: inout ByteBuffer) {
        guard n >= 0, n < 1_000_000_000 else {
            out.append(String(n))
            return
        }
        // Decimal digits, least significant first, written from the end of the number's room.
        var digits = 1
        var limit = 10
        while limit <= n {
            digits += 1
            limit *= 10
        }
        let room = out.reserve(digits)
        var m = n
        for k in stride(from: digits - 1, through: 0, by: -1) {
            room[k] = UInt8(truncatingIfNeeded: 0x30 + m % 10)
            m /= 10
        }
        out.advance(digits)
    }

    static func bool(_ b: Bool, _ out: inout ByteBuffer) {
        if b { out.append("true") } else { out.append("false") }
    }

    /// `JSONEncoder` writes a finite `Double` as its description, `1.0` as `1`. Graph files hold only finite
    /// numbers (weights and intensities).
    static func double(_ d: Double, _ out: inout ByteBuffer) {
        var text = d.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        out.append(text)
    }
}

/// One JSON object being written: fields in the order given (callers give them sorted), commas between.
private struct ObjectWriter {
    let indent: Int
    var first = true

    init(indent: Int, out: inout ByteBuffer) {
        self.indent = indent
        out.append(0x7B)
    }

    /// `,` (after the first field), a new line, the indentation and `"name" : `, reserved and written at once.
    mutating func key(_ name: StaticString, _ out: inout ByteBuffer) {
        let spaces = indent + 2
        let length = name.utf8CodeUnitCount
        let total = (first ? 1 : 2) + spaces + length + 5
        var p = out.reserve(total)
        if !first {
            p.pointee = 0x2C
            p += 1
        }
        first = false
        p.pointee = 0x0A
        p += 1
        p.update(repeating: 0x20, count: spaces)
        p += spaces
        p.pointee = 0x22
        p += 1
        p.update(from: name.utf8Start, count: length)
        p += length
        p[0] = 0x22
        p[1] = 0x20
        p[2] = 0x3A
        p[3] = 0x20
        out.advance(total)
    }

    /// `[` and a new line (and an empty line for an empty array, as `JSONEncoder` writes it).
    func openArray(isEmpty: Bool, _ out: inout ByteBuffer) {
        out.append(0x5B)
        out.append(0x0A)
        if isEmpty { out.append(0x0A) }
    }

    /// `,` between items, and the new line after each.
    func endArrayItem(last: Bool, _ out: inout ByteBuffer) {
        if !last { out.append(0x2C) }
        out.append(0x0A)
    }

    func closeArray(_ out: inout ByteBuffer) {
        out.appendSpaces(indent + 2)
        out.append(0x5D)
    }

    func finish(_ out: inout ByteBuffer) {
        out.append(0x0A)
        if first { out.append(0x0A) }
        out.appendSpaces(indent)
        out.append(0x7D)
    }
}
