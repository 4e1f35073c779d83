/// Escaping for the DOT language and for the SVG ids and links Graphviz writes.
///
/// Everything relgraph writes into DOT goes through here, so nothing from a graph file (an actor named
/// `<script>`, a quote with `"` or `\`, a control character) can end a string, start DOT or HTML syntax, or reach
/// the SVG unescaped.
public enum DotEscape {
    /// A DOT double-quoted string for a label or tooltip: `"` and `\` escaped (so Graphviz's `\N`, `\G`, `\l`
    /// substitutions cannot fire), control and format characters dropped. Line breaks become DOT's `\n` when
    /// `lineBreaks` is true, spaces otherwise (a name is one line).
    public static func quoted(_ s: String, lineBreaks: Bool = false) -> String {
        var out = "\""
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                if lineBreaks {
                    out += "\\n"
                } else {
                    pendingSpace = true
                }
                continue
            }
            let category = scalar.properties.generalCategory
            if category == .control || category == .format || category == .surrogate || category == .unassigned {
                if scalar == "\t" { pendingSpace = true }
                continue
            }
            if pendingSpace {
                if !out.hasSuffix(" ") && out != "\"" { out += " " }
                pendingSpace = false
            }
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A DOT string for a `tooltip`: as ``quoted(_:lineBreaks:)`` with line breaks kept, and every `\` shown
    /// as `⧵` (U+29F5). Graphviz expands a node tooltip's escapes twice, so no backslash escape survives it
    /// intact: an actor named `a\N` would otherwise show the node's name in place of `\N`.
    public static func tooltip(_ s: String) -> String {
        quoted(s.replacingOccurrences(of: "\\", with: "\u{29F5}"), lineBreaks: true)
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
