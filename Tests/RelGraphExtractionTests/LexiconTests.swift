import RelGraph
import RelGraphExtraction
import Testing

struct LexiconTests {
    @Test func builtInLexiconLoads() throws {
        let lexicon = try Lexicon.builtIn()
        #expect(lexicon.entries.contains { $0.id == "kim-jong-un" && $0.kind == .person })
    }

    @Test func malformedYAMLNamesLineAndColumn() {
        let error = #expect(throws: ExtractionError.self) {
            try Lexicon.parse("actors:\n  - name: [unclosed\n    kind: person\n", path: "bad.yaml")
        }
        guard case .malformedLexicon(let path, let line, let column, _) = error else {
            Issue.record("expected .malformedLexicon")
            return
        }
        #expect(path == "bad.yaml")
        #expect(line != nil && column != nil)
    }
}
