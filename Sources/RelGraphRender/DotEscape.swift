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
        escape(s, lineBreaks: lineBreaks, backslash: Array("\\\\".utf8), ampersand: Array("&amp;".utf8))
    }

    /// A DOT double-quoted URL: as ``quoted(_:lineBreaks:)`` but `&` left as it is (the caller writes the
    /// query for the output format).
    public static func url(_ s: String) -> String {
        escape(s, lineBreaks: false, backslash: Array("\\\\".utf8), ampersand: [UInt8(ascii: "&")])
    }

    /// - Complexity: O(n) in the UTF-8 length; ASCII needs no Unicode property lookups.
    private static func escape(_ s: String, lineBreaks: Bool, backslash: [UInt8], ampersand: [UInt8]) -> String {
        // Most names, ids and titles are printable ASCII without `"`, `\` or `&`: quoted as they are.
        let plain = s.utf8.allSatisfy { b in
            b >= 0x20 && b < 0x7F && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") && b != UInt8(ascii: "&")
        }
        if plain {
            return "\"" + s + "\""
        }
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(s.utf8.count + 8)
        var pendingSpace = false
        func space() {
            if pendingSpace {
                if out.count > 1 && out.last != UInt8(ascii: " ") { out.append(UInt8(ascii: " ")) }
                pendingSpace = false
            }
        }
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v == 0x0A || v == 0x0D || v == 0x85 || v == 0x2028 || v == 0x2029 {
                if lineBreaks {
                    space()
                    out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                } else {
                    pendingSpace = true
                }
                continue
            }
            if v < 0x80 {
                if v < 0x20 || v == 0x7F {
                    if v == 0x09 { pendingSpace = true }
                    continue
                }
                space()
                switch v {
                case 0x22: out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
                case 0x5C: out += backslash
                case 0x26: out += ampersand
                default: out.append(UInt8(v))
                }
                continue
            }
            let category = scalar.properties.generalCategory
            if category == .control || category == .format || category == .surrogate || category == .unassigned {
                continue
            }
            space()
            out += Array(String(scalar).utf8)
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    /// A DOT string for a `tooltip`: as ``quoted(_:lineBreaks:)`` with line breaks kept, and every `\` shown
    /// as `⧵` (U+29F5). Graphviz expands a node tooltip's escapes twice, so no backslash escape survives it
    /// intact: an actor named `a\N` would otherwise show the node's name in place of `\N`.
    public static func tooltip(_ s: String) -> String {
        escape(s, lineBreaks: true, backslash: Array("\u{29F5}".utf8), ampersand: Array("&amp;".utf8))
    }

    /// A name safe as an SVG/XML `id` and in a URL fragment: ASCII letters, digits, `-` and `_`; every other
    /// character becomes `_`. Callers make the result unique (see ``UniqueIDs``).
    public static func identifier(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            let ok =
                ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "-" || scalar == "_"
            out.unicodeScalars.append(ok ? scalar : "_")
        }
        return out.isEmpty ? "_" : out
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

/// Hands out unique identifiers: the second `x` becomes `x-2`, the third `x-3`.
struct UniqueIDs {
    private var used: Set<String> = []

    mutating func make(_ base: String) -> String {
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
