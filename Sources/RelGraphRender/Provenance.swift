import RelGraph

/// The tooltip texts of a picture: who an actor is, what a relation is, and the strongest evidence behind it
/// (quote, document title, date, modality), so the source is one hover away.
enum Provenance {
    /// Longest quote shown, in characters; longer quotes are cut at a word and end with `…`.
    static let quoteLimit = 280

    /// The tooltip of `actor`, written escaped into `text` (see ``DotEscape/tooltipWriter(capacity:)``).
    static func tooltip(
        for actor: ViewActor, measure: String, documents: [String: Document], into text: inout DotStringWriter
    ) {
        let a = actor.actor
        text.append(flat(a.name))
        text.append(" · ")
        text.append(RenderStyle.name(of: a.kind))
        text.append(a.mentions == 1 ? "\nmentioned once in " : "\nmentioned \(a.mentions) times in ")
        text.append(a.documents == 1 ? "1 document" : "\(a.documents) documents")
        text.append(" · ")
        text.append(measure)
        text.append(" ")
        text.append(format(actor.score))
        if let e = actor.evidence { appendEvidence(e, documents: documents, to: &text) }
    }

    /// The tooltip of `edge`, written escaped into `text` (see ``DotEscape/tooltipWriter(capacity:)``).
    static func tooltip(
        for edge: ViewEdge, names: [String: String], documents: [String: Document], into text: inout DotStringWriter
    ) {
        let arrow =
            switch edge.direction {
            case .none: " — "
            case .forward: " → "
            case .both: " ↔ "
            }
        let count = edge.relations.reduce(0) { $0 + $1.evidence.count }
        let documentCount = distinctDocuments(edge.relations)
        text.append(flat(names[edge.source] ?? edge.source))
        text.append(arrow)
        text.append(flat(names[edge.target] ?? edge.target))
        text.append(": ")
        text.append(edge.label.isEmpty ? "co-mentioned" : edge.label)
        text.append("\nweight ")
        text.append(format(edge.weight))
        text.append(" · ")
        text.append(String(count))
        text.append(" evidence in ")
        text.append(String(documentCount))
        text.append(documentCount == 1 ? " document · " : " documents · ")
        text.append(edge.tone.rawValue)
        if let e = edge.evidence { appendEvidence(e, documents: documents, to: &text) }
    }

    /// How many distinct documents the evidence of `relations` comes from.
    /// - Complexity: O(n·d) for n evidence from d ≤ 8 documents (a scan of a short list, no hashing: an edge's
    ///   evidence mostly comes from one or two documents), else O(n) with a set.
    static func distinctDocuments(_ relations: [Relation]) -> Int {
        var seen: [String] = []
        for relation in relations {
            for e in relation.evidence where !seen.contains(e.document) {
                if seen.count == 8 {
                    return Set(relations.lazy.flatMap(\.evidence).map(\.document)).count
                }
                seen.append(e.document)
            }
        }
        return seen.count
    }

    /// Two lines: the quote, and where it comes from (title, outlet, date, modality).
    private static func appendEvidence(_ e: Evidence, documents: [String: Document], to text: inout DotStringWriter) {
        let doc = documents[e.document]
        var source = flat(doc?.title ?? e.document)
        if source.utf8.count > 90 && source.count > 90 { source = String(source.prefix(89)) + "…" }
        text.append("\n“")
        text.append(quote(e.text))
        text.append("”\n— ")
        text.append(source)
        if let outlet = doc?.source {
            text.append(", ")
            text.append(outlet)
        }
        if let date = doc?.published {
            text.append(", ")
            text.append(date)
        }
        text.append(" (")
        text.append(e.modality.rawValue)
        text.append(")")
    }

    /// `text` with every run of white space (line breaks included) made one space.
    static func flat(_ text: String) -> String {
        var text = text
        // Printable ASCII with single inner spaces is already flat.
        let plain = text.withUTF8 { bytes in
            var previous: UInt8 = 0x20
            for b in bytes {
                guard b >= 0x21 && b < 0x80 || (b == 0x20 && previous != 0x20) else { return false }
                previous = b
            }
            return previous != 0x20
        }
        if plain { return text }
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
