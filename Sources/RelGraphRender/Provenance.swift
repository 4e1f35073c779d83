import RelGraph

/// The tooltip texts of a picture: who an actor is, what a relation is, and the strongest evidence behind it
/// (quote, document title, date, modality), so the source is one hover away.
enum Provenance {
    /// Longest quote shown, in characters; longer quotes are cut at a word and end with `…`.
    static let quoteLimit = 280

    static func tooltip(for actor: ViewActor, measure: String, documents: [String: Document]) -> String {
        let a = actor.actor
        var lines = ["\(flat(a.name)) · \(RenderStyle.name(of: a.kind))"]
        let docs = a.documents == 1 ? "1 document" : "\(a.documents) documents"
        let times = a.mentions == 1 ? "once" : "\(a.mentions) times"
        lines.append("mentioned \(times) in \(docs) · \(measure) \(format(actor.score))")
        if let e = actor.evidence { lines += evidenceLines(e, documents: documents) }
        return lines.joined(separator: "\n")
    }

    static func tooltip(for edge: ViewEdge, names: [String: String], documents: [String: Document]) -> String {
        let s = flat(names[edge.source] ?? edge.source)
        let t = flat(names[edge.target] ?? edge.target)
        let arrow =
            switch edge.direction {
            case .none: "—"
            case .forward: "→"
            case .both: "↔"
            }
        let what = edge.label.isEmpty ? "co-mentioned" : edge.label
        let count = edge.relations.reduce(0) { $0 + $1.evidence.count }
        let docCount = Set(edge.relations.flatMap { $0.evidence.map(\.document) }).count
        var lines = ["\(s) \(arrow) \(t): \(what)"]
        lines.append(
            "weight \(format(edge.weight)) · \(count) evidence in \(docCount) document\(docCount == 1 ? "" : "s")"
                + " · \(edge.tone.rawValue)")
        if let e = edge.evidence { lines += evidenceLines(e, documents: documents) }
        return lines.joined(separator: "\n")
    }

    private static func evidenceLines(_ e: Evidence, documents: [String: Document]) -> [String] {
        let doc = documents[e.document]
        var source = flat(doc?.title ?? e.document)
        if source.utf8.count > 90 && source.count > 90 { source = String(source.prefix(89)) + "…" }
        if let outlet = doc?.source { source += ", " + outlet }
        if let date = doc?.published { source += ", " + date }
        return ["“\(quote(e.text))”", "— \(source) (\(e.modality.rawValue))"]
    }

    /// `text` with every run of white space (line breaks included) made one space.
    static func flat(_ text: String) -> String {
        var previous: UInt8 = 0x20
        let plain = text.utf8.allSatisfy { b in
            defer { previous = b }
            return b >= 0x21 && b < 0x80 || (b == 0x20 && previous != 0x20)
        }
        if plain && previous != 0x20 { return text }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `text` on one line, cut to ``quoteLimit`` characters at a word boundary.
    static func quote(_ text: String) -> String {
        let line = flat(text)
        guard line.utf8.count > quoteLimit, line.count > quoteLimit else { return line }
        let cut = line.prefix(quoteLimit)
        let head = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return head + " …"
    }

    static func format(_ x: Double) -> String {
        let rounded = (x * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
