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
                write(evidenceAt: b.baseAddress.unsafelyUnwrapped + i, indent: indent + 4, to: &out)
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

    /// Evidence is most of a corpus graph's records (in `c1.jsonl`'s graph, 28 per relation). In a graph file it
    /// always stands at indentation 8 (inside a relation inside the file's `relations`), where the bytes between
    /// its values are fixed: they are written as literals, one copy per gap, the modality with its neighbours.
    /// Any other indentation takes ``writeByDefinition(_:indent:to:)``, which tests hold this to.
    static func write(_ e: borrowing Evidence, indent: Int, to out: inout ByteBuffer) {
        withUnsafePointer(to: e) { write(evidenceAt: $0, indent: indent, to: &out) }
    }

    /// The record at `p`, its fields read in place (a record passed by value was copied, and its four strings
    /// retained and released, for every evidence of the file).
    @inline(__always)
    private static func write(evidenceAt p: UnsafePointer<Evidence>, indent: Int, to out: inout ByteBuffer) {
        guard indent == 8 else { return writeByDefinition(p.pointee, indent: indent, to: &out) }
        out.append("{\n          \"attribution\" : ")
        optional(p.pointee.attribution, &out)
        out.append(",\n          \"cue\" : ")
        string(p.pointee.cue, &out)
        out.append(",\n          \"document\" : ")
        string(p.pointee.document, &out)
        out.append(",\n          \"end\" : ")
        int(p.pointee.end, &out)
        switch p.pointee.modality {
        case .asserted: out.append(",\n          \"modality\" : \"asserted\",\n          \"sentence\" : ")
        case .reported: out.append(",\n          \"modality\" : \"reported\",\n          \"sentence\" : ")
        case .speculative: out.append(",\n          \"modality\" : \"speculative\",\n          \"sentence\" : ")
        case .negated: out.append(",\n          \"modality\" : \"negated\",\n          \"sentence\" : ")
        }
        int(p.pointee.sentence, &out)
        out.append(",\n          \"start\" : ")
        int(p.pointee.start, &out)
        out.append(",\n          \"text\" : ")
        string(p.pointee.text, &out)
        out.append("\n        }")
    }

    /// ``write(_:indent:to:)-(Evidence,_,_)`` by its definition: the object writer, key by key, at any indentation.
    static func writeByDefinition(_ e: borrowing Evidence, indent: Int, to out: inout ByteBuffer) {
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

    /// Where the string writer stores.
    private typealias Output = UnsafeMutablePointer<UInt8>

    /// Appends `s` as a JSON string. Sixteen bytes at a time as a vector, tested for a byte to escape and
    /// stored as they are (a short string, and the last bytes of a long one, as one vector too); where a byte
    /// must be escaped, eight bytes at a time: each word is stored to the output as it is, and
    /// ``JSONText/escapeMask(_:)`` says whether (and where) it holds a byte to escape; the output then moves past
    /// the plain bytes only, the escape is written, and the rest of the word is stored again. Plain text (most
    /// of a graph file) thus costs a load, a store and a vector test per sixteen bytes, with no per-byte branch
    /// and no call to copy runs. Tested against ``stringByDefinition(_:_:)``.
    /// - Complexity: O(n) for n UTF-8 bytes.
    static func string(_ s: String, _ out: inout ByteBuffer) {
        #if _endian(big)
            // The masks take the first byte in memory as the lowest.
            return stringByDefinition(s, &out)
        #endif
        // Without `var s = s; s.withUTF8`: that copy retains and releases the string.
        let written: Void? = s.utf8.withContiguousStorageIfAvailable { bytes in
            let n = bytes.count
            // Room for the worst case (every byte as `\u00xx`), the quotes, and a vector stored past the end.
            let start = out.reserve(6 * n + 18)
            start.pointee = 0x22
            var o = start + 1
            if let p = bytes.baseAddress {
                o = n < 16 ? short(p, count: n, to: o) : long(p, count: n, to: o)
            }
            o.pointee = 0x22
            o += 1
            out.advance(o - start)
        }
        if written == nil { stringByDefinition(s, &out) }
    }

    /// Writes the `n` (below 16) bytes at `p`, escaped, at `o`; returns where the output goes on. The bytes are
    /// copied into a vector of spaces (which need no escape), tested and stored at once; only a string with a byte
    /// to escape takes the word path. Stores sixteen bytes, so up to sixteen bytes past the returned position
    /// may be overwritten later.
    @inline(__always)
    private static func short(_ p: UnsafePointer<UInt8>, count n: Int, to o: Output) -> Output {
        var v = SIMD16<UInt8>(repeating: 0x20)
        withUnsafeMutableBytes(of: &v) { $0.copyMemory(from: UnsafeRawBufferPointer(start: p, count: n)) }
        guard JSONText.needsEscape(v) else {
            UnsafeMutableRawPointer(o).storeBytes(of: v, as: SIMD16<UInt8>.self)
            return o + n
        }
        return words(p, from: 0, count: n, to: o)
    }

    /// Writes the `n` (16 or more) bytes at `p`, escaped, at `o`; returns where the output goes on. Sixteen bytes
    /// per step, tested as one vector (``JSONText/needsEscape(_:)-(SIMD16<UInt8>)``) and stored as they are; a
    /// step with a byte to escape takes its two words through the word path. The last bytes (fewer than sixteen)
    /// of a string with nothing escaped so far are the last sixteen bytes, tested and stored at once over the
    /// same bytes already written; otherwise they take the word path.
    @inline(__always)
    private static func long(_ p: UnsafePointer<UInt8>, count n: Int, to o: Output) -> Output {
        let first = o
        var o = o
        var i = 0
        while i + 16 <= n {
            let v = UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<UInt8>.self)
            if JSONText.needsEscape(v) {
                o = emit(UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self), count: 8, to: o)
                o = emit(UnsafeRawPointer(p + i + 8).loadUnaligned(as: UInt64.self), count: 8, to: o)
            } else {
                UnsafeMutableRawPointer(o).storeBytes(of: v, as: SIMD16<UInt8>.self)
                o += 16
            }
            i += 16
        }
        let rest = n - i
        guard rest > 0 else { return o }
        // Nothing escaped: input byte k is output byte k, so the last sixteen bytes go where they belong.
        if o - first == i {
            let v = UnsafeRawPointer(p + n - 16).loadUnaligned(as: SIMD16<UInt8>.self)
            if !JSONText.needsEscape(v) {
                UnsafeMutableRawPointer(o - (16 - rest)).storeBytes(of: v, as: SIMD16<UInt8>.self)
                return o + rest
            }
        }
        return words(p, from: i, count: n, to: o)
    }

    /// Writes bytes `i..<n` at `p` (fewer than sixteen), escaped, at `o`, a word at a time; returns where the
    /// output goes on.
    private static func words(_ p: UnsafePointer<UInt8>, from i: Int, count n: Int, to o: Output) -> Output {
        var o = o
        var i = i
        while i + 8 <= n {
            o = emit(UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self), count: 8, to: o)
            i += 8
        }
        let rest = n - i
        guard rest > 0 else { return o }
        var w: UInt64 = 0
        if n >= 8 {
            // The last eight bytes, shifted so that the ones not yet written come first.
            w = UnsafeRawPointer(p + n - 8).loadUnaligned(as: UInt64.self) >> UInt64(8 * (8 - rest))
        } else {
            for k in 0..<rest { w |= UInt64(p[i + k]) << UInt64(8 * k) }
        }
        return emit(w, count: rest, to: o)
    }

    /// Writes the first `count` (1...8) bytes of `word` at `o`, escaped; returns where the output goes on. Stores
    /// whole words, so up to eight bytes past the returned position may be overwritten later.
    @inline(__always)
    private static func emit(_ word: UInt64, count: Int, to o: Output) -> Output {
        var o = o
        var w = word
        var left = count
        var m = JSONText.escapeMask(w)
        if count < 8 { m &= (1 << UInt64(8 * count)) &- 1 }
        while m != 0 {
            let k = m.trailingZeroBitCount >> 3
            UnsafeMutableRawPointer(o).storeBytes(of: w, as: UInt64.self)
            o += k
            o = escape(UInt8(truncatingIfNeeded: w >> UInt64(8 * k)), at: o)
            // A shift by 64 (the escape was the word's last byte) gives 0.
            let shift = UInt64(8 * (k + 1))
            w = w >> shift
            m = m >> shift
            left -= k + 1
        }
        UnsafeMutableRawPointer(o).storeBytes(of: w, as: UInt64.self)
        return o + left
    }

    /// Writes the escape of `b` (a control character, `"` or `\`) at `o`; returns the position after it.
    @inline(__always)
    private static func escape(_ b: UInt8, at o: Output) -> Output {
        o[0] = 0x5C
        switch b {
        case 0x22, 0x5C: o[1] = b
        case 0x08: o[1] = 0x62
        case 0x09: o[1] = 0x74
        case 0x0A: o[1] = 0x6E
        case 0x0C: o[1] = 0x66
        case 0x0D: o[1] = 0x72
        default:
            o[1] = 0x75
            o[2] = 0x30
            o[3] = 0x30
            o[4] = hexDigit(b >> 4)
            o[5] = hexDigit(b & 0xF)
            return o + 6
        }
        return o + 2
    }

    /// ``string(_:_:)`` by its definition: byte by byte, as the format's rules say.
    static func stringByDefinition(_ s: String, _ out: inout ByteBuffer) {
        out.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: out.append("\\\"")
            case 0x5C: out.append("\\\\")
            case 0x08: out.append("\\b")
            case 0x09: out.append("\\t")
            case 0x0A: out.append("\\n")
            case 0x0C: out.append("\\f")
            case 0x0D: out.append("\\r")
            case 0..<0x20:
                out.append("\\u00")
                out.append(hexDigit(b >> 4))
                out.append(hexDigit(b & 0xF))
            default: out.append(b)
            }
        }
        out.append(0x22)
    }

    /// The lowercase hex digit of `n` (0...15).
    private static func hexDigit(_ n: UInt8) -> UInt8 { n < 10 ? 0x30 + n : 0x61 + n - 10 }

    static func optional(_ s: String?, _ out: inout ByteBuffer) {
        if let s { string(s, &out) } else { out.append("null") }
    }

    /// Appends `n` in decimal: the number of digits by comparisons, then two digits per division by 100 (most
    /// numbers of a graph file are byte offsets of four to seven digits), written from the end of their room.
    static func int(_ n: Int, _ out: inout ByteBuffer) {
        guard n >= 0, n < 1_000_000_000 else {
            out.append(utf8Of: String(n))
            return
        }
        let digits =
            n < 10_000
            ? (n < 100 ? (n < 10 ? 1 : 2) : (n < 1000 ? 3 : 4))
            : (n < 1_000_000 ? (n < 100_000 ? 5 : 6) : (n < 10_000_000 ? 7 : (n < 100_000_000 ? 8 : 9)))
        let room = out.reserve(digits)
        var m = n
        var k = digits
        while m >= 100 {
            let r = m % 100
            m /= 100
            k -= 2
            room[k] = UInt8(truncatingIfNeeded: 0x30 + r / 10)
            room[k + 1] = UInt8(truncatingIfNeeded: 0x30 + r % 10)
        }
        if m >= 10 {
            room[0] = UInt8(truncatingIfNeeded: 0x30 + m / 10)
            room[1] = UInt8(truncatingIfNeeded: 0x30 + m % 10)
        } else {
            room[0] = UInt8(truncatingIfNeeded: 0x30 + m)
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
        // The bytes without a final ".0", cut from the UTF-8 (`hasSuffix` and `removeLast` on the String went
        // through grapheme breaking: 1,600 instructions a number).
        text.withUTF8 { b in
            let n = b.count >= 2 && b[b.count - 2] == 0x2E && b[b.count - 1] == 0x30 ? b.count - 2 : b.count
            out.append(UnsafeBufferPointer(rebasing: b[..<n]))
        }
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
