import Foundation
import TestSupport
import Testing

@testable import RelGraphExtraction

/// The boilerplate filter judges a line of ASCII and common punctuation on its bytes; every kind of line must
/// get the verdict the character-based definition gives, in real articles and in generated pages that mix
/// boilerplate, titles, bullets, numbers, UUIDs and non-ASCII white space and letters.
struct BodyLinesShortcutTests {
    @Test func developmentArticlesKeepTheSameLines() throws {
        var lines = 0
        for doc in try DevelopmentArticles.documents() {
            for title in [true, false] {
                let fast = BoilerplateFilter.bodyLines(of: doc.text, bodyStart: doc.bodyStart, firstLineIsTitle: title)
                let reference = BoilerplateFilter.bodyLinesByDefinition(
                    of: doc.text, bodyStart: doc.bodyStart, firstLineIsTitle: title)
                #expect(fast == reference, "\(doc.document.title)")
                lines += fast.count
            }
        }
        #expect(lines > 100)
    }

    /// Lines chosen to sit on each test's edge: prefixes and section ends in either case and with curly
    /// apostrophes, short lines with and without sentence punctuation, bullets, headings, numbers, UUIDs, lines
    /// led or ended by white space that is not ASCII, combining marks, and 40-character heads.
    static let pieces = [
        "Leave a Reply", "COMMENTS (12)", "Comments", "comments", "Post navigation", "Related posts:",
        "Read also: Kim meets Putin", "Don\u{2019}t miss: the parade", "Don't miss", "Share this:", "Tags: Russia",
        "\u{00A9} 2025 TASS", "(c) 2025 KCNA", "Copyright 2025", "Photo: Reuters", "Hot news now", "Hot news now.",
        "- I'm sad", "* item", "\u{2022} bullet", "\u{00B7} dot", "# Heading", "#tag", "10,000", "1.5 2.5", "3",
        "123e4567-e89b-12d3-a456-426614174000", "123e4567-e89b-12d3-a456-42661417400g",
        "Kim Jong-un met Andrei Belousov in Pyongyang on Saturday, KCNA said.",
        "\u{201C}We will fight,\u{201D} he said \u{2014} and left\u{2026}",
        "\u{00A0}Kim met Putin.\u{2003}", "\u{2028}line\u{2028}", "\u{200B}zero width", "e\u{301}lan vital is here.",
        "Zelenskyy\u{2019}s aide said so", "\u{2018}Related:\u{2019} more", "Leave a comment\u{301}",
        String(repeating: "a", count: 39) + "\u{2019}s", String(repeating: "word ", count: 26) + "end",
        String(repeating: "word ", count: 24) + "end.", "Title Without Stop", "Title With Stop.", "  \t ", "",
        "\r", "x\ty z", "a\u{0085}", "Ünal said: yes", "\u{1F1FA}\u{1F1F8} flags", "Sign up now!", "Subscribe",
    ]

    @Test func generatedPagesKeepTheSameLines() {
        var random = TestRandom(state: 0x5EED_B0D1)
        for _ in 0..<2_000 {
            let count = 1 + random.below(8)
            var lines: [String] = []
            for _ in 0..<count {
                var line = Self.pieces[random.below(Self.pieces.count)]
                if random.below(4) == 0 { line = " " + line + "\t" }
                if random.below(6) == 0 { line += " " + Self.pieces[random.below(Self.pieces.count)] }
                lines.append(line)
            }
            let text = lines.joined(separator: random.below(5) == 0 ? "\r\n" : "\n")
            let bodyStart = random.below(3) == 0 ? min(text.utf8.count, random.below(10)) : 0
            for title in [true, false] {
                #expect(
                    BoilerplateFilter.bodyLines(of: text, bodyStart: bodyStart, firstLineIsTitle: title)
                        == BoilerplateFilter.bodyLinesByDefinition(
                            of: text, bodyStart: bodyStart, firstLineIsTitle: title),
                    "\(text.debugDescription)")
            }
        }
    }
}

/// The filter tells a UUID line of ASCII and common punctuation by its bytes; it must agree with the
/// definition's character test on lines of 36 bytes built from hex digits, hyphens, other letters and the
/// punctuation a simple line may hold.
struct SimpleUUIDTests {
    @Test(arguments: 0..<4)
    func randomSimpleLinesAgreeWithTheDefinition(seed: UInt64) {
        var rng = TestRandom(state: seed &+ 1_234)
        let pieces = ["0", "9", "a", "F", "f", "g", "-", "-", "-", " ", "\u{2019}", "\u{2014}"]
        let uuid = Array("123e4567-e89b-12d3-a456-426614174000")
        var lines = ["123e4567-e89b-12d3-a456-426614174000", "123E4567-E89B-12D3-A456-426614174000"]
        for _ in 0..<3_000 {
            // A UUID with a few characters replaced, or a line of random pieces.
            var line = uuid.map(String.init)
            for _ in 0..<rng.below(3) { line[rng.below(line.count)] = pieces[rng.below(pieces.count)] }
            lines.append(rng.below(2) == 0 ? line.joined() : (0..<36).map { _ in pieces[rng.below(12)] }.joined())
        }
        var uuids = 0
        for line in lines where line.utf8.count == 36 {
            let bytes = Array(line.utf8)
            let simple = bytes.withUnsafeBufferPointer { BoilerplateFilter.simpleLine($0) }
            guard simple else { continue }
            let fast = bytes.withUnsafeBufferPointer { BoilerplateFilter.isSimpleUUID($0) }
            #expect(fast == BoilerplateFilter.isUUID(line), "\(line)")
            if fast { uuids += 1 }
        }
        #expect(uuids > 50)
    }
}
