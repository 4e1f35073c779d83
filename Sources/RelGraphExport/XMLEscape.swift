/// Escapes text for XML 1.0 character data and double-quoted attribute values.
///
/// `&`, `<`, `>`, `"` and `'` become entities; tab, line feed and carriage return become character
/// references (so attribute-value normalisation cannot turn them into spaces); the few characters XML 1.0
/// cannot carry at all (other C0 controls, U+FFFE, U+FFFF) are replaced by U+FFFD so the damage is visible.
/// The result can never close an attribute or open markup.
enum XMLEscape {
    static func text(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                out.unicodeScalars.append(isXMLChar(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// Whether XML 1.0 can carry `scalar` (the `Char` production, §2.2: tab, LF, CR, U+0020–U+D7FF,
    /// U+E000–U+FFFD, U+10000–U+10FFFF; Swift strings hold no surrogates).
    static func isXMLChar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v >= 0x20 ? v != 0xFFFE && v != 0xFFFF : v == 0x09 || v == 0x0A || v == 0x0D
    }

    /// `s` with every scalar XML 1.0 cannot carry replaced by U+FFFD, for the CSV writer: NUL ends a C string
    /// and breaks many CSV readers, and a file that differs from the XML exports only in this would surprise.
    static func replacingNonXMLChars(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { !isXMLChar($0) }) else { return s }
        return String(String.UnicodeScalarView(s.unicodeScalars.map { isXMLChar($0) ? $0 : "\u{FFFD}" }))
    }

    /// Formats a weight as XML Schema `xs:double` lexical form (Swift's shortest round-trip form).
    static func double(_ d: Double) -> String {
        d.isFinite ? "\(d)" : (d.isNaN ? "NaN" : (d < 0 ? "-INF" : "INF"))
    }
}
