/// Escaping for the DOT language and for the SVG ids and links Graphviz writes.
///
/// Everything relgraph writes into DOT goes through here, so nothing from a graph file (an actor named
/// `<script>`, a quote with `"` or `\`, a control character) can end a string, start DOT or HTML syntax, or reach
/// the SVG unescaped.
public enum DotEscape {
    /// A DOT double-quoted string for a label, tooltip or node name: `"` and `\` escaped (so Graphviz's `\N`,
    /// `\G`, `\l` substitutions cannot fire), `&` written as `&amp;`, control and format characters dropped.
    /// Line breaks (LF, CR, NEL, U+2028, U+2029) become DOT's `\n` when `lineBreaks` is true, spaces otherwise (a
    /// name is one line).
    ///
    /// Graphviz decodes character entities in labels (`&lt;` shows as `<`, `&#x202E;` as a right-to-left
    /// override) and copies entity-like text into SVG titles and tooltips as it is (`&#0;` would make the SVG
    /// ill-formed XML); writing every `&` as `&amp;` makes a name's `&` a plain character in both.
    public static func quoted(_ s: String, lineBreaks: Bool = false) -> String {
        escape(s, lineBreaks: lineBreaks, backslash: doubledBackslash, ampersand: ampersandEntity)
    }

    /// A DOT double-quoted URL: as ``quoted(_:lineBreaks:)`` but `&` left as it is (the caller writes the
    /// query for the output format).
    public static func url(_ s: String) -> String {
        escape(s, lineBreaks: false, backslash: doubledBackslash, ampersand: [UInt8(ascii: "&")])
    }

    private static let doubledBackslash = Array("\\\\".utf8)
    private static let shownBackslash = Array("\u{29F5}".utf8)
    private static let ampersandEntity = Array("&amp;".utf8)

    /// - Complexity: O(n) in the UTF-8 length; ASCII needs no Unicode property lookups, and every kept character
    ///   is copied as the bytes it already is.
    private static func escape(_ s: String, lineBreaks: Bool, backslash: [UInt8], ampersand: [UInt8]) -> String {
        // Most names, ids and titles are printable ASCII without `"`, `\` or `&`: quoted as they are, written
        // once into the result (a short result stays a small string, with no allocation).
        if let quoted = plainQuoted(s) { return quoted }
        var writer = DotStringWriter(
            lineBreaks: lineBreaks, backslash: backslash, ampersand: ampersand, capacity: s.utf8.count + 16)
        writer.append(s)
        return writer.finish()
    }

    /// `"s"` when every byte of `s` is printable ASCII other than `"`, `\` and `&` (so that escaping would leave
    /// it as it is), else nil.
    /// - Complexity: O(n) in the UTF-8 length, one pass over contiguous bytes and one copy.
    private static func plainQuoted(_ s: String) -> String? {
        var s = s
        return s.withUTF8 { bytes -> String? in
            for b in bytes {
                guard b >= 0x20 && b < 0x7F && b != 0x22 && b != 0x5C && b != 0x26 else { return nil }
            }
            return String(unsafeUninitializedCapacity: bytes.count + 2) { out in
                out[0] = UInt8(ascii: "\"")
                _ = UnsafeMutableBufferPointer(rebasing: out[1..<(bytes.count + 1)]).initialize(from: bytes)
                out[bytes.count + 1] = UInt8(ascii: "\"")
                return bytes.count + 2
            }
        }
    }

    /// A writer of one tooltip string, for text written in pieces: equal to ``tooltip(_:)`` of the pieces joined.
    static func tooltipWriter(capacity: Int) -> DotStringWriter {
        DotStringWriter(lineBreaks: true, backslash: shownBackslash, ampersand: ampersandEntity, capacity: capacity)
    }

    /// Whether `v` lies in a block whose every code point is assigned and neither a control nor a format character
    /// (Latin-1 letters and signs but the soft hyphen, Latin Extended, IPA, spacing modifiers, the dashes, quotes
    /// and bullets of General Punctuation, arrows): kept without a Unicode property lookup.
    fileprivate static func isOrdinary(_ v: UInt32) -> Bool {
        (0xA0...0x2FF).contains(v) && v != 0xAD || (0x2010...0x2027).contains(v) || (0x2030...0x205F).contains(v)
            || (0x2190...0x21FF).contains(v)
    }

    /// A DOT string for a `tooltip`: as ``quoted(_:lineBreaks:)`` with line breaks kept, and every `\` shown
    /// as `⧵` (U+29F5). Graphviz expands a node tooltip's escapes twice, so no backslash escape survives it
    /// intact: an actor named `a\N` would otherwise show the node's name in place of `\N`.
    public static func tooltip(_ s: String) -> String {
        escape(s, lineBreaks: true, backslash: shownBackslash, ampersand: ampersandEntity)
    }

