import Foundation
import RelGraph

extension Fixtures {
    /// Strings built to break careless writers, one per attack: quotes and backslashes (with Graphviz's `\N`,
    /// `\G`, `\l` escapes), HTML/SVG markup, an XML CDATA end, DOT syntax, line breaks, NUL and other control
    /// characters (with an ANSI escape), right-to-left marks and overrides, XML's non-characters, and a
    /// 10,000-character name. None starts or ends with white space (XML readers trim it).
    public static let hostileNames: [String] = [
        "Quote \"Q\" 'A' back\\slash \\N \\G \\l end\\",
        "<script>alert('x')</script><img src=x onerror=alert(1)>",
        "]]> </svg> <![CDATA[x]]> <!-- c --> &amp; &#0; &lt;",
        "a -> b [label=\"x\" shape=box]; } { node [color=red] c; // /* */ #",
        "Line\nbreak\r\nCRLF\u{2028}LS",
        "NUL\u{0}and\u{1}\u{7}\u{1B}[31mcontrols\u{7F}\u{85}C1",
        "RTL \u{200F}mark \u{202E}override\u{202C} עברית العربية",
        "Non-chars \u{FFFE}\u{FFFF} tab\there 🇰🇵 Ünïcödé",
        String(repeating: "Long", count: 2500),
    ]

    /// `smallGraph()` plus, for each of ``hostileNames``, an actor (id `h<i>` and the name, so ids stay
    /// distinct whatever a format does to them) with the name as its name, its aliases and its affiliation;
    /// a relation from it to Kim Jong-un and one to the next hostile actor, whose evidence quote, cue and
    /// attribution carry the name too; and a document whose title, path, source and URL are the name.
    public static func hostileGraph() -> Graph {
        var g = smallGraph()
        let names = hostileNames
        func id(_ i: Int) -> String { "h\(i) " + names[i] }
        for (i, name) in names.enumerated() {
            g.documents.append(
                Document(
                    id: "doc-h\(i)", path: name + ".txt", title: name, sha256: String(repeating: "1", count: 64),
                    published: "2024-12-0\(i % 9 + 1)", source: name, url: "https://example.org/?q=" + name))
            g.actors.append(
                Actor(
                    id: id(i), name: name, kind: i % 2 == 0 ? .organization : .person,
                    aliases: [name, "alias " + name],
                    mentions: i + 1, documents: 1, affiliation: name))
            let evidence = Evidence(
                document: "doc-h\(i)", sentence: 0, start: 0, end: name.utf8.count, text: "They said: " + name,
                modality: .reported, cue: name, attribution: id(i))
            g.relations.append(
                Relation(
                    source: id(i), target: "kim-jong-un", type: .criticize, directed: true, polarity: .conflictual,
                    evidence: [evidence]))
            g.relations.append(
                Relation(
                    source: id(i), target: id((i + 1) % names.count), type: .meet, directed: false,
                    polarity: .cooperative, evidence: [evidence]))
        }
        return g.canonicalized()
    }

    /// `s` as XML 1.0 can carry it: every scalar outside the `Char` production (§2.2: tab, LF, CR,
    /// U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF) replaced by U+FFFD.
    public static func xmlChars(_ s: String) -> String {
        String(
            String.UnicodeScalarView(
                s.unicodeScalars.map { c in
                    let v = c.value
                    let ok =
                        v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v)
                        || v >= 0x10000
                    return ok ? c : "\u{FFFD}"
                }))
    }
}
