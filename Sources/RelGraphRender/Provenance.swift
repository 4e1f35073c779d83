import RelGraph

/// The tooltip texts of a picture: who an actor is, what a relation is, and the strongest evidence behind it
/// (quote, document title, date, modality), so the source is one hover away.
enum Provenance {
    /// Longest quote shown, in characters; longer quotes are cut at a word and end with `…`.
    static let quoteLimit = 280

    static func tooltip(for actor: ViewActor, measure: String, documents: [String: Document]) -> String {
        let a = actor.actor
        var text = ""
        text.reserveCapacity(256)
        text += flat(a.name)
        text += " · "
        text += RenderStyle.name(of: a.kind)
        text += a.mentions == 1 ? "\nmentioned once in " : "\nmentioned \(a.mentions) times in "
        text += a.documents == 1 ? "1 document" : "\(a.documents) documents"
        text += " · "
        text += measure
        text += " "
        text += format(actor.score)
        if let e = actor.evidence { appendEvidence(e, documents: documents, to: &text) }
        return text
    }

    static func tooltip(for edge: ViewEdge, names: [String: String], documents: [String: Document]) -> String {
        let arrow =
            switch edge.direction {
            case .none: " — "
            case .forward: " → "
            case .both: " ↔ "
            }
        var count = 0
        var documentIDs: Set<String> = []
        for relation in edge.relations {
            count += relation.evidence.count
            for e in relation.evidence { documentIDs.insert(e.document) }
        }
        var text = ""
        text.reserveCapacity(320)
        text += flat(names[edge.source] ?? edge.source)
        text += arrow
        text += flat(names[edge.target] ?? edge.target)
        text += ": "
        text += edge.label.isEmpty ? "co-mentioned" : edge.label
        text += "\nweight "
        text += format(edge.weight)
        text += " · "
        text += String(count)
        text += " evidence in "
        text += String(documentIDs.count)
        text += documentIDs.count == 1 ? " document · " : " documents · "
        text += edge.tone.rawValue
        if let e = edge.evidence { appendEvidence(e, documents: documents, to: &text) }
        return text
    }

    /// Two lines: the quote, and where it comes from (title, outlet, date, modality).
    private static func appendEvidence(_ e: Evidence, documents: [String: Document], to text: inout String) {
        let doc = documents[e.document]
        var source = flat(doc?.title ?? e.document)
        if source.utf8.count > 90 && source.count > 90 { source = String(source.prefix(89)) + "…" }
        text += "\n“"
        text += quote(e.text)
        text += "”\n— "
        text += source
        if let outlet = doc?.source {
            text += ", "
            text += outlet
        }
        if let date = doc?.published {
            text += ", "
            text += date
        }
        text += " ("
        text += e.modality.rawValue
        text += ")"
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