    /// A name safe as an SVG/XML `id` and in a URL fragment: ASCII letters, digits, `-` and `_`; every other
    /// character becomes `_`. Callers make the result unique (see ``UniqueIDs``).
    public static func identifier(_ s: String) -> String {
        // Ids are mostly made of allowed characters already: then the identifier is the string itself.
        var s = s
        if s.withUTF8({ !$0.isEmpty && $0.allSatisfy(isIdentifierByte) }) { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for b in s.utf8 {
            if isIdentifierByte(b) {
                out.append(b)
            } else if !(0x80..<0xC0).contains(b) {  // a continuation byte: its scalar already gave one `_`
                out.append(UInt8(ascii: "_"))
            }
        }
        return out.isEmpty ? "_" : String(decoding: out, as: UTF8.self)
    }

    private static func isIdentifierByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            true
        default: false
        }
    }

    /// `s` percent-encoded for a URL query value (RFC 3986 unreserved characters kept).
    public static func queryValue(_ s: String) -> String {
        var out = ""
        for byte in s.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if c.isASCII && (c.isLetter || c.isNumber || "-._~".contains(c)) {
                out.append(c)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

/// Writes one DOT double-quoted string as ``DotEscape`` escapes it, from text given in pieces: the result equals
/// the escape of the pieces joined (the pending space of a run of white space carries over from piece to piece).
struct DotStringWriter {
    private var out: [UInt8] = []
    private var pendingSpace = false
    private let lineBreaks: Bool
    private let backslash: [UInt8]
    private let ampersand: [UInt8]

    init(lineBreaks: Bool, backslash: [UInt8], ampersand: [UInt8], capacity: Int) {
        self.lineBreaks = lineBreaks
        self.backslash = backslash
        self.ampersand = ampersand
        out.reserveCapacity(capacity)
        out.append(UInt8(ascii: "\""))
    }

    /// The quoted string: everything appended, and the closing quote.
    consuming func finish() -> String {
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func space() {
        if pendingSpace {
            if out.count > 1 && out.last != UInt8(ascii: " ") { out.append(UInt8(ascii: " ")) }
            pendingSpace = false
        }
    }

    private mutating func lineBreak() {
        if lineBreaks {
            space()
            out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
        } else {
            pendingSpace = true
        }
    }

    /// Appends `s` escaped: `"` and `\` escaped, `&` as given, control and format characters dropped, line breaks
    /// as `\n` or spaces, tabs as spaces.
    /// - Complexity: O(n) in the UTF-8 length.
    mutating func append(_ s: String) {
        var s = s
        s.withUTF8 { append(bytes: $0) }
    }

    private mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
        var i = 0
        while i < bytes.count {
            // A run of printable ASCII other than `"`, `\\` and `&` is copied as it is.
            var end = i
            while end < bytes.count {
                let c = bytes[end]
                guard c >= 0x20 && c < 0x7F && c != 0x22 && c != 0x5C && c != 0x26 else { break }
                end += 1
            }
            if end > i {
                space()
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<end]))
                i = end
                continue
            }
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                if b == 0x0A || b == 0x0D {
                    lineBreak()
                } else if b < 0x20 || b == 0x7F {
                    if b == 0x09 { pendingSpace = true }
                } else {
                    space()
                    switch b {
                    case 0x22: out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
                    case 0x5C: out += backslash
                    case 0x26: out += ampersand
                    default: out.append(b)
                    }
                }
                continue
            }
            // A multi-byte scalar (the string is valid UTF-8): its length from the lead byte.
            let length = b >= 0xF0 ? 4 : (b >= 0xE0 ? 3 : 2)
            var v = UInt32(b) & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))
            for k in 1..<length { v = v << 6 | (UInt32(bytes[i + k]) & 0x3F) }
            let start = i
            i += length
            if v == 0x85 || v == 0x2028 || v == 0x2029 {
                lineBreak()
                continue
            }
            if !DotEscape.isOrdinary(v), let scalar = Unicode.Scalar(v) {
                let category = scalar.properties.generalCategory
                if category == .control || category == .format || category == .surrogate || category == .unassigned {
                    continue
                }
            }
            space()
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
        }
    }
}

/// Hands out unique identifiers: the second `x` becomes `x-2`, the third `x-3`.
struct UniqueIDs {
    private var used: Set<String> = []

    mutating func make(_ base: String) -> String {
        if used.insert(base).inserted { return base }
        var candidate = base
        var n = 1
        while used.contains(candidate) {
            n += 1
            candidate = "\(base)-\(n)"
        }
        used.insert(candidate)
        return candidate
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
