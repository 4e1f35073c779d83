/// Writes the records of a graph file (documents, actors, relations) as bytes, exactly as `JSONEncoder` with
/// sorted keys, pretty printing and unescaped slashes writes them, without going through `Encodable`.
///
/// `JSONEncoder` builds a tree of boxed values for every record and then serialises it; for a corpus graph
/// that was a sixth of `relgraph build`'s time. This writer appends straight to a byte buffer. Its output is
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
    static func write(_ d: Document, indent: Int, to out: inout [UInt8]) {
        var o = ObjectWriter(indent: indent, out: out)
        out = []
        o.field("id") { string(d.id, &$0) }
        o.field("path") { string(d.path, &$0) }
        o.field("published") { optional(d.published, &$0) }
        o.field("sha256") { string(d.sha256, &$0) }
        o.field("source") { optional(d.source, &$0) }
        o.field("title") { string(d.title, &$0) }
        o.field("url") { optional(d.url, &$0) }
        out = o.finish()
    }

    static func write(_ a: Actor, indent: Int, to out: inout [UInt8]) {
        var o = ObjectWriter(indent: indent, out: out)
        out = []
        o.field("affiliation") { optional(a.affiliation, &$0) }
        o.array("aliases", a.aliases) { alias, _, bytes in string(alias, &bytes) }
        o.field("discovered") { bool(a.discovered, &$0) }
        o.field("documents") { int(a.documents, &$0) }
        o.field("id") { string(a.id, &$0) }
        o.field("kind") { string(a.kind.rawValue, &$0) }
        o.field("mentions") { int(a.mentions, &$0) }
        o.field("name") { string(a.name, &$0) }
        out = o.finish()
    }

    static func write(_ r: Relation, indent: Int, to out: inout [UInt8]) {
        var o = ObjectWriter(indent: indent, out: out)
        out = []
        o.field("cameo") { string(r.type.cameoRoot, &$0) }
        o.field("directed") { bool(r.directed, &$0) }
        o.field("documents") { int(r.documentCount, &$0) }
        o.evidence(r.evidence)
        o.field("intensity") { double(r.type.intensity, &$0) }
        o.field("modality") { string(r.modality.rawValue, &$0) }
        o.field("polarity") { string(r.polarity.rawValue, &$0) }
        o.field("quad_class") { string(r.type.quadClass.rawValue, &$0) }
        o.field("source") { string(r.source, &$0) }
        o.field("target") { string(r.target, &$0) }
        o.field("type") { string(r.type.rawValue, &$0) }
        o.field("weight") { double(r.weight, &$0) }
        out = o.finish()
    }

    /// Evidence is most of a corpus graph's records: written field by field without closures, so that no
    /// record is copied.
    static func write(_ e: borrowing Evidence, indent: Int, to out: inout [UInt8]) {
        var o = ObjectWriter(indent: indent, out: out)
        out = []
        o.key("attribution")
        optional(e.attribution, &o.out)
        o.key("cue")
        string(e.cue, &o.out)
        o.key("document")
        string(e.document, &o.out)
        o.key("end")
        int(e.end, &o.out)
        o.key("modality")
        string(e.modality.rawValue, &o.out)
        o.key("sentence")
        int(e.sentence, &o.out)
        o.key("start")
        int(e.start, &o.out)
        o.key("text")
        string(e.text, &o.out)
        out = o.finish()
    }

    // MARK: - Values

    static func string(_ s: String, _ out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { bytes in
            var runStart = 0
            for i in 0..<bytes.count {
                let b = bytes[i]
                // Most bytes are printable ASCII other than `"` and `\`, or part of a multi-byte character.
                guard b < 0x23 || b == 0x5C else { continue }
                guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                runStart = i + 1
                switch b {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x08: out.append(contentsOf: [0x5C, 0x62])
                case 0x09: out.append(contentsOf: [0x5C, 0x74])
                case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
                case 0x0C: out.append(contentsOf: [0x5C, 0x66])
                case 0x0D: out.append(contentsOf: [0x5C, 0x72])
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(0x22)
    }

    static func optional(_ s: String?, _ out: inout [UInt8]) {
        if let s { string(s, &out) } else { out.append(contentsOf: "null".utf8) }
    }

    static func int(_ n: Int, _ out: inout [UInt8]) {
        guard n >= 0, n < 1_000_000_000 else {
            out.append(contentsOf: String(n).utf8)
            return
        }
        // Decimal digits, most significant first, without making a String.
        var divisor = 1
        while divisor * 10 <= n { divisor *= 10 }
        var m = n
        repeat {
            out.append(UInt8(truncatingIfNeeded: 0x30 + m / divisor))
            m %= divisor
            divisor /= 10
        } while divisor > 0
    }

    static func bool(_ b: Bool, _ out: inout [UInt8]) { out.append(contentsOf: (b ? "true" : "false").utf8) }

    /// `JSONEncoder` writes a finite `Double` as its description, `1.0` as `1`. Graph files hold only finite
    /// numbers (weights and intensities).
    static func double(_ d: Double, _ out: inout [UInt8]) {
        var text = d.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        out.append(contentsOf: text.utf8)
    }
}

/// One JSON object being written: fields in the order given (callers give them sorted), commas between.
private struct ObjectWriter {
    let indent: Int
    var out: [UInt8]
    var first = true

    init(indent: Int, out: [UInt8]) {
        self.indent = indent
        self.out = out
        self.out.append(0x7B)
    }

    mutating func key(_ name: StaticString) {
        if !first { out.append(0x2C) }
        out.append(0x0A)
        first = false
        spaces(indent + 2)
        out.append(0x22)
        out.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        out.append(0x22)
        out.append(0x20)
        out.append(0x3A)
        out.append(0x20)
    }

    /// `n` spaces of indentation.
    mutating func spaces(_ n: Int) {
        for _ in 0..<n { out.append(0x20) }
    }

    /// The evidence array of a relation (most of a corpus graph's bytes): as ``array(_:_:_:)`` writes it, with
    /// each record borrowed from the array rather than copied.
    mutating func evidence(_ items: [Evidence]) {
        key("evidence")
        out.append(0x5B)
        out.append(0x0A)
        if items.isEmpty { out.append(0x0A) }
        items.withUnsafeBufferPointer { b in
            for i in b.indices {
                spaces(indent + 4)
                GraphFileRecords.write(b[i], indent: indent + 4, to: &out)
                if i + 1 < b.count { out.append(0x2C) }
                out.append(0x0A)
            }
        }
        spaces(indent + 2)
        out.append(0x5D)
    }

    mutating func field(_ name: StaticString, _ value: (inout [UInt8]) -> Void) {
        key(name)
        value(&out)
    }

    /// An array of items, one per line, each written by `item(element, its indentation, bytes)`.
    mutating func array<T>(_ name: StaticString, _ items: [T], _ item: (T, Int, inout [UInt8]) -> Void) {
        key(name)
        out.append(contentsOf: [0x5B, 0x0A])
        if items.isEmpty { out.append(0x0A) }
        // Through a buffer: its elements are borrowed, where the array's subscript would copy them.
        items.withUnsafeBufferPointer { b in
            for i in b.indices {
                out.append(contentsOf: repeatElement(0x20, count: indent + 4))
                item(b[i], indent + 4, &out)
                out.append(contentsOf: i + 1 < b.count ? [0x2C, 0x0A] : [0x0A])
            }
        }
        out.append(contentsOf: repeatElement(0x20, count: indent + 2))
        out.append(0x5D)
    }

    consuming func finish() -> [UInt8] {
        out.append(0x0A)
        if first { out.append(0x0A) }
        spaces(indent)
        out.append(0x7D)
        return out
    }
}
