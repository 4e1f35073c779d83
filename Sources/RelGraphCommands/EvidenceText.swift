import Foundation
import RelGraph

/// The terminal form of an evidence report: one block per relation, every quote in full.
struct EvidenceText {
    /// Whether to use ANSI bold for the cue and dim for the source lines.
    var color: Bool

    func render(_ report: EvidenceReport) -> String {
        let subject = report.other.map { "\(report.actor.name) and \($0.name)" } ?? report.actor.name
        guard !report.relations.isEmpty else { return "No relations for \(subject).\n" }
        var out = "Evidence for \(subject): \(report.relations.count) relation"
        out += report.relations.count == 1 ? "" : "s"
        out += ", \(report.evidenceCount) sentence\(report.evidenceCount == 1 ? "" : "s").\n"
        for g in report.relations {
            let arrow = g.directed ? "->" : "--"
            out += "\n\(bold("\(g.source.name) \(arrow) \(g.target.name)"))  \(g.type.rawValue), \(g.polarity.rawValue)"
            out += ", weight \(g.weight), \(g.evidence.count) sentence\(g.evidence.count == 1 ? "" : "s")"
            out += " in \(g.documents) document\(g.documents == 1 ? "" : "s")\n"
            for e in g.evidence {
                out += "  [\(e.modality.rawValue)] \"\(highlighted(e))\"\n"
                var source = "      \(e.title.isEmpty ? e.path : e.title)"
                source += e.published.map { " (\($0))" } ?? ""
                source += "; \(e.path), sentence \(e.sentence), bytes \(e.start)..<\(e.end)"
                if !e.cue.isEmpty { source += "; cue \"\(e.cue)\"" }
                if let a = e.attribution { source += "; according to \(a.name)" }
                out += dim(source) + "\n"
            }
        }
        return out
    }

    private func highlighted(_ e: EvidenceItem) -> String {
        guard color, let span = e.cueSpan else { return e.text }
        let bytes = Array(e.text.utf8)
        guard span.start >= 0, span.end <= bytes.count, span.start < span.end else { return e.text }
        let part = { (r: Range<Int>) in String(decoding: bytes[r], as: UTF8.self) }
        return part(0..<span.start) + bold(part(span.start..<span.end)) + part(span.end..<bytes.count)
    }

    private func bold(_ s: String) -> String { color ? "\u{1B}[1m" + s + "\u{1B}[0m" : s }
    private func dim(_ s: String) -> String { color ? "\u{1B}[2m" + s + "\u{1B}[0m" : s }
}
