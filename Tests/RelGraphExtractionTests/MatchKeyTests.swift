import Foundation
import RelGraph
import TestSupport
import Testing

@testable import RelGraphExtraction

/// The lexicon matcher's shortcut (a token key that is already its own name key is used as is) must give the
/// key the full definition gives: ``NameKey/key(_:)`` of the token's text, or the token key when that is empty.
struct MatchKeyTests {
    @Test func shortcutAgreesWithNameKey() {
        let text = """
            Kim Jong-un met Andrei Belousov in Pyongyang; Yury Ushakov, Yuriy, Yuri, Zelenskyy's aide, Shoigu,
            Kiir, Hawaii, Ilia, "KCNA" and TASS, the U.S., Russia-Ukraine, 10,000 troops, Élysée, Zelenskíi, Ünal,
            Lee Jae-myung, Ri Il-hwan, XIII, skiing, taxiing, yy, iy, yi, Mr. O'Neill, won't, it's, 2024's, Σergei
            """
        let tokens = Tokenizer.tokenize(text)
        #expect(tokens.count > 60)
        for t in tokens {
            let expected: String
            if t.kind != .word {
                expected = t.key
            } else if t.isPossessive {
                expected = "'s"
            } else {
                let k = NameKey.key(t.text)
                expected = k.isEmpty ? t.key : k
            }
            #expect(LexiconMatcher.matchKey(t) == expected, "\(t.text)")
        }
    }
}

/// The tokenizer's shortcut for words that are ASCII apart from curly single quotes must give the key the
/// Foundation definition gives (fold case, diacritics and width, lower-case, straighten quotes).
struct TokenKeyTests {
    @Test(arguments: [
        "Kim", "KCNA", "Kim\u{2019}s", "won\u{2019}t", "\u{2018}Quote", "O\u{2019}Neill\u{2019}s", "U.S.", "x1Y2",
        "abc\u{2019}", "\u{2019}", "Élysée", "Zelenskíi", "Σergei", "ﬁne", "ＡＢＣ", "Kim\u{201C}", "",
    ])
    func shortcutAgreesWithFoundation(word: String) {
        let reference = word.folding(
            options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil
        )
        .lowercased()
        .replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
        #expect(Tokenizer.key(word) == reference)
        let isSimple = word.unicodeScalars.allSatisfy { $0.isASCII || $0 == "\u{2018}" || $0 == "\u{2019}" }
        #expect((Tokenizer.asciiKey(word) != nil) == isSimple)
    }
}

/// The tokenizer's shortcuts must give what the definitions give, on every token of the seed and development
/// articles and on hand-made words: a word's key is ``Tokenizer/key(_:)`` of its text (a lower-case ASCII
/// word is its own key without computing it), and its match key is ``LexiconMatcher/matchKey(kind:key:text:)``, and it is one character when its text counts one.
struct TokenShortcutTests {
    @Test func wordKeysAgreeWithTheDefinition() throws {
        var texts = [
            "J. Smith met É. Macron and a\u{301} Ö\u{308} in U.S. talks; Kim\u{2019}s aide, O'Neill's, won't.",
            "\u{1F1FA}\u{1F1F8} e\u{301}\u{302} x Σ ﬁ Ａ 10,000 1.5 Time.news \u{2014} \u{201C}Q\u{201D}",
        ]
        texts += try Fixtures.developmentArticleTexts()
        var checked = 0
        for text in texts {
            for t in Tokenizer.tokenize(text) {
                if t.kind != .punctuation {
                    #expect(t.key == Tokenizer.key(t.text), "\(t.text)")
                }
                // The match key the tokenizer stores, from the bytes where it can, is its definition's.
                #expect(t.matchKey == LexiconMatcher.matchKey(kind: t.kind, key: t.key, text: t.text), "\(t.text)")
                #expect(t.isSingleCharacter == (t.text.count == 1), "\(t.text)")
                // The key's hash the tokenizer computed while it read the word is the table's hash of the key.
                #expect(t.keyHash == WordTable<Bool>.hash(t.key), "\(t.text)")
                #expect(t.matchKeyHash == WordTable<Bool>.hash(t.matchKey), "\(t.text)")
                // The capital the tokenizer stored, from the first byte where it can, is its definition's.
                #expect(t.isCapitalized == Token.startsUpperCase(t.text), "\(t.text)")
                checked += 1
            }
        }
        #expect(checked > 5_000)
    }
}

