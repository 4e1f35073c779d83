import Foundation
import RelGraph
import RelGraphExtraction
import TestSupport
import Testing

/// Readers, boilerplate cleaning and sentence splitting.
struct ReadingTests {
    private func write(_ text: String, _ name: String) throws -> String {
        let path = (try Fixtures.temporaryFolder() as NSString).appendingPathComponent(name)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func plainTextTitleIsTheFirstLine() throws {
        let path = try write("\n  Moscow and Pyongyang Sign Pact  \n\nThe body starts here.\n", "a.txt")
        let docs = try ArticleReader.read(path: path)
        #expect(docs.count == 1 && docs[0].document.title == "Moscow and Pyongyang Sign Pact")
        #expect(docs[0].document.id == ContentHash.documentID(docs[0].text))
    }

    @Test func aParagraphInPlaceOfAHeadlineGivesAShortTitle() throws {
        let sentence =
            String(repeating: "Russia and North Korea signed a treaty in Pyongyang ", count: 2) + "on Wednesday."
        let path = try write(sentence + " Putin called it a breakthrough.\n\nMore text.\n", "long.txt")
        let title = try #require(try ArticleReader.read(path: path).first?.document.title)
        #expect(title == sentence)
        let words = String(repeating: "word ", count: 60)
        let cut = try #require(try ArticleReader.read(path: try write(words + "\n", "words.txt")).first?.document.title)
        #expect(cut.hasSuffix("word\u{2026}") && cut.count <= 121)
    }

    @Test func markdownFrontMatterAndOffsetsIntoTheFile() throws {
        let text =
            "---\ntitle: Envoy Visits\ndate: 2024-06-19T08:00:00Z\nsource: Example Wire\nurl: https://e.x/1\n---\nSergei Shoigu met Kim Jong Un.\n"
        let path = try write(text, "b.md")
        let doc = try #require(try ArticleReader.read(path: path).first)
        #expect(doc.document.title == "Envoy Visits" && doc.document.published == "2024-06-19")
        #expect(doc.document.source == "Example Wire" && doc.document.url == "https://e.x/1")
        let g = try FieldLexicon.extractor().extract(doc)
        let ev = try #require(g.relations("sergei-shoigu", "kim-jong-un").first?.evidence.first)
        let bytes = Array(doc.text.utf8)
        #expect(String(decoding: bytes[ev.start..<ev.end], as: UTF8.self) == ev.text)
        #expect(ev.text == "Sergei Shoigu met Kim Jong Un.")
    }

    @Test func htmlDropsScriptsAndDecodesEntities() throws {
        let html = """
            <html><head><title>Talks &amp; Deals</title><style>p{}</style></head><body>
            <script>var Putin = "met Kim";</script><nav>Home | Putin</nav>
            <p>Vladimir Putin met Kim Jong Un&#8217;s envoy.</p><p>It was &ldquo;warm&rdquo;.</p></body></html>
            """
        let doc = try #require(try ArticleReader.read(path: try write(html, "c.html")).first)
        #expect(doc.document.title == "Talks & Deals")
        #expect(!doc.text.contains("var ") && !doc.text.contains("Home"))
        #expect(doc.text.contains("Kim Jong Un\u{2019}s envoy") && doc.text.contains("\u{201C}warm\u{201D}"))
    }

    @Test func jsonlSkipsAMalformedLineWithAWarning() throws {
        let jsonl = """
            {"id": "1", "title": "One", "date": "2024-11-30", "text": "Putin met Kim Jong Un."}
            {"id": "2", "title": broken
            {"id": "3", "title": "Three", "source": "Wire", "text": "KCNA reported the talks."}

            """
        let path = try write(jsonl, "d.jsonl")
        let result = try ArticleReader.readWithWarnings(path: path)
        #expect(result.documents.map(\.document.title) == ["One", "Three"])
        #expect(result.documents[0].document.published == "2024-11-30")
        #expect(result.documents[1].document.path == "\(path)#3")
        #expect(result.warnings.count == 1 && result.warnings[0].contains("\(path), line 2"))
    }

    @Test func bytesReadAsTheFileWithTheirExtension() throws {
        let markdown = "---\ntitle: Envoy Visits\n---\nSergei Shoigu met Kim Jong Un.\n"
        let path = try write(markdown, "e.md")
        let parsed = try ArticleReader.parse(Data(markdown.utf8), path: path)
        #expect(parsed == (try ArticleReader.readWithWarnings(path: path)))
        #expect(parsed.documents.first?.document.title == "Envoy Visits")
        #expect(throws: ExtractionError.emptyFile(path: "x.txt")) { try ArticleReader.parse(Data(), path: "x.txt") }
        #expect(throws: ExtractionError.binaryFile(path: "x.txt")) {
            try ArticleReader.parse(Data([0x41, 0, 0x42]), path: "x.txt")
        }
    }

