import Foundation
import RelGraph
import TestSupport
import Testing

@testable import RelGraphExtraction

/// Text as it arrives from scrapers: invalid UTF-8, binary and empty files, markup that never closes.
struct DamagedTextTests {
    /// Every count and offset agrees with what `String(decoding:as:)` replaces: pseudo-random bytes (a seeded
    /// linear congruential generator, Knuth's MMIX constants; no 0xEF, so no genuine U+FFFD is in the input)
    /// decode to exactly `count` replacement characters, and the text before `firstOffset` decodes without any.
    @Test func utf8CheckAgreesWithTheStandardDecoder() {
        var state: UInt64 = 7
        for length in [1, 2, 3, 4, 7, 16, 100, 1000] {
            for _ in 0..<200 {
                let bytes = (0..<length).map { _ -> UInt8 in
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    // Mostly bytes >= 0x80, where UTF-8 goes wrong.
                    let b = UInt8(truncatingIfNeeded: state >> 56) | (state & 0x100 == 0 ? 0x80 : 0)
                    return b == 0xEF ? 0x41 : b
                }
                let data = Data(bytes)
                let decoded = String(decoding: data, as: UTF8.self)
                let replaced = decoded.unicodeScalars.filter { $0 == "\u{FFFD}" }.count
                let check = UTF8Check.scan(data, decoded: decoded)
                #expect((check?.count ?? 0) == replaced, "\(bytes)")
                if let check {
                    let before = String(decoding: data.prefix(check.firstOffset), as: UTF8.self)
                    #expect(!before.unicodeScalars.contains("\u{FFFD}"), "\(bytes)")
                }
            }
        }
    }

    /// The scan skips ASCII eight bytes at a time; it must find what the byte-by-byte scan finds, with damage
    /// and multi-byte characters at every offset of a word, after runs of ASCII of every length, and in the
    /// development articles.
    @Test(arguments: 0..<4)
    func utf8CheckWordAtATimeAgreesWithTheDefinition(seed: UInt64) throws {
        var rng = TestRandom(state: seed &+ 311)
        let pieces: [[UInt8]] = [
            [0x41], [0x20], [0x0A], [0x00], [0x7F], [0xC3, 0xA9], [0xE2, 0x80, 0x99], [0xF0, 0x9F, 0x87, 0xB0],
            [0xCC, 0x81], [0x80], [0xC3], [0xFF], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90],
            Array("Kim Jong-un met Putin".utf8), Array("abcdefg".utf8),
        ]
        var texts: [[UInt8]] = try Fixtures.developmentArticleTexts().map { Array($0.utf8) } + [[]]
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<rng.below(20) { bytes += pieces[rng.below(pieces.count)] }
            texts.append(bytes)
        }
        var damaged = 0
        for bytes in texts {
            let fast = bytes.withUnsafeBytes { UTF8Check.scan($0) }
            #expect(fast == bytes.withUnsafeBytes { UTF8Check.scanByDefinition($0) }, "\(bytes)")
            if fast != nil { damaged += 1 }
        }
        #expect(damaged > 100)
    }

    @Test func utf8CheckOnHandPickedSequences() {
        func check(_ bytes: [UInt8]) -> UTF8Check? {
            let data = Data(bytes)
            return UTF8Check.scan(data, decoded: String(decoding: data, as: UTF8.self))
        }
        #expect(check(Array("Kim Jong-un — 김정은 🇰🇵".utf8)) == nil)
        #expect(check([0x41, 0xE9, 0x20]) == UTF8Check(firstOffset: 1, count: 1))  // Latin-1 é
        #expect(check([0x41, 0x42, 0x80]) == UTF8Check(firstOffset: 2, count: 1))  // lone continuation
        #expect(check([0xF0, 0x9F, 0x98]) == UTF8Check(firstOffset: 0, count: 1))  // cut-off emoji: one subpart
        #expect(check([0xED, 0xA0, 0x80]) == UTF8Check(firstOffset: 0, count: 3))  // a UTF-16 surrogate
        #expect(check([0xC0, 0xAF]) == UTF8Check(firstOffset: 0, count: 2))  // overlong '/'
        #expect(check(Array("\u{FFFD} is fine".utf8)) == nil)  // a real replacement character is valid text
    }

    @Test func readWithWarningsNamesTheFileAndOffset() throws {
        let dir = try Fixtures.temporaryFolder()
        let path = dir + "/a.txt"
        try Data([0x4B, 0x69, 0x6D, 0x20, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: path))
        let result = try ArticleReader.readWithWarnings(path: path)
        #expect(result.documents.map(\.text) == ["Kim \u{FFFD}\n"])
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.hasPrefix("\(path): invalid UTF-8 at byte 4;") == true)
    }

    /// Named on the command line, an empty or binary file is an error; found in a folder it is read as a
    /// warning and no document.
    @Test func binaryAndEmptyFilesAreErrorsWhenNamedAndWarningsInAFolder() throws {
        let dir = try Fixtures.temporaryFolder()
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]).write(to: URL(fileURLWithPath: dir + "/image.html"))
        try Data().write(to: URL(fileURLWithPath: dir + "/empty.md"))
        #expect(throws: ExtractionError.binaryFile(path: dir + "/image.html")) {
            try ArticleReader.files(in: [dir + "/image.html"])
        }
        #expect(throws: ExtractionError.emptyFile(path: dir + "/empty.md")) {
            try ArticleReader.files(in: [dir + "/empty.md"])
        }
        #expect(try ArticleReader.files(in: [dir]) == [dir + "/empty.md", dir + "/image.html"])
        let binary = try ArticleReader.readWithWarnings(path: dir + "/image.html")
        #expect(binary.documents.isEmpty)
        #expect(
            binary.warnings == ["\(dir)/image.html: skipped, a binary file (image, program, UTF-16?), not an article."])
        let empty = try ArticleReader.readWithWarnings(path: dir + "/empty.md")
        #expect(empty.documents.isEmpty)
        #expect(empty.warnings == ["\(dir)/empty.md: skipped, the file is empty."])
        #expect(throws: ExtractionError.binaryFile(path: dir + "/image.html")) {
            try ArticleReader.read(path: dir + "/image.html")
        }
    }

    /// 100,000 `<` that never close: each used to search the rest of the text for `>`, 10^5 × 400 KB of
    /// scanning. Now one pass; the text comes through.
    @Test(.timeLimit(.minutes(1))) func unclosedAnglesInHTMLAreLinear() {
        let html = "<p>Kim Jong-un met Vladimir Putin.</p>" + String(repeating: "a < b ", count: 100_000)
        let text = HTMLArticle.text(of: html)
        #expect(text.hasPrefix("Kim Jong-un met Vladimir Putin.\na < b a < b"))
        #expect(text.utf8.count > 500_000)
        let comment = "<p>x</p><!-- never closed > " + String(repeating: "<!-- y ", count: 50_000)
        #expect(HTMLArticle.text(of: comment).hasPrefix("x\n"))
    }
}
