import RelGraph
import RelGraphAnalysis
import TestSupport
import Testing

@testable import RelGraphRender

/// The render path's shortcuts held to the plain definitions they replace: each reference below is the code
/// the shortcut took the place of, compared on random and hostile input.
struct RenderShortcutTests {
    static let alphabet: [String] = [
        "a", "Z", "7", "-", "_", ".", " ", "  ", "\t", "\n", "\r\n", "\u{85}", "\u{2028}", "\"", "\\", "&", "<",
        "\u{01}",
        "\u{7F}", "é", "·", "“", "—", "→", "\u{200B}", "\u{202E}", "\u{AD}", "\u{301}", "한", "😀", "\u{E000}",
    ]

    static func randomStrings(seed: UInt64, count: Int = 400, plainOnly: Bool = false) -> [String] {
        let letters = plainOnly ? ["a", "Z", "7", "-", "_", ".", " ", "<", "x-2"] : alphabet
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...12, using: &rng)).map { _ in letters.randomElement(using: &rng) ?? "" }.joined()
        }
    }

    // MARK: - DotEscape

    /// `quoted` before its fast path: the plain test over the UTF-8 view, else the writer.
    static func referenceQuoted(_ s: String, lineBreaks: Bool, ampersand: String) -> String {
        let plain = s.utf8.allSatisfy { b in
            b >= 0x20 && b < 0x7F && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") && b != UInt8(ascii: "&")
        }
        if plain { return "\"" + s + "\"" }
        var writer = DotStringWriter(
            lineBreaks: lineBreaks, backslash: Array("\\\\".utf8), ampersand: Array(ampersand.utf8), capacity: 8)
        writer.append(s)
        return writer.finish()
    }

    @Test func quotedEqualsItsDefinition() {
        for s in Self.randomStrings(seed: 11) + Self.randomStrings(seed: 12, plainOnly: true) + [
            DotDocumentTests.hostile
        ] {
            #expect(DotEscape.quoted(s) == Self.referenceQuoted(s, lineBreaks: false, ampersand: "&amp;"), "\(s)")
            #expect(
                DotEscape.quoted(s, lineBreaks: true) == Self.referenceQuoted(s, lineBreaks: true, ampersand: "&amp;"))
            #expect(DotEscape.url(s) == Self.referenceQuoted(s, lineBreaks: false, ampersand: "&"))
        }
        // A long plain string is not a small string: the fast path writes it into one allocation.
        let long = String(repeating: "Actor 12 - ", count: 40)
        #expect(DotEscape.quoted(long) == "\"" + long + "\"")
    }

    /// `identifier` before its fast path.
    static func referenceIdentifier(_ s: String) -> String {
        var out: [UInt8] = []
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                out.append(b)
            case 0x80..<0xC0: continue
            default: out.append(UInt8(ascii: "_"))
            }
        }
        return out.isEmpty ? "_" : String(decoding: out, as: UTF8.self)
    }

    @Test func identifierEqualsItsDefinition() {
        for s in Self.randomStrings(seed: 21) + Self.randomStrings(seed: 22, plainOnly: true) + ["", "actor-00001"] {
            #expect(DotEscape.identifier(s) == Self.referenceIdentifier(s), "\(s)")
        }
    }

    /// `UniqueIDs.make` before its fast path.
    struct ReferenceIDs {
        var used: Set<String> = []
        mutating func make(_ base: String) -> String {
            var candidate = base
            var n = 1
            while used.contains(candidate) {
                n += 1
                candidate = "\(base)-\(n)"
            }
            used.insert(candidate)
            return candidate
        }
    }

    @Test func uniqueIDsEqualTheirDefinition() {
        var rng = SplitMix64(seed: 31)
        let bases = ["x", "x-2", "x-3", "x-2-2", "y", "", "-2"]
        var ids = UniqueIDs()
        var reference = ReferenceIDs()
        for _ in 0..<300 {
            let base = bases.randomElement(using: &rng) ?? "x"
            #expect(ids.make(base) == reference.make(base))
        }
    }

    // MARK: - Numbers and tooltips

    /// `DotWriter.number` before it wrote digits itself.
    static func referenceNumber(_ x: Double) -> String {
        let hundredths = Int((x * 100).rounded())
        let fraction = abs(hundredths % 100)
        return (hundredths < 0 ? "-" : "") + "\(abs(hundredths) / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }

    @Test func numberEqualsItsDefinition() {
        var rng = SplitMix64(seed: 41)
        var values: [Double] = [0, -0.0, 0.004, 0.005, 0.995, -0.005, -0.01, -1.5, 1, 11, 18.775, 22, 1e6, -123.456]
        for _ in 0..<500 { values.append(Double.random(in: -1000...1000, using: &rng)) }
        for _ in 0..<200 { values.append(Double(Int.random(in: -300...300, using: &rng)) / 200) }
        for x in values { #expect(DotWriter.number(x) == Self.referenceNumber(x), "\(x)") }
    }

    static func evidence(_ document: String, _ modality: Modality, _ k: Int) -> Evidence {
        Evidence(
            document: document, sentence: k, start: k, end: k + 1, text: "t\(k)", modality: modality, cue: "c")
    }

    @Test func distinctDocumentsEqualsTheSetCount() {
        var rng = SplitMix64(seed: 51)
        for _ in 0..<300 {
            let documents = (0..<Int.random(in: 1...14, using: &rng)).map { "doc-\($0)" }
            let relations = (0..<Int.random(in: 1...4, using: &rng)).map { _ in
                Relation(
                    source: "a", target: "b", type: .meet, directed: false, polarity: .cooperative,
                    evidence: (0..<Int.random(in: 0...9, using: &rng)).map { k in
                        Self.evidence(documents.randomElement(using: &rng) ?? "", .asserted, k)
                    })
            }
            let reference = Set(relations.flatMap(\.evidence).map(\.document)).count
            #expect(Provenance.distinctDocuments(relations) == reference)
        }
    }

    // MARK: - Merged edges

    /// The fields of `ViewEdge.init` as it was written before the one-pass version.
    struct ReferenceEdge: Equatable {
        var source: String
        var target: String
        var weight: Double
        var direction: EdgeDirection
        var tone: EdgeTone
        var modality: Modality
        var evidence: Evidence?
        var label: String

        init(of edge: ViewEdge) {
            (source, target, weight, direction) = (edge.source, edge.target, edge.weight, edge.direction)
            (tone, modality, evidence, label) = (edge.tone, edge.modality, edge.evidence, edge.label)
        }

        init(between a: String, and b: String, relations: [Relation]) {
            let stated = relations.filter { !$0.isNegatedOnly }
            let substantive = stated.filter { $0.type != .coMention }
            let denied = relations.filter(\.isNegatedOnly)
            let shaping = !substantive.isEmpty ? substantive : (!denied.isEmpty ? denied : stated)
            var forward = false
            var backward = false
            for r in shaping where r.directed {
                if r.source == a { forward = true } else { backward = true }
            }
            (source, target) = backward && !forward ? (b, a) : (a, b)
            direction = forward && backward ? .both : (forward || backward ? .forward : .none)
            weight = relations.reduce(0) { $0 + $1.weight }
            if substantive.isEmpty {
                tone = denied.isEmpty ? .coMention : .negated
            } else {
                let cooperative = substantive.contains { $0.polarity == .cooperative }
                let conflictual = substantive.contains { $0.polarity == .conflictual }
                tone =
                    cooperative && conflictual
                    ? .mixed : (conflictual ? .conflictual : (cooperative ? .cooperative : .neutral))
            }
            modality = (substantive.isEmpty ? stated : substantive).map(\.modality).max() ?? .negated
            let types = Set(substantive.map(\.type.rawValue)).sorted()
            let deniedTypes = Set(denied.map(\.type.rawValue)).subtracting(types).sorted().map { "not " + $0 }
            label = (types + deniedTypes).joined(separator: ", ")
            var best: (evidence: Evidence, strength: Int, weight: Double)?
            for r in shaping.isEmpty ? relations : shaping {
                for e in r.evidence {
                    let s = e.modality.strength
                    if let b = best, (b.strength, b.weight) >= (s, r.weight) { continue }
                    best = (e, s, r.weight)
                }
            }
            evidence = best?.evidence
        }
    }

    @Test func mergedEdgeEqualsItsDefinition() {
        var rng = SplitMix64(seed: 61)
        let types: [RelationType] = [.meet, .attack, .supply, .coMention, .meet, .coMention]
        for _ in 0..<1000 {
            let relations = (0..<Int.random(in: 1...4, using: &rng)).map { _ in
                let forward = Bool.random(using: &rng)
                return Relation(
                    source: forward ? "a" : "b", target: forward ? "b" : "a",
                    type: types.randomElement(using: &rng) ?? .meet, directed: Bool.random(using: &rng),
                    polarity: Polarity.allCases.randomElement(using: &rng) ?? .neutral,
                    weight: Double(Int.random(in: 0...3, using: &rng)) / 2,
                    evidence: (0..<Int.random(in: 0...3, using: &rng)).map { k in
                        Self.evidence("d", Modality.allCases.randomElement(using: &rng) ?? .asserted, k)
                    })
            }
            let edge = ViewEdge(between: "a", and: "b", relations: relations)
            #expect(
                ReferenceEdge(of: edge) == ReferenceEdge(between: "a", and: "b", relations: relations), "\(relations)")
            #expect(edge.relations == relations)
        }
    }

    /// Each actor's tooltip evidence is that of its strongest edge (highest modality, then heaviest, then first).
    @Test(arguments: [false, true])
    func actorEvidenceIsThatOfItsStrongestEdge(multi: Bool) throws {
        let graph = Fixtures.smallGraph()
        let view = try RenderView(includeCoMentions: true, multi: multi)
            .apply(to: graph, scoring: DegreeScoring(weighted: false), measure: "degree")
        var best: [String: (edge: ViewEdge, evidence: Evidence)] = [:]
        for edge in view.edges {
            guard let evidence = edge.evidence else { continue }
            for id in [edge.source, edge.target] {
                if let b = best[id],
                    (b.evidence.modality.strength, b.edge.weight) >= (evidence.modality.strength, edge.weight)
                {
                    continue
                }
                best[id] = (edge, evidence)
            }
        }
        #expect(!best.isEmpty)
        for actor in view.actors { #expect(actor.evidence == best[actor.actor.id]?.evidence, "\(actor.actor.id)") }
    }
}
