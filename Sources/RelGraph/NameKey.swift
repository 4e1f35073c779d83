import Foundation

/// Folds a name to a key under which spelling variants meet: case, diacritics, hyphens, apostrophes and
/// spaces are dropped, `y` and `i` are one letter, and a run of them is one. So "Kim Jong-un", "kim jong un" and
/// "KIM JONG UN" share a key, as do Yury/Yuri/Yuriy and Zelensky/Zelenskyy. Other doubled letters stay: "Kimm"
/// is not "Kim" (a typo is for suggestions, see ``ActorLookup``, not for silent matching).
public enum NameKey {
    /// The loose key for matching spelling variants (see the type's documentation).
    /// - Complexity: O(n); an ASCII name (nearly every name of an English article) takes one pass over its bytes
    ///   (``keyByDefinition(_:)`` without Foundation's folding, which leaves ASCII as it is but for case).
    public static func key(_ name: String) -> String {
        asciiFold(name, yIsI: true) ?? keyByDefinition(name)
    }

    /// ``key(_:)`` by its definition: ``plainByDefinition(_:)``, then `y` as `i` and a run of `i` as one.
    static func keyByDefinition(_ name: String) -> String {
        var bytes: [UInt8] = []
        for b in plainByDefinition(name).utf8 {
            let c: UInt8 = b == 0x79 ? 0x69 : b  // y -> i
            if c == 0x69 && bytes.last == 0x69 { continue }
            bytes.append(c)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Lowercase ASCII letters and digits only, diacritics removed: "Zelenskyy's" -> "zelenskyys".
    public static func plain(_ name: String) -> String {
        asciiFold(name, yIsI: false) ?? plainByDefinition(name)
    }

    /// ``plain(_:)`` by its definition: Foundation's folding of case, diacritics and width, then the ASCII letters
    /// and digits.
    static func plainByDefinition(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        return String(
            folded.lowercased().unicodeScalars.filter {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))
            }.map(Character.init))
    }

    /// The ASCII fast path of ``key(_:)`` (`yIsI`) and ``plain(_:)``: one pass over the UTF-8 bytes in place into
    /// the new string's own storage (no buffer; names under 16 bytes need no allocation at all). Nil when `name`
    /// is not ASCII. (A loop over `name.utf8` cost four times the instructions: the view checks the string's form
    /// at every byte.)
    private static func asciiFold(_ name: String, yIsI: Bool) -> String? {
        if let folded = name.utf8.withContiguousStorageIfAvailable({ asciiFold($0, yIsI: yIsI) }) { return folded }
        // Not contiguous (a bridged string): a contiguous copy.
        return Array(name.utf8).withUnsafeBufferPointer { asciiFold($0, yIsI: yIsI) }
    }

    private static func asciiFold(_ bytes: UnsafeBufferPointer<UInt8>, yIsI: Bool) -> String? {
        for b in bytes where b >= 0x80 { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var n = 0
            for b in bytes {
                var c: UInt8
                switch b {
                case 0x41...0x5A: c = b | 0x20
                case 0x61...0x7A, 0x30...0x39: c = b
                default: continue
                }
                if yIsI {
                    if c == 0x79 { c = 0x69 }
                    if c == 0x69 && n > 0 && out[n - 1] == 0x69 { continue }
                }
                out[n] = c
                n += 1
            }
            return n
        }
    }

    /// A lowercase, hyphenated id for a name: "Kim Jong-un" -> "kim-jong-un".
    /// - Complexity: O(n); an ASCII name (most discovered names) takes a pass over its bytes, without
    ///   Foundation's folding (which leaves ASCII as it is, but for case).
    public static func slug(_ name: String) -> String {
        var name = name
        if let ascii = name.withUTF8({ asciiSlug($0) }) { return ascii }
        return slugByDefinition(name)
    }

    /// ``slug(_:)`` of an ASCII name given as UTF-8 bytes: letters lower-cased and digits kept, an apostrophe
    /// dropped, any other run of bytes one hyphen between kept ones. Nil when a byte is not ASCII.
    private static func asciiSlug(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        for b in bytes where b >= 0x80 { return nil }
        let out = String(unsafeUninitializedCapacity: 2 * bytes.count) { out in
            var n = 0
            var pendingHyphen = false
            for b in bytes {
                let c: UInt8
                switch b {
                case 0x41...0x5A: c = b | 0x20
                case 0x61...0x7A, 0x30...0x39: c = b
                case 0x27: continue
                default:
                    pendingHyphen = true
                    continue
                }
                if pendingHyphen && n > 0 {
                    out[n] = 0x2D
                    n += 1
                }
                out[n] = c
                n += 1
                pendingHyphen = false
            }
            return n
        }
        return out.isEmpty ? "actor" : out
    }

    /// ``slug(_:)`` by its definition: Foundation's folding of case and diacritics, then the ASCII letters and
    /// digits, other runs one hyphen.
    static func slugByDefinition(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var out = ""
        var pendingHyphen = false
        for s in folded.unicodeScalars {
            if s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s)) {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                out.unicodeScalars.append(s)
                pendingHyphen = false
            } else if s != "'" && s != "\u{2019}" {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "actor" : out
    }
}