/// The boilerplate filter's byte paths must answer as the character-based definitions they replace.
struct BoilerplateShortcutTests {
    @Test(arguments: [
        "Leave a Reply", "COMMENTS (12)", "Read also: Kim Jong-un meets Belousov in Pyongyang for talks on the parade",
        "Don\u{2019}t miss: the parade", "Copyright \u{00A9} 2025 KCNA Watch. All rights reserved for the publisher",
        String(repeating: "a", count: 39) + "e\u{301} and more", String(repeating: "b", count: 40) + "\u{301}x",
        "\u{00A9} Yonhap", "Ünal said", "", "x",
        "\u{201C}Leave a Reply\u{201D} \u{2014} the site\u{2019}s policy\u{2026}",
        "\u{2018}Related:\u{2019} " + String(repeating: "c", count: 37) + "\u{2019}\u{301}", "Kim\u{2019}s aide said",
        "Source: KCNA", "source", "Tags: Russia", "SHARE THIS", "Share", "(c) 2025", "(C)2025", "Recommended for you",
        "Cookies help us", "Don't miss", "Sign up now", "Signal", "Photo: Reuters", "\u{00A9}2025 TASS", "Related",
        "Comments (3)", "comments", "Post navigation", "Photographs",
    ])
    func lowerHeadAndPrefixesAgreeWithCharacters(line: String) {
        var reference = String(line.prefix(40)).lowercased()
        if !line.utf8.allSatisfy({ $0 < 0x80 }) {
            reference = reference.replacingOccurrences(of: "\u{2019}", with: "'")
        }
        let lower = BoilerplateFilter.lowerHead(line)
        #expect(lower == reference)
        let isASCII = lower.utf8.allSatisfy { $0 < 0x80 }
        for p in BoilerplateFilter.prefixes + BoilerplateFilter.sectionEndHeads {
            #expect(BoilerplateFilter.hasPrefix(lower, p, isASCII: isASCII) == reference.hasPrefix(p), "\(p)")
        }
        #expect(
            BoilerplateFilter.hasBoilerplatePrefix(lower)
                == BoilerplateFilter.prefixes.contains { reference.hasPrefix($0) })
    }

    /// Heads that are not all ASCII, compared with the prefixes their first byte allows, agree with comparing
    /// every prefix as characters: heads made of prefixes' pieces, accented and combining letters, the
    /// singletons that decompose to ASCII (U+212A, U+037E, U+1FEF), and plain words.
    @Test(arguments: 0..<4)
    func nonASCIIHeadsAgreeWithEveryPrefix(seed: UInt64) {
        var rng = TestRandom(state: seed &+ 2_718)
        let pieces = [
            "source:", "tag", "s:", "\u{00A9}", "(c) ", "(", "c", "k", "\u{212A}", ";", "\u{037E}", "`",
            "\u{1FEF}", "e\u{301}", "\u{301}", "é", "related:", "read also", " ", "x", "\u{2019}", "cookie",
            "Ünal", "\u{1F1F0}",
        ]
        var matched = 0
        var nonASCII = 0
        for _ in 0..<3_000 {
            let line = (0..<(1 + rng.below(4))).map { _ in pieces[rng.below(pieces.count)] }.joined()
            let lower = BoilerplateFilter.lowerHead(line)
            guard !lower.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
            nonASCII += 1
            let expected = BoilerplateFilter.prefixes.contains { lower.hasPrefix($0) }
            #expect(BoilerplateFilter.hasBoilerplatePrefixByCharacters(lower) == expected, "\(line)")
            #expect(BoilerplateFilter.hasBoilerplatePrefix(lower) == expected, "\(line)")
            if expected { matched += 1 }
        }
        #expect(nonASCII > 1_000 && matched > 100)
    }
}