    @Test func foldersRecurseOverEveryFormat() throws {
        let folder = try Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        for name in ["a.txt", "sub/b.md", "sub/c.html", "d.jsonl", "e.pdf"] {
            try "x".write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        let files = try ArticleReader.files(in: [folder]).map { ($0 as NSString).lastPathComponent }
        #expect(files == ["a.txt", "d.jsonl", "b.md", "c.html"])
    }

    @Test func boilerplateLinesAreDropped() {
        let text = """
            Headline Without A Stop
            0
            f304348d-d93f-4ce0-94e3-fc7a5bb6db1f
            Putin met Kim Jong Un in Pyongyang.
            - I'm sad
            - 0dog
            Read also: Another story about Seoul
            E: What did they agree?
            X: They agreed on a treaty.
            Original Source: example.com
            Your email address will not be published.

            """
        let kept = BoilerplateFilter.bodyLines(of: text, firstLineIsTitle: true).map { range in
            String(decoding: Array(text.utf8)[range], as: UTF8.self)
        }
        #expect(
            kept == ["Putin met Kim Jong Un in Pyongyang.", "E: What did they agree?", "X: They agreed on a treaty."])
    }

    @Test func commentSectionEndsTheBody() {
        let text = "Body sentence one is here.\nLeave a Reply\nKim Jong Un met Putin in a comment.\n"
        #expect(BoilerplateFilter.bodyLines(of: text, firstLineIsTitle: false).count == 1)
    }

    @Test(arguments: [
        ("Dr. Jane Roe met Gen. Kim. They talked.", ["Dr. Jane Roe met Gen. Kim.", "They talked."]),
        (
            "The U.S. and the U.N. agreed. Then J. R. Smith left.",
            ["The U.S. and the U.N. agreed.", "Then J. R. Smith left."]
        ),
        (
            "Growth was 2.5 percent next year.Never before had it risen.",
            ["Growth was 2.5 percent next year.", "Never before had it risen."]
        ),
        (
            "He said, \u{201C}We are ready.\u{201D} Kim nodded.",
            ["He said, \u{201C}We are ready.\u{201D}", "Kim nodded."]
        ),
        ("Resolution No. 2397 passed on Jan. 5 in New York.", ["Resolution No. 2397 passed on Jan. 5 in New York."]),
        ("In particular,as Russia said, ties grew.", ["In particular,as Russia said, ties grew."]),
    ])
    func sentenceSplitting(_ text: String, _ expected: [String]) {
        #expect(SentenceSplitter.split(text).map(\.text) == expected)
    }

    @Test func sentenceOffsetsAreUTF8Bytes() {
        let text = "Ah\u{2014}Kim\u{2019}s envoy left. Putin met him."
        let sentences = SentenceSplitter.split(text)
        let bytes = Array(text.utf8)
        #expect(sentences.count == 2)
        for s in sentences { #expect(String(decoding: bytes[s.start..<s.end], as: UTF8.self) == s.text) }
    }
}
