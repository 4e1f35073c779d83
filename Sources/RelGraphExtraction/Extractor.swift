import RelGraph

/// Turns documents into a graph: finds lexicon actors in each sentence and records a `co-mention` between
/// every two actors that share a sentence.
public struct Extractor: Sendable {
    public let lexicon: Lexicon
    private let forms: [(form: [UInt8], entry: Int)]

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        var forms: [(form: [UInt8], entry: Int)] = []
        for (i, e) in lexicon.entries.enumerated() {
            for f in Set([e.name] + e.aliases) { forms.append((Array(f.utf8), i)) }
        }
        // Longest forms first, so "Kim Jong Un" wins over "Kim".
        self.forms = forms.sorted { $0.form.count > $1.form.count }
    }

    /// Extracts one document into a graph.
    public func extract(_ source: SourceDocument) -> Graph {
        let sentences = SentenceSplitter.split(source.text)
        var actors: [String: Actor] = [:]
        var relations: [Relation] = []
        for s in sentences {
            let bytes = Array(s.text.utf8)
            var taken = [Bool](repeating: false, count: bytes.count)
            var found: [String] = []
            for (form, idx) in forms where form.count <= bytes.count {
                var i = 0
                while i + form.count <= bytes.count {
                    if !taken[i], bytes[i..<(i + form.count)].elementsEqual(form), isBoundary(bytes, i, form.count) {
                        for k in i..<(i + form.count) { taken[k] = true }
                        let e = lexicon.entries[idx]
                        var a =
                            actors[e.id]
                            ?? Actor(id: e.id, name: e.name, kind: e.kind, documents: 1, affiliation: e.affiliation)
                        a.mentions += 1
                        let surface = String(decoding: form, as: UTF8.self)
                        if surface != e.name && !a.aliases.contains(surface) { a.aliases.append(surface) }
                        actors[e.id] = a
                        found.append(e.id)
                        i += form.count
                    } else {
                        i += 1
                    }
                }
            }
            let ids = Array(Set(found)).sorted()
            for x in 0..<ids.count {
                for y in (x + 1)..<ids.count {
                    let ev = Evidence(
                        document: source.document.id, sentence: s.index, start: s.start, end: s.end, text: s.text,
                        modality: .asserted, cue: "")
                    relations.append(
                        Relation(
                            source: ids[x], target: ids[y], type: .coMention, directed: false, polarity: .neutral,
                            evidence: [ev]))
                }
            }
        }
        return Graph(documents: [source.document], actors: Array(actors.values), relations: relations)
            .canonicalized()
    }

    private func isBoundary(_ b: [UInt8], _ i: Int, _ n: Int) -> Bool {
        func isWord(_ c: UInt8) -> Bool { (0x30...0x39).contains(c) || (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) }
        if i > 0, isWord(b[i - 1]) { return false }
        if i + n < b.count, isWord(b[i + n]) { return false }
        return true
    }
}
