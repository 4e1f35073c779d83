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
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Formats a weight as XML Schema `xs:double` lexical form (Swift's shortest round-trip form).
    static func double(_ d: Double) -> String {
        d.isFinite ? "\(d)" : (d.isNaN ? "NaN" : (d < 0 ? "-INF" : "INF"))
    }
}
