import Foundation
import RelGraph
import RelGraphAnalysis
import TestSupport

/// NetworkX reference values written by Fixtures/make_reference.py, and the edge lists they were computed on.
struct Reference: Decodable {
    var directed: Bool
    var pagerank: [String: Double]
    var pagerank_unweighted: [String: Double]
    var betweenness: [String: Double]
    var betweenness_weighted: [String: Double]
    var closeness: [String: Double]
    var closeness_weighted: [String: Double]
    var harmonic: [String: Double]
    var harmonic_weighted: [String: Double]
    var degree: [String: Double]
    var strength: [String: Double]
    var in_degree: [String: Double]?
    var out_strength: [String: Double]?
    var weak_components: [[String]]
    var strong_components: [[String]]?
    var eigenvector: [String: Double]?
    var louvain_modularity: Double?
    var path_costs: [String: [String: Double]]
    var path_hops: [String: [String: Int]]

    static let folder = Fixtures.packageRoot.appendingPathComponent("Tests/RelGraphAnalysisTests/Fixtures")

    static let names = [
        "florentine", "kite", "karate", "dangling", "disconnected", "random_undirected", "random_directed",
    ]

    static func load(_ name: String) throws -> Reference {
        let data = try Data(contentsOf: folder.appendingPathComponent("reference.json"))
        let all = try JSONDecoder().decode([String: Reference].self, from: data.filteredVersionKey())
        guard let r = all[name] else { throw CocoaError(.fileReadCorruptFile) }
        return r
    }

    static func graph(_ name: String, directed: Bool) throws -> AnalysisGraph {
        let list = try EdgeList.read(folder.appendingPathComponent(name + ".csv").path)
        return try Projection(directed: directed).apply(to: list)
    }
}

extension Data {
    /// reference.json also holds "_networkx": "3.x"; drop that entry so the rest decodes as one dictionary.
    fileprivate func filteredVersionKey() throws -> Data {
        guard var object = try JSONSerialization.jsonObject(with: self) as? [String: Any] else { return self }
        object["_networkx"] = nil
        return try JSONSerialization.data(withJSONObject: object)
    }
}

/// Compares scores by node name with a tolerance.
func mismatches(
    _ scores: NodeScores, in graph: AnalysisGraph, expected: [String: Double], absolute: Double = 0,
    relative: Double = 0
) -> [String] {
    var bad: [String] = []
    if expected.count != graph.nodeCount { bad.append("node count \(graph.nodeCount) vs \(expected.count)") }
    for (v, id) in graph.ids.enumerated() {
        guard let e = expected[id] else {
            bad.append("\(id) missing from reference")
            continue
        }
        let got = scores.values[v]
        let tolerance = max(absolute, relative * abs(e))
        if abs(got - e) > tolerance && !(abs(e) < 1e-15 && abs(got) < 1e-12) {
            bad.append("\(id): \(got) vs \(e)")
        }
    }
    return bad
}