/// Trimming on scalars must give what Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)` gives.
struct TrimmingShortcutTests {
    @Test func whitespaceTestMatchesCharacterSet() {
        let set = CharacterSet.whitespacesAndNewlines
        for v in UInt32(0)...0xFFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(BoilerplateFilter.isWhitespaceOrNewline(s) == set.contains(s), "U+\(String(v, radix: 16))")
        }
    }

    @Test(arguments: [
        "\u{00A0}Kim met Putin.\u{2003}", "\u{201C}Quoted.\u{201D}", " \u{3000}x\u{2029}", "\u{00A0}\u{00A0}",
        "\u{0085}text\u{200B}", "e\u{301} ", "\u{2028}line\u{2028}",
    ])
    func trimmedAgreesWithFoundation(line: String) {
        let bytes = Array(line.utf8)
        #expect(BoilerplateFilter.trimmed(bytes[...]) == line.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

/// The date shortcut (an ASCII `YYYY-MM-DD` at the start, answered from the bytes) must give what the definition
/// (Foundation's trimming, then the first ten characters) gives, including the values it leaves to it.
struct ISODateShortcutTests {
    @Test func shortcutAgreesWithTheDefinition() {
        let values = [
            "2024-06-19", "2024-06-19T09:00:00Z", "2024-06-19 ", "2024-06-19\r\n", "2024-06-19\"", " 2024-06-19",
            "\"2024-06-19\"", "'2024-06-19'", "2024-6-19", "2024-06-1", "20240-6-19", "2024/06/19", "2024-06-19\u{301}",
            "2024-06-19\u{00A0}x", "\u{0662}\u{0660}\u{0662}\u{0664}-06-19", "2024-06-1x", "-2024-06-19", "", "2024",
            "2024-06-19-01", "June 19, 2024", "9999-99-99", "0000-00-00abc",
        ]
        for value in values {
            #expect(ArticleReader.isoDate(value) == ArticleReader.trimmedISODate(value), "\(value.debugDescription)")
        }
        #expect(ArticleReader.isoDate("2024-06-19T09:00Z") == "2024-06-19")
        #expect(ArticleReader.isoDate(nil) == nil)
    }
}

/// Each mention carries its actor's kind (set when it enters the table, read by the later passes instead of a
/// dictionary lookup): after every pass it must still be what the table says of the actor.
struct MentionKindTests {
    @Test func everyMentionCarriesItsActorsKind() throws {
        let extractor = Extractor(lexicon: try Lexicon.builtIn(), cues: try CueLexicon.builtIn())
        var checked = 0
        for source in try DevelopmentArticles.documents() {
            let table = extractor.mentions(in: source)
            let path = source.document.path
            for m in table.mentions.flatMap({ $0 }) {
                #expect(m.kind == table.kind(m.actor), "\(m.actor) in \(path)")
                #expect(m.kind != nil, "\(m.actor) has no entry in \(path)")
                checked += 1
            }
        }
        #expect(checked > 300)
    }
}

/// A speech cue is "according ..." when its surface lower-cases to a string starting with "according"; the
/// shortcut lower-cases only surfaces starting with "a" or "A", and must agree with the definition on surfaces
/// of any case, with accents, combining marks and letters that lower-case to several scalars.
struct AccordingShortcutTests {
    @Test(arguments: 0..<4)
    func surfacesAgreeWithTheDefinition(seed: UInt64) {
        var rng = TestRandom(state: seed &+ 1_234)
        let pieces = [
            "according", "ACCORDING", "Accord", "ing", " to", "a", "A", "\u{0301}", "\u{00C0}", "\u{0130}", "İ", "ß",
            "\u{212A}", "x", "", "\u{FF21}", "\u{1E9A}", "said",
        ]
        var matched = 0
        for _ in 0..<3_000 {
            let surface = (0..<(1 + rng.below(3))).map { _ in pieces[rng.below(pieces.count)] }.joined()
            let expected = surface.lowercased().hasPrefix("according")
            #expect(RelationFinder.startsWithAccording(surface) == expected, "\(surface)")
            if expected { matched += 1 }
        }
        #expect(matched > 100)
    }
}
