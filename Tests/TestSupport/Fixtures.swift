import Foundation
import RelGraph

/// Shared fixtures for the test targets.
public enum Fixtures {
    /// The package's root folder (found from this file's path).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The seed articles shipped in `seeds/`.
    public static var seedsFolder: String { packageRoot.appendingPathComponent("seeds").path }

    /// The seed articles and the development articles (`seeds/*.txt`, `eval/dev/articles/*.txt`), each folder in
    /// file-name order: the real text the tests that hold a shortcut to its definition run on.
    public static func developmentArticlePaths() throws -> [String] {
        var paths: [String] = []
        for folder in ["seeds", "eval/dev/articles"] {
            let url = packageRoot.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
            where name.hasSuffix(".txt") {
                paths.append(url.appendingPathComponent(name).path)
            }
        }
        return paths
    }

    /// The texts of ``developmentArticlePaths()``, as stored.
    public static func developmentArticleTexts() throws -> [String] {
        try developmentArticlePaths().map { try String(contentsOfFile: $0, encoding: .utf8) }
    }

    /// A fresh temporary folder, unique to the caller.
    public static func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// A small hand-made graph: Kim meets Belousov (asserted, twice), Storm Corps fights Ukraine, Kim–Putin
    /// meeting speculative, Kim → Russia attend negated, and a co-mention.
    public static func smallGraph() -> Graph {
        let doc = Document(
            id: "d1", path: "a.txt", title: "A", sha256: String(repeating: "0", count: 64), published: "2024-11-30")
        func ev(_ s: Int, _ m: Modality, cue: String = "met") -> Evidence {
            Evidence(
                document: "d1", sentence: s, start: s * 10, end: s * 10 + 9, text: "sentence \(s)", modality: m,
                cue: cue)
        }
        return Graph(
            documents: [doc],
            actors: [
                Actor(
                    id: "kim-jong-un", name: "Kim Jong-un", kind: .person, aliases: ["Kim Jong Un", "Chairman Kim"],
                    mentions: 5, documents: 1),
                Actor(
                    id: "andrei-belousov", name: "Andrei Belousov", kind: .person, aliases: ["Belousov"], mentions: 3,
                    documents: 1),
                Actor(
                    id: "vladimir-putin", name: "Vladimir Putin", kind: .person, aliases: ["Putin"], mentions: 2,
                    documents: 1),
                Actor(id: "russia", name: "Russia", kind: .state, aliases: ["Moscow"], mentions: 4, documents: 1),
                Actor(id: "ukraine", name: "Ukraine", kind: .state, mentions: 2, documents: 1),
                Actor(
                    id: "storm-corps", name: "Storm Corps", kind: .militaryUnit, aliases: ["11th Corps"], mentions: 2,
                    documents: 1),
                Actor(id: "kim-yo-jong", name: "Kim Yo Jong", kind: .person, mentions: 1, documents: 1),
            ],
            relations: [
                Relation(
                    source: "kim-jong-un", target: "andrei-belousov", type: .meet, directed: false,
                    polarity: .cooperative, evidence: [ev(0, .asserted), ev(3, .reported)]),
                Relation(
                    source: "storm-corps", target: "ukraine", type: .fight, directed: true, polarity: .conflictual,
                    evidence: [ev(1, .asserted, cue: "fighting")]),
                Relation(
                    source: "kim-jong-un", target: "vladimir-putin", type: .meet, directed: false,
                    polarity: .cooperative, evidence: [ev(2, .speculative, cue: "meeting")]),
                Relation(
                    source: "kim-jong-un", target: "russia", type: .attend, directed: true, polarity: .cooperative,
                    evidence: [ev(4, .negated, cue: "attend")]),
                Relation(
                    source: "russia", target: "ukraine", type: .coMention, directed: false, polarity: .neutral,
                    evidence: [ev(5, .asserted, cue: "")]),
            ]
        ).canonicalized()
    }
}
