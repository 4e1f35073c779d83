import Foundation
import RelGraph
import TestSupport
import Testing

@testable import RelGraphExtraction

/// Short names are resolved with two shortcuts: the lexicon persons' name groups computed once, and no
/// candidate lookup for a word that starts no short name. With and without them, coreference must add the
/// same mentions: on the seeds and dev articles (their tables stripped of what coreference added) and on
/// hand-made texts with shared surnames, titles and hyphenated given names.
struct ShortNameShortcutTests {
    private static func texts() throws -> [SourceDocument] {
        var docs = try DevelopmentArticles.documents()
        let made = [
            "Kim Jong-un met Vladimir Putin. Kim said Putin was a friend. Chairman Kim and President Putin smiled.",
            "Kim Yo Jong spoke. Kim Jong-un listened. Kim left. Jong-un stayed. Dr. Smith from the Asan Institute "
                + "for Policy Studies said Smith's view was shared. Park Min-seo said Park disagreed.",
            "Andrei Belousov visited Pyongyang. Minister Belousov met Kim. Belousov's aide, Lim Eul-chul, said Lim "
                + "expected more. Eul-chul agreed.",
        ]
        for (n, text) in made.enumerated() {
            docs.append(
                SourceDocument(document: Document(id: "t\(n)", path: "t\(n).txt", title: "", sha256: ""), text: text))
        }
        return docs
    }

    @Test func shortcutsAddWhatTheDefinitionAdds() throws {
        let lexicon = try Lexicon.builtIn().merged(with: FieldLexicon.lexicon())
        let extractor = Extractor(lexicon: lexicon)
        let index = Coreference.Index(entries: lexicon.entries)
        var added = 0
        for doc in try Self.texts() {
            var table = extractor.mentions(in: doc)
            for s in table.mentions.indices {
                table.mentions[s].removeAll { [.shortForm, .role, .pronoun].contains($0.source) }
            }
            var fast = table
            var slow = table
            Coreference.resolve(in: &fast, index: index, date: doc.document.published, shortcuts: true)
            Coreference.resolve(in: &slow, index: index, date: doc.document.published, shortcuts: false)
            #expect(fast.mentions == slow.mentions, "\(doc.document.path)")
            #expect(fast.entries.keys.sorted() == slow.entries.keys.sorted())
            added += fast.mentions.joined().filter { $0.source == .shortForm }.count
        }
        #expect(added > 30)
    }
}
